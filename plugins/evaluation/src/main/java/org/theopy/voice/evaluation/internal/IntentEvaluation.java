package org.theopy.voice.evaluation.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.theopy.voice.spi.ConfigKey;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.EngineException;
import org.theopy.voice.spi.IntentClassifier;
import org.theopy.voice.spi.IntentClassifierProvider;
import org.theopy.voice.spi.IntentResult;

/**
 * In-scope accuracy and out-of-scope recall of an intent classifier over a data set in CLINC150's
 * JSON format: an object whose keys are split names and whose values are arrays of {@code
 * [utterance, intent]} pairs, out-of-scope utterances labelled with the out-of-scope label.
 *
 * <p>An engine that documents the {@code training.path} setting, and is given neither it nor {@code
 * model.path}, is trained on the training splits first (written to a temporary file in the training
 * file format: {@code intent<TAB>utterance} per line).
 */
public final class IntentEvaluation {

  /** The setting through which a trainable engine takes its training file. */
  static final String TRAINING_PATH = "training.path";

  private static final String MODEL_PATH = "model.path";
  private static final String OUT_OF_SCOPE_LABEL = "out-of-scope.label";

  /** CLINC150 is three levels deep; a data set nested deeper than this is refused. */
  private static final int MAX_DEPTH = 64;

  /** Reads data sets; the JSON-P implementation (Eclipse Parsson by default) is looked up once. */
  private static final JsonParserFactory PARSERS =
      JsonProvider.provider()
          .createParserFactory(Map.of("org.eclipse.parsson.maxDepth", MAX_DEPTH));

  private IntentEvaluation() {}

  /** One labelled utterance. */
  record Sample(String utterance, String intent) {}

  /**
   * Reads a CLINC150-format file.
   *
   * @param file the JSON file
   * @return the splits by name
   * @throws UsageException when the file is missing, not UTF-8 or not of that shape
   */
  static Map<String, List<Sample>> readDataset(Path file) {
    String text;
    try {
      byte[] bytes = Files.readAllBytes(file);
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new UsageException(file + " is not valid UTF-8");
    } catch (IOException e) {
      throw new UsageException("cannot read data set " + file + ": " + e.getMessage());
    }
    JsonObject root = parseObject(text, file);
    Map<String, List<Sample>> splits = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> e : root.entrySet()) {
      if (!(e.getValue() instanceof JsonArray list)) {
        continue;
      }
      List<Sample> samples = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        if (!(list.get(i) instanceof JsonArray pair)
            || pair.size() != 2
            || !(pair.get(0) instanceof JsonString utterance)
            || !(pair.get(1) instanceof JsonString intent)) {
          throw new UsageException(
              file
                  + ": split '"
                  + e.getKey()
                  + "' item "
                  + i
                  + " is not an [utterance, intent] pair of strings");
        }
        samples.add(new Sample(utterance.getString(), intent.getString()));
      }
      splits.put(e.getKey(), samples);
    }
    return splits;
  }

  /**
   * Parses the data set: exactly one JSON object, nested no deeper than {@value #MAX_DEPTH} levels.
   *
   * @throws UsageException when the text is not that, naming the line and column
   */
  private static JsonObject parseObject(String text, Path file) {
    JsonValue root;
    try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
      parser.next();
      root = parser.getValue();
      if (parser.hasNext()) {
        throw new UsageException(file + " is not valid JSON: text after the end of the document");
      }
    } catch (JsonParsingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null || at.getLineNumber() < 1
              ? ""
              : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
      String problem =
          String.valueOf(e.getMessage())
              .replaceFirst(" at \\(line no=-?\\d+, column no=-?\\d+, offset=-?\\d+\\)", "");
      throw new UsageException(file + " is not valid JSON" + where + ": " + problem);
    } catch (UsageException e) {
      throw e;
    } catch (RuntimeException e) {
      // JsonException, NoSuchElementException for an empty file, and Parsson's plain
      // RuntimeException for a document nested too deeply: nothing else runs here.
      throw new UsageException(file + " is not valid JSON: " + e.getMessage());
    }
    if (!(root instanceof JsonObject object)) {
      throw new UsageException(file + ": expected a JSON object of splits");
    }
    return object;
  }

  /**
   * Returns the named splits joined.
   *
   * @throws UsageException when a split is missing
   */
  static List<Sample> splits(Map<String, List<Sample>> data, List<String> names, Path file) {
    List<Sample> samples = new ArrayList<>();
    for (String name : names) {
      List<Sample> split = data.get(name);
      if (split == null) {
        throw new UsageException(
            file + " has no split '" + name + "'; it has: " + String.join(", ", data.keySet()));
      }
      samples.addAll(split);
    }
    return samples;
  }

  /**
   * Runs the evaluation.
   *
   * @param provider the engine's provider
   * @param config the engine's settings
   * @param training the training samples, used when the engine is trainable and not configured with
   *     a training file or model
   * @param inScope the in-scope test samples
   * @param outOfScope the out-of-scope test samples
   * @param outOfScopeLabel the label of out-of-scope samples
   * @param language the language tag
   * @param dataset the data set's name for the report
   * @param err where progress goes
   * @return the report
   */
  static Report run(
      IntentClassifierProvider provider,
      EngineConfig config,
      List<Sample> training,
      List<Sample> inScope,
      List<Sample> outOfScope,
      String outOfScopeLabel,
      String language,
      String dataset,
      PrintStream err) {
    String id = provider.descriptor().id();
    Report report = new Report("intent", id, dataset);
    List<String> keys = provider.configurationKeys().stream().map(ConfigKey::name).toList();
    boolean trains =
        keys.contains(TRAINING_PATH)
            && config.get(TRAINING_PATH).isEmpty()
            && config.get(MODEL_PATH).isEmpty();
    Path trainingFile = null;
    try {
      if (trains) {
        trainingFile = writeTrainingFile(training);
        config = config.with(TRAINING_PATH, trainingFile.toString());
        if (keys.contains(OUT_OF_SCOPE_LABEL) && config.get(OUT_OF_SCOPE_LABEL).isEmpty()) {
          config = config.with(OUT_OF_SCOPE_LABEL, outOfScopeLabel);
        }
        err.printf("intent %s: training on %d utterances%n", id, training.size());
      }
      long createStart = System.nanoTime();
      try (IntentClassifier engine = provider.create(config.forEngine(id))) {
        double createSeconds = (System.nanoTime() - createStart) / 1e9;

        Progress progress = new Progress(err, "intent " + id, inScope.size() + outOfScope.size());
        List<Double> latencies = new ArrayList<>();
        int right = 0;
        int rejected = 0;
        int done = 0;
        for (Sample s : inScope) {
          IntentResult r = classify(engine, s, language, latencies, report);
          if (r != null && r.intent().orElse("").equals(s.intent())) {
            right++;
          }
          progress.update(++done);
        }
        for (Sample s : outOfScope) {
          IntentResult r = classify(engine, s, language, latencies, report);
          if (r != null && (!r.hasIntent() || r.intent().get().equals(outOfScopeLabel))) {
            rejected++;
          }
          progress.update(++done);
        }
        double[] ms = latencies.stream().mapToDouble(Double::doubleValue).toArray();
        report.metric(
            "in_scope_accuracy",
            "in-scope accuracy",
            inScope.isEmpty() ? Double.NaN : 100.0 * right / inScope.size(),
            "%",
            2);
        report.metric(
            "oos_recall",
            "out-of-scope recall",
            outOfScope.isEmpty() ? Double.NaN : 100.0 * rejected / outOfScope.size(),
            "%",
            2);
        report.metric("in_scope_utterances", "in-scope utterances", inScope.size(), "", 0);
        report.metric("oos_utterances", "out-of-scope utterances", outOfScope.size(), "", 0);
        report.metric(
            trains ? "training_seconds" : "load_seconds",
            trains ? "training time" : "engine creation",
            createSeconds,
            "s",
            2);
        if (trains) {
          report.metric("training_utterances", "training utterances", training.size(), "", 0);
        }
        report.metric("mean_latency_ms", "mean latency", Stats.mean(ms), "ms", 3);
        report.metric(
            "p95_latency_ms", "95th percentile latency", Stats.percentile(ms, 95), "ms", 3);
        report.note(
            "in-scope accuracy: right intent and not rejected; out-of-scope recall: no intent"
                + " (or the label '"
                + outOfScopeLabel
                + "')");
      }
    } finally {
      if (trainingFile != null) {
        try {
          Files.deleteIfExists(trainingFile);
        } catch (IOException e) {
          err.println("could not delete temporary file " + trainingFile + ": " + e.getMessage());
        }
      }
    }
    return report;
  }

  private static IntentResult classify(
      IntentClassifier engine, Sample s, String language, List<Double> latencies, Report report) {
    try {
      long start = System.nanoTime();
      IntentResult r = engine.classify(s.utterance(), language);
      latencies.add((System.nanoTime() - start) / 1e6);
      return r;
    } catch (EngineException e) {
      report.error('"' + s.utterance() + "\": " + e.getMessage());
      return null;
    }
  }

  private static Path writeTrainingFile(List<Sample> training) {
    try {
      Path file = Files.createTempFile("theopy-intent-training", ".tsv");
      StringBuilder text = new StringBuilder();
      for (Sample s : training) {
        text.append(s.intent())
            .append('\t')
            .append(s.utterance().replaceAll("[\\t\\r\\n]", " "))
            .append('\n');
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the temporary training file", e);
    }
  }
}
