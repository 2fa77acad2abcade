package org.theopy.voice.plugin.vosk.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.theopy.voice.plugin.vosk.VoskSpeechToTextProvider;
import org.theopy.voice.plugin.vosk.internal.BundledModel;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.SpeechToText;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * The real-time factor of the library against the raw Vosk API measured in pairs: each recording
 * goes through the raw API and through the library (with and without padding) one right after the
 * other, in a rotating order, for several rounds. On a machine shared with other work, JMH's
 * benchmarks run one after another see different background load; here every variant sees the same
 * load, and the thread's CPU time (which Vosk's native code counts towards) is reported besides the
 * wall time. Run by {@link SpeechBenchmarkMain} after the JMH benchmarks.
 */
final class PairedRealTimeFactor {

  private static final int WARM_UP_ROUNDS = 2;
  private static final int ROUNDS = 8;

  private PairedRealTimeFactor() {}

  /** Measures and prints. */
  static void run() throws java.io.IOException {
    SpeechBenchmarks.Recordings recordings = new SpeechBenchmarks.Recordings();
    recordings.load();
    LibVosk.setLogLevel(LogLevel.WARNINGS);
    String cache = SpeechBenchmarks.CACHE.toString();
    String[] names = {"raw Vosk API", "library, default (padding 100ms)", "library, padding 0ms"};
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    try (Model model = new Model(BundledModel.unpack("vosk", SpeechBenchmarks.CACHE).toString());
        Recognizer raw = new Recognizer(model, 16_000);
        SpeechToText padded =
            new VoskSpeechToTextProvider()
                .create(EngineConfig.of(Map.of("model.cache-dir", cache)));
        SpeechToText plain =
            new VoskSpeechToTextProvider()
                .create(EngineConfig.of(Map.of("model.cache-dir", cache, "padding", "0ms")))) {
      raw.setWords(true);
      List<double[]> wallRatios = new ArrayList<>();
      List<double[]> cpuRatios = new ArrayList<>();
      double[] wallTotal = new double[3];
      double[] cpuTotal = new double[3];
      for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
        double[] wall = new double[3];
        double[] cpu = new double[3];
        for (int i = 0; i < recordings.audio.size(); i++) {
          for (int k = 0; k < 3; k++) {
            int variant = (i + round + k) % 3;
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            switch (variant) {
              case 0 -> rawTranscribe(raw, recordings.pcm.get(i));
              case 1 -> padded.transcribe(recordings.audio.get(i), "en");
              default -> plain.transcribe(recordings.audio.get(i), "en");
            }
            wall[variant] += System.nanoTime() - wallStart;
            cpu[variant] += threads.getCurrentThreadCpuTime() - cpuStart;
          }
        }
        if (round >= WARM_UP_ROUNDS) {
          wallRatios.add(new double[] {wall[1] / wall[0], wall[2] / wall[0]});
          cpuRatios.add(new double[] {cpu[1] / cpu[0], cpu[2] / cpu[0]});
          for (int v = 0; v < 3; v++) {
            wallTotal[v] += wall[v];
            cpuTotal[v] += cpu[v];
          }
        }
      }
      double seconds = recordings.seconds() * ROUNDS;
      System.out.printf(
          Locale.ROOT,
          "%npaired real-time factor, %d rounds of the 20 recordings (%.2f s each round)%n",
          ROUNDS,
          recordings.seconds());
      for (int v = 0; v < 3; v++) {
        System.out.printf(
            Locale.ROOT,
            "%-34s RTF wall %.4f   RTF cpu %.4f%n",
            names[v],
            wallTotal[v] / 1e9 / seconds,
            cpuTotal[v] / 1e9 / seconds);
      }
      for (int v = 1; v < 3; v++) {
        int index = v - 1;
        System.out.printf(
            Locale.ROOT,
            "%s / raw: median ratio wall %.3f, cpu %.3f (per-round cpu ratios %s)%n",
            names[v],
            median(wallRatios, index),
            median(cpuRatios, index),
            Arrays.toString(
                cpuRatios.stream()
                    .mapToDouble(r -> Math.round(r[index] * 1000) / 1000.0)
                    .toArray()));
      }
    }
  }

  private static void rawTranscribe(Recognizer raw, byte[] pcm) {
    byte[] chunk = new byte[4096];
    for (int pos = 0; pos < pcm.length; pos += chunk.length) {
      int length = Math.min(chunk.length, pcm.length - pos);
      System.arraycopy(pcm, pos, chunk, 0, length);
      if (raw.acceptWaveForm(chunk, length)) {
        raw.getResult();
      }
    }
    raw.getFinalResult();
  }

  private static double median(List<double[]> ratios, int index) {
    double[] values = ratios.stream().mapToDouble(r -> r[index]).sorted().toArray();
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }
}
