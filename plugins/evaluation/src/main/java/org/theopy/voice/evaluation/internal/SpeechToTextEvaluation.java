package org.theopy.voice.evaluation.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.theopy.voice.core.metrics.WordErrorRate;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.EngineException;
import org.theopy.voice.spi.SpeechToText;
import org.theopy.voice.spi.SpeechToTextProvider;
import org.theopy.voice.spi.Transcript;
import org.theopy.voice.spi.audio.Audio;

/**
 * Word error rate and real-time factor of a speech-to-text engine over a folder of WAV files with a
 * {@code refs.tsv} of {@code id<TAB>reference} lines ({@code id.wav} beside it).
 */
public final class SpeechToTextEvaluation {

  private SpeechToTextEvaluation() {}

  /** One recording and what was said in it. */
  record Reference(String id, Path wav, String text) {}

  /**
   * Reads a references file.
   *
   * @param refs the {@code refs.tsv} file
   * @param audioDir the folder of the WAV files
   * @return the references, in file order
   * @throws UsageException when the file is missing or malformed, or a WAV file is missing
   */
  static List<Reference> readReferences(Path refs, Path audioDir) {
    List<String> lines;
    try {
      lines = Files.readAllLines(refs, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      throw new UsageException(refs + " is not valid UTF-8");
    } catch (IOException e) {
      throw new UsageException("cannot read references file " + refs + ": " + e.getMessage());
    }
    List<Reference> references = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int tab = lines.get(i).indexOf('\t');
      if (tab <= 0) {
        throw new UsageException(
            refs + ":" + (i + 1) + ": expected 'id<TAB>reference text', got '" + line + "'");
      }
      String id = lines.get(i).substring(0, tab).strip();
      String text = lines.get(i).substring(tab + 1).strip();
      if (id.contains("/") || id.contains("\\") || id.contains("..")) {
        throw new UsageException(refs + ":" + (i + 1) + ": id '" + id + "' must be a file name");
      }
      Path wav = audioDir.resolve(id.endsWith(".wav") ? id : id + ".wav");
      if (!Files.isRegularFile(wav)) {
        throw new UsageException(refs + ":" + (i + 1) + ": no audio file " + wav);
      }
      references.add(new Reference(id, wav, text));
    }
    if (references.isEmpty()) {
      throw new UsageException(refs + " lists no recordings");
    }
    return references;
  }

  /**
   * Runs the evaluation.
   *
   * @param provider the engine's provider
   * @param config the engine's settings
   * @param references the recordings
   * @param language the language tag
   * @param dataset the data set's name for the report
   * @param err where progress goes
   * @return the report
   */
  static Report run(
      SpeechToTextProvider provider,
      EngineConfig config,
      List<Reference> references,
      String language,
      String dataset,
      PrintStream err) {
    String id = provider.descriptor().id();
    Report report = new Report("stt", id, dataset);
    long loadStart = System.nanoTime();
    try (SpeechToText engine = provider.create(config.forEngine(id))) {
      double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

      Audio warmUp = Audio.readWav(references.get(0).wav());
      engine.transcribe(warmUp, language);

      WordErrorRate.Result total = WordErrorRate.Result.EMPTY;
      double audioSeconds = 0;
      double processingSeconds = 0;
      Progress progress = new Progress(err, "stt " + id, references.size());
      int done = 0;
      for (Reference ref : references) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", ref.id());
        item.put("reference", ref.text());
        try {
          Audio audio = Audio.readWav(ref.wav());
          long start = System.nanoTime();
          Transcript transcript = engine.transcribe(audio, language);
          double seconds = (System.nanoTime() - start) / 1e9;
          WordErrorRate.Result result = WordErrorRate.compute(ref.text(), transcript.text());
          total = total.plus(result);
          audioSeconds += audio.durationSeconds();
          processingSeconds += seconds;
          item.put("hypothesis", transcript.text());
          item.put("wer", result.rate());
          item.put("audio_seconds", audio.durationSeconds());
          item.put("processing_seconds", seconds);
        } catch (EngineException | UncheckedIOException e) {
          report.error(ref.id() + ": " + e.getMessage());
          item.put("error", e.getMessage());
        }
        report.item(item);
        progress.update(++done);
      }
      report.metric("wer", "word error rate", 100 * total.rate(), "%", 2);
      report.metric("rtf", "real-time factor", processingSeconds / audioSeconds, "", 3);
      report.metric("files", "recordings", references.size() - report.errors().size(), "", 0);
      report.metric("reference_words", "reference words", total.referenceWords(), "", 0);
      report.metric("substitutions", "substitutions", total.substitutions(), "", 0);
      report.metric("deletions", "deletions", total.deletions(), "", 0);
      report.metric("insertions", "insertions", total.insertions(), "", 0);
      report.metric("audio_seconds", "audio", audioSeconds, "s", 1);
      report.metric("processing_seconds", "processing time", processingSeconds, "s", 2);
      report.metric("load_seconds", "engine creation", loadSeconds, "s", 2);
      report.note("real-time factor = processing time / audio duration (one warm-up file first)");
    }
    return report;
  }
}
