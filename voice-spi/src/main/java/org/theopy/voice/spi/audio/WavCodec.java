package org.theopy.voice.spi.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.theopy.voice.spi.InvalidInputException;

/**
 * Reads and writes RIFF/WAVE files. Reads integer PCM of 8, 16, 24 and 32 bits and IEEE float of 32
 * and 64 bits (plain or in a {@code WAVE_FORMAT_EXTENSIBLE} header) and converts them to 16-bit
 * samples; writes 16-bit PCM. Every malformed file is rejected with a message that says what is
 * wrong.
 */
final class WavCodec {

  private static final int PCM = 1;
  private static final int IEEE_FLOAT = 3;
  private static final int ALAW = 6;
  private static final int MULAW = 7;
  private static final int EXTENSIBLE = 0xFFFE;

  private WavCodec() {}

  static Audio decode(byte[] wav) {
    if (wav == null || wav.length == 0) {
      throw new InvalidInputException("WAV data is empty");
    }
    if (wav.length < 12) {
      throw new InvalidInputException(
          "WAV data is truncated: " + wav.length + " bytes, shorter than a RIFF header");
    }
    ByteBuffer buf = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
    if (!tag(wav, 0, "RIFF") || !tag(wav, 8, "WAVE")) {
      throw new InvalidInputException(
          "not a WAV file: it does not start with RIFF....WAVE (send 16-bit PCM WAV audio)");
    }

    int encoding = -1;
    int channels = 0;
    int sampleRate = 0;
    int bits = 0;
    int blockAlign = 0;
    int pos = 12;
    while (pos + 8 <= wav.length) {
      String id = new String(wav, pos, 4, java.nio.charset.StandardCharsets.US_ASCII);
      long size = buf.getInt(pos + 4) & 0xFFFFFFFFL;
      int body = pos + 8;
      if (id.equals("fmt ")) {
        if (size < 16 || body + 16 > wav.length) {
          throw new InvalidInputException("WAV file is truncated inside its 'fmt ' chunk");
        }
        encoding = buf.getShort(body) & 0xFFFF;
        channels = buf.getShort(body + 2) & 0xFFFF;
        sampleRate = buf.getInt(body + 4);
        blockAlign = buf.getShort(body + 12) & 0xFFFF;
        bits = buf.getShort(body + 14) & 0xFFFF;
        if (encoding == EXTENSIBLE) {
          if (size < 40 || body + 26 > wav.length) {
            throw new InvalidInputException("WAV file has a truncated extensible 'fmt ' chunk");
          }
          encoding = buf.getShort(body + 24) & 0xFFFF;
        }
      } else if (id.equals("data")) {
        if (encoding < 0) {
          throw new InvalidInputException("WAV file has its 'data' chunk before its 'fmt ' chunk");
        }
        long available = wav.length - body;
        // Streaming writers leave the size as 0 or 0xFFFFFFFF; take what is there.
        long length = (size == 0 || size == 0xFFFFFFFFL) ? available : size;
        if (length > available) {
          throw new InvalidInputException(
              "WAV file is truncated: its header announces "
                  + length
                  + " bytes of audio but only "
                  + available
                  + " follow");
        }
        return toAudio(wav, body, (int) length, encoding, channels, sampleRate, bits, blockAlign);
      }
      pos = body + (int) Math.min(size + (size & 1), Integer.MAX_VALUE - body);
    }
    throw new InvalidInputException(
        encoding < 0
            ? "WAV file is truncated: no 'fmt ' chunk found"
            : "WAV file is truncated: no 'data' chunk found");
  }

  private static Audio toAudio(
      byte[] wav,
      int offset,
      int length,
      int encoding,
      int channels,
      int sampleRate,
      int bits,
      int blockAlign) {
    if (encoding == ALAW || encoding == MULAW) {
      throw new InvalidInputException(
          "WAV file uses "
              + (encoding == ALAW ? "A-law" : "mu-law")
              + " encoding, which is not supported; convert it to 16-bit PCM");
    }
    if (encoding != PCM && encoding != IEEE_FLOAT) {
      throw new InvalidInputException(
          "WAV encoding " + encoding + " is not supported; send PCM or IEEE float audio");
    }
    boolean supportedBits =
        encoding == PCM
            ? bits == 8 || bits == 16 || bits == 24 || bits == 32
            : bits == 32 || bits == 64;
    if (!supportedBits) {
      throw new InvalidInputException(
          "WAV file has "
              + bits
              + "-bit "
              + (encoding == PCM ? "PCM" : "float")
              + " samples, which are not supported; send 8, 16, 24 or 32-bit PCM");
    }
    AudioFormat format;
    try {
      format = new AudioFormat(sampleRate, channels);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("WAV header is invalid: " + e.getMessage());
    }
    int bytesPerSample = bits / 8;
    if (blockAlign != bytesPerSample * channels) {
      throw new InvalidInputException(
          "WAV header is inconsistent: block align "
              + blockAlign
              + " does not match "
              + channels
              + " channels of "
              + bits
              + " bits");
    }
    if (length % blockAlign != 0) {
      throw new InvalidInputException(
          "WAV file is truncated: "
              + length
              + " bytes of audio is not a whole number of "
              + blockAlign
              + "-byte frames");
    }

    ByteBuffer buf = ByteBuffer.wrap(wav, offset, length).order(ByteOrder.LITTLE_ENDIAN);
    short[] samples = new short[length / bytesPerSample];
    for (int i = 0; i < samples.length; i++) {
      int p = offset + i * bytesPerSample;
      samples[i] =
          switch (encoding == PCM ? bits : -bits) {
            case 8 -> (short) (((wav[p] & 0xff) - 128) << 8);
            case 16 -> buf.getShort(p);
            case 24 -> (short) (((wav[p + 1] & 0xff) | (wav[p + 2] << 8)));
            case 32 -> (short) (buf.getInt(p) >> 16);
            case -32 -> fromFloat(buf.getFloat(p));
            default -> fromFloat(buf.getDouble(p));
          };
    }
    return Audio.of(samples, format);
  }

  private static short fromFloat(double value) {
    double clipped = Math.max(-1.0, Math.min(1.0, Double.isNaN(value) ? 0 : value));
    return (short) Math.round(clipped * 32767);
  }

  private static boolean tag(byte[] data, int offset, String tag) {
    for (int i = 0; i < 4; i++) {
      if (data[offset + i] != tag.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  static byte[] encode(Audio audio) {
    short[] samples = audio.rawSamples();
    AudioFormat format = audio.format();
    int dataBytes = samples.length * 2;
    ByteBuffer buf = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
    buf.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    buf.putInt(36 + dataBytes);
    buf.put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    buf.putInt(16);
    buf.putShort((short) PCM);
    buf.putShort((short) format.channels());
    buf.putInt(format.sampleRate());
    buf.putInt(format.bytesPerSecond());
    buf.putShort((short) (2 * format.channels()));
    buf.putShort((short) 16);
    buf.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    buf.putInt(dataBytes);
    for (short s : samples) {
      buf.putShort(s);
    }
    return buf.array();
  }
}
