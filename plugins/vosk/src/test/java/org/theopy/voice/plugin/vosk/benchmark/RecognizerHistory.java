package org.theopy.voice.plugin.vosk.benchmark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.theopy.voice.plugin.vosk.internal.BundledModel;
import org.theopy.voice.spi.audio.Audio;
import org.theopy.voice.spi.audio.AudioFormat;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * Shows whether the raw Vosk API gives the same words for the same recording every time: the 40
 * recordings of the test resources are transcribed by a new recognizer each, twice, and then by one
 * reused recognizer in shuffled orders; every transcript that differs from the first pass's is
 * printed, with each pass's wall time. Run by {@code ./mvnw -B -pl plugins/vosk -am verify
 * -DskipTests -Dbenchmark.speech -Dbenchmark.include=history}.
 *
 * <p>What it showed with Vosk 0.3.45 and the small English model: a few recordings (mostly the
 * eSpeak ones) come out one or two words different between passes, with new recognizers as well as
 * with a reused one, and the same differences again when the program is run again. So the result
 * depends on what the process's model has decoded before, not only on the recognizer's own past,
 * and making a recognizer per utterance (about four times slower) would not make it reproducible.
 */
final class RecognizerHistory {

  private static final int RATE = 16_000;
  private static final int SHUFFLED_PASSES = 3;

  private RecognizerHistory() {}

  /** Transcribes and prints the differences. */
  static void run() throws IOException {
    LibVosk.setLogLevel(LogLevel.WARNINGS);
    Map<String, byte[]> recordings = new LinkedHashMap<>();
    for (String set : List.of("wav_freetts", "wav_espeak")) {
      for (int n = 1; n <= 20; n++) {
        String id = String.format(Locale.ROOT, "%02d", n);
        Audio audio =
            Audio.readWav(SpeechBenchmarks.resource("speech/" + set + "/" + id + ".wav"))
                .convertTo(AudioFormat.SPEECH_16K);
        recordings.put(set + "/" + id, audio.toPcm16le());
      }
    }
    try (Model model = new Model(BundledModel.unpack("vosk", SpeechBenchmarks.CACHE).toString())) {
      Map<String, String> first = new LinkedHashMap<>();
      long started = System.nanoTime();
      for (Map.Entry<String, byte[]> e : recordings.entrySet()) {
        try (Recognizer recognizer = new Recognizer(model, RATE)) {
          first.put(e.getKey(), transcribe(recognizer, e.getValue()));
        }
      }
      report("new recognizer each, first pass", started, 0, recordings.size());

      started = System.nanoTime();
      int differences = 0;
      for (Map.Entry<String, byte[]> e : recordings.entrySet()) {
        try (Recognizer recognizer = new Recognizer(model, RATE)) {
          differences += compare(e.getKey(), first, transcribe(recognizer, e.getValue()));
        }
      }
      report("new recognizer each, second pass", started, differences, recordings.size());

      List<String> order = new ArrayList<>(recordings.keySet());
      for (int pass = 0; pass < SHUFFLED_PASSES; pass++) {
        Collections.shuffle(order, new Random(pass));
        started = System.nanoTime();
        differences = 0;
        try (Recognizer recognizer = new Recognizer(model, RATE)) {
          for (String key : order) {
            differences += compare(key, first, transcribe(recognizer, recordings.get(key)));
          }
        }
        report("one reused recognizer, order " + pass, started, differences, order.size());
      }
    }
  }

  private static String transcribe(Recognizer recognizer, byte[] pcm) {
    StringBuilder text = new StringBuilder();
    if (recognizer.acceptWaveForm(pcm, pcm.length)) {
      text.append(textOf(recognizer.getResult())).append(' ');
    }
    return text.append(textOf(recognizer.getFinalResult())).toString().strip();
  }

  private static String textOf(String json) {
    int key = json.indexOf("\"text\"");
    int open = json.indexOf('"', json.indexOf(':', key) + 1);
    return json.substring(open + 1, json.indexOf('"', open + 1));
  }

  private static int compare(String key, Map<String, String> first, String text) {
    if (text.equals(first.get(key))) {
      return 0;
    }
    System.out.printf(Locale.ROOT, "  %s: '%s' first, '%s' now%n", key, first.get(key), text);
    return 1;
  }

  private static void report(String pass, long started, int differences, int count) {
    System.out.printf(
        Locale.ROOT,
        "%-40s %6d ms, %d of %d transcripts differ from the first pass%n",
        pass,
        (System.nanoTime() - started) / 1_000_000,
        differences,
        count);
  }
}
