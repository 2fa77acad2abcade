package org.theopy.voice.evaluation.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.EngineProvider;
import org.theopy.voice.spi.IntentClassifierProvider;
import org.theopy.voice.spi.SpeechToTextProvider;
import org.theopy.voice.spi.TextToSpeechProvider;

/** Turns parsed options into one evaluation run. */
public final class Evaluations {

  private Evaluations() {}

  /**
   * Runs one evaluation.
   *
   * @param command {@code stt}, {@code tts} or {@code intent}
   * @param options the options, by name with the leading dashes
   * @param settings the engine settings given with {@code --set}
   * @param err where progress goes
   * @return the report
   * @throws UsageException when an option is missing or wrong
   */
  public static Report run(
      String command, Map<String, String> options, Map<String, String> settings, PrintStream err) {
    String engine = required(options, "--engine");
    String language = options.getOrDefault("--language", "en");
    EngineConfig config = EngineConfig.of(settings);
    return switch (command) {
      case "stt" -> {
        Path data = directory(required(options, "--data"), "--data");
        Path refs =
            options.containsKey("--refs")
                ? file(options.get("--refs"), "--refs")
                : file(data.resolve("refs.tsv").toString(), "--data (refs.tsv)");
        SpeechToTextProvider provider =
            Engines.byId(SpeechToTextProvider.class, engine, "speech-to-text");
        yield SpeechToTextEvaluation.run(
            provider,
            config,
            SpeechToTextEvaluation.readReferences(refs, data),
            language,
            data.toString(),
            err);
      }
      case "tts" -> {
        Path sentences = file(required(options, "--sentences"), "--sentences");
        int warmUps = integer(options.getOrDefault("--warmup", "1"), "--warmup", 0, 100);
        TextToSpeechProvider provider =
            Engines.byId(TextToSpeechProvider.class, engine, "text-to-speech");
        yield TextToSpeechEvaluation.run(
            provider,
            config,
            TextToSpeechEvaluation.readSentences(sentences),
            language,
            warmUps,
            sentences.toString(),
            err);
      }
      case "intent" -> {
        Path data = file(required(options, "--data"), "--data");
        IntentClassifierProvider provider =
            Engines.byId(IntentClassifierProvider.class, engine, "intent classification");
        Map<String, List<IntentEvaluation.Sample>> splits = IntentEvaluation.readDataset(data);
        List<IntentEvaluation.Sample> training =
            IntentEvaluation.splits(
                splits, names(options.getOrDefault("--train", "train,oos_train")), data);
        yield IntentEvaluation.run(
            provider,
            config,
            training,
            IntentEvaluation.splits(splits, names(options.getOrDefault("--test", "test")), data),
            IntentEvaluation.splits(
                splits, names(options.getOrDefault("--oos-test", "oos_test")), data),
            options.getOrDefault("--oos-label", "oos"),
            language,
            data.toString(),
            err);
      }
      default -> throw new UsageException("unknown command '" + command + "'");
    };
  }

  /**
   * Prints the engines on the class path, by kind.
   *
   * @param out where to print
   */
  public static void listEngines(PrintStream out) {
    list(out, "speech-to-text", Engines.find(SpeechToTextProvider.class));
    list(out, "text-to-speech", Engines.find(TextToSpeechProvider.class));
    list(out, "intent classification", Engines.find(IntentClassifierProvider.class));
  }

  private static <P extends EngineProvider<?>> void list(
      PrintStream out, String kind, Engines.Found<P> found) {
    out.println(kind + ":");
    if (found.providers().isEmpty()) {
      out.println("  (none)");
    }
    for (P p : found.providers()) {
      out.printf(
          "  %-16s %s %s (%s)%n",
          p.descriptor().id(),
          p.descriptor().displayName(),
          p.descriptor().version(),
          p.descriptor().connectivity());
    }
    for (String failure : found.failures()) {
      out.println("  failed to load: " + failure);
    }
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      throw new UsageException("option " + name + " is required");
    }
    return value;
  }

  private static Path file(String value, String option) {
    Path p = Path.of(value);
    if (!Files.isRegularFile(p)) {
      throw new UsageException(option + ": no such file: " + p);
    }
    return p;
  }

  private static Path directory(String value, String option) {
    Path p = Path.of(value);
    if (!Files.isDirectory(p)) {
      throw new UsageException(option + ": no such directory: " + p);
    }
    return p;
  }

  private static int integer(String value, String option, int min, int max) {
    try {
      int n = Integer.parseInt(value.trim());
      if (n < min || n > max) {
        throw new UsageException(option + " must be between " + min + " and " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException(option + " must be an integer, got '" + value + "'");
    }
  }

  private static List<String> names(String value) {
    List<String> names =
        Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    if (names.isEmpty()) {
      throw new UsageException("a split list must name at least one split");
    }
    return names;
  }
}
