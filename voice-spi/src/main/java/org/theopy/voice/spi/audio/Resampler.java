package org.theopy.voice.spi.audio;

/**
 * A band-limited resampler: each output sample is a windowed-sinc interpolation of the input around
 * its position, with the filter's cut-off lowered to the output's Nyquist frequency when
 * downsampling. The kernel is tabulated once, so the cost is a table look-up and a multiply-add per
 * tap.
 */
final class Resampler {

  /** Zero crossings of the sinc on each side: 16 gives a steep cut-off for speech. */
  private static final int ZERO_CROSSINGS = 16;

  /** Table points per zero crossing; the kernel is linearly interpolated between them. */
  private static final int RESOLUTION = 512;

  private static final float[] KERNEL = buildKernel();

  private Resampler() {}

  private static float[] buildKernel() {
    int n = ZERO_CROSSINGS * RESOLUTION + 2;
    float[] table = new float[n];
    for (int i = 0; i < n; i++) {
      double x = i / (double) RESOLUTION;
      double sinc = x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
      double r = Math.min(1.0, x / ZERO_CROSSINGS);
      // Blackman window over [0, ZERO_CROSSINGS], centred on zero.
      double window = 0.42 + 0.5 * Math.cos(Math.PI * r) + 0.08 * Math.cos(2 * Math.PI * r);
      table[i] = (float) (sinc * window);
    }
    return table;
  }

  static short[] resample(short[] input, AudioFormat format, int targetRate) {
    int channels = format.channels();
    int inFrames = input.length / channels;
    double ratio = format.sampleRate() / (double) targetRate;
    long outFramesLong = (long) Math.floor(inFrames / ratio);
    if (outFramesLong * channels > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("resampled audio would be too long to hold");
    }
    int outFrames = (int) outFramesLong;
    double cutoff = Math.min(1.0, 1.0 / ratio);
    double reach = ZERO_CROSSINGS / cutoff;
    short[] out = new short[outFrames * channels];

    for (int f = 0; f < outFrames; f++) {
      double centre = f * ratio;
      int first = Math.max(0, (int) Math.floor(centre - reach) + 1);
      int last = Math.min(inFrames - 1, (int) Math.floor(centre + reach));
      for (int c = 0; c < channels; c++) {
        double acc = 0;
        for (int k = first; k <= last; k++) {
          double pos = Math.abs(centre - k) * cutoff * RESOLUTION;
          int idx = (int) pos;
          if (idx >= KERNEL.length - 1) {
            continue;
          }
          double frac = pos - idx;
          double weight = KERNEL[idx] + (KERNEL[idx + 1] - KERNEL[idx]) * frac;
          acc += input[k * channels + c] * weight;
        }
        long value = Math.round(acc * cutoff);
        out[f * channels + c] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, value));
      }
    }
    return out;
  }
}
