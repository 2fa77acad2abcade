package org.theopy.voice.evaluation.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.EngineException;
import org.theopy.voice.spi.SynthesizedSpeech;
import org.theopy.voice.spi.TextToSpeech;
import org.theopy.voice.spi.TextToSpeechProvider;

/** Latency and real-time factor of a text-to-speech engine over a list of sentences. */
public final class TextToSpeechEvaluation {

  private TextToSpeechEvaluation() {}

  /**
   * Reads sentences: one per line, blank lines and lines starting with {@code #} skipped. A line
   * {@code id<TAB>text} (the {@code refs.tsv} format) counts as its text.
   *
   * @param file the file
   * @return the sentences
   * @throws UsageException when the file cannot be read or holds no sentence
   */
  static List<String> readSentences(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      throw new UsageException(file + " is not valid UTF-8");
    } catch (IOException e) {
      throw new UsageException("cannot read sentences file " + file + ": " + e.getMessage());
    }
    List<String> sentences = new ArrayList<>();
    for (String line : lines) {
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      int tab = s.indexOf('\t');
      sentences.add(tab >= 0 ? s.substring(tab + 1).strip() : s);
    }
    if (sentences.isEmpty()) {
      throw new UsageException(file + " holds no sentence");
    }
    return sentences;
  }

  /**
   * Runs the evaluation.
   *
   * @param provider the engine's provider
   * @param config the engine's settings
   * @param sentences what to speak
   * @param language the language tag
   * @param warmUps sentences spoken before timing starts
   * @param dataset the data set's name for the report
   * @param err where progress goes
   * @return the report
   */
  static Report run(
      TextToSpeechProvider provider,
      EngineConfig config,
      List<String> sentences,
      String language,
      int warmUps,
      String dataset,
      PrintStream err) {
    String id = provider.descriptor().id();
    Report report = new Report("tts", id, dataset);
    long loadStart = System.nanoTime();
    try (TextToSpeech engine = provider.create(config.forEngine(id))) {
      double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
      // Warm up from the end of the list, so that the first timed sentence is not one the
      // engine has just spoken (an engine with a cache would otherwise look faster than it is).
      for (int i = 0; i < warmUps; i++) {
        engine.synthesize(sentences.get(sentences.size() - 1 - i % sentences.size()), language);
      }

      List<Double> latencies = new ArrayList<>();
      double audioSeconds = 0;
      double processingSeconds = 0;
      Progress progress = new Progress(err, "tts " + id, sentences.size());
      int done = 0;
      for (String sentence : sentences) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("text", sentence);
        try {
          long start = System.nanoTime();
          SynthesizedSpeech speech = engine.synthesize(sentence, language);
          double seconds = (System.nanoTime() - start) / 1e9;
          latencies.add(seconds * 1000);
          audioSeconds += speech.audio().durationSeconds();
          processingSeconds += seconds;
          item.put("latency_ms", seconds * 1000);
          item.put("audio_seconds", speech.audio().durationSeconds());
          item.put("sample_rate", (long) speech.audio().format().sampleRate());
        } catch (EngineException e) {
          report.error('"' + sentence + "\": " + e.getMessage());
          item.put("error", e.getMessage());
        }
        report.item(item);
        progress.update(++done);
      }
      double[] ms = latencies.stream().mapToDouble(Double::doubleValue).toArray();
      report.metric(
          "first_latency_ms",
          "first sentence after warm-up",
          ms.length == 0 ? Double.NaN : ms[0],
          "ms",
          1);
      report.metric("mean_latency_ms", "mean latency", Stats.mean(ms), "ms", 1);
      report.metric("p50_latency_ms", "median latency", Stats.percentile(ms, 50), "ms", 1);
      report.metric("p95_latency_ms", "95th percentile latency", Stats.percentile(ms, 95), "ms", 1);
      report.metric("max_latency_ms", "max latency", Stats.max(ms), "ms", 1);
      report.metric("rtf", "real-time factor", processingSeconds / audioSeconds, "", 3);
      report.metric("sentences", "sentences", ms.length, "", 0);
      report.metric("audio_seconds", "audio produced", audioSeconds, "s", 1);
      report.metric("load_seconds", "engine creation", loadSeconds, "s", 2);
      report.note(
          "real-time factor = synthesis time / audio duration; "
              + warmUps
              + " warm-up sentence(s) not timed");
    }
    return report;
  }
}
