package org.theopy.voice.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.theopy.voice.evaluation.internal.Evaluations;
import org.theopy.voice.evaluation.internal.Report;
import org.theopy.voice.evaluation.internal.UsageException;
import org.theopy.voice.spi.EngineException;

/**
 * The command-line evaluation tool: measures any engine found on the class path.
 *
 * <pre>
 * stt     --engine ID --data DIR [--refs FILE]          word error rate, real-time factor
 * tts     --engine ID --sentences FILE [--warmup N]     latency, real-time factor
 * intent  --engine ID --data FILE.json [--train S,S] [--test S] [--oos-test S] [--oos-label L]
 *                                                       in-scope accuracy, out-of-scope recall
 * engines                                               lists the engines on the class path
 * common: [--language TAG] [--set key=value]... [--json OUT.json]
 * </pre>
 *
 * <p>Results go to standard output as a table, progress to standard error, and with {@code --json}
 * to a JSON file for CI. Exit status: 0 on success, 1 when the engine or the data failed, 2 for a
 * usage error.
 */
public final class EvaluationTool {

  /** Exit status of a successful run. */
  public static final int OK = 0;

  /** Exit status when the engine failed. */
  public static final int FAILED = 1;

  /** Exit status of a usage error. */
  public static final int USAGE = 2;

  private static final String USAGE_TEXT =
      """
      usage: evaluation <command> [options]

      commands:
        stt      --engine ID --data DIR [--refs FILE]
                 word error rate and real-time factor of a speech-to-text engine over the WAV
                 files of DIR listed in refs.tsv (id<TAB>reference; audio in id.wav)
        tts      --engine ID --sentences FILE [--warmup N]
                 latency and real-time factor of a text-to-speech engine over the sentences of
                 FILE (one per line, or id<TAB>sentence); N warm-up sentences first (default 1)
        intent   --engine ID --data FILE.json [--train SPLITS] [--test SPLIT]
                 [--oos-test SPLIT] [--oos-label LABEL]
                 in-scope accuracy and out-of-scope recall of an intent classifier over
                 CLINC150-format JSON; a trainable engine is trained on SPLITS first
                 (default train,oos_train; test: test; oos-test: oos_test; label: oos)
        engines  lists the engines found on the class path

      options for every command:
        --language TAG     language of the data (default en)
        --set KEY=VALUE    engine setting, repeatable (for example --set model.path=/models/x)
        --json FILE        also write the results as JSON to FILE
        --help             shows this text
      """;

  private static final Map<String, Set<String>> OPTIONS =
      Map.of(
          "stt", Set.of("--engine", "--data", "--refs", "--language", "--set", "--json"),
          "tts", Set.of("--engine", "--sentences", "--warmup", "--language", "--set", "--json"),
          "intent",
              Set.of(
                  "--engine",
                  "--data",
                  "--train",
                  "--test",
                  "--oos-test",
                  "--oos-label",
                  "--language",
                  "--set",
                  "--json"),
          "engines", Set.of());

  private EvaluationTool() {}

  /**
   * Runs the tool and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    if (System.getProperty("java.awt.headless") == null) {
      // FreeTTS touches AWT; the tool never opens a window.
      System.setProperty("java.awt.headless", "true");
    }
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the tool.
   *
   * @param args the command line
   * @param out where results go
   * @param err where progress and errors go
   * @return the exit status: {@link #OK}, {@link #FAILED} or {@link #USAGE}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      if (args.length == 0 || List.of(args).contains("--help") || List.of(args).contains("-h")) {
        (args.length == 0 ? err : out).print(USAGE_TEXT);
        return args.length == 0 ? USAGE : OK;
      }
      String command = args[0];
      if (!OPTIONS.containsKey(command)) {
        throw new UsageException(
            "unknown command '" + command + "'; use stt, tts, intent or engines");
      }
      Map<String, String> options = new LinkedHashMap<>();
      Map<String, String> settings = new LinkedHashMap<>();
      parse(command, args, options, settings);

      if (command.equals("engines")) {
        Evaluations.listEngines(out);
        return OK;
      }
      Report report = Evaluations.run(command, options, settings, err);
      report.print(out);
      String json = options.get("--json");
      if (json != null) {
        Path target = Path.of(json);
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.writeString(target, report.toJson(), StandardCharsets.UTF_8);
        err.println("wrote " + target);
      }
      return report.errors().isEmpty() ? OK : FAILED;
    } catch (UsageException e) {
      err.println("evaluation: " + e.getMessage());
      err.println("run with --help for usage");
      return USAGE;
    } catch (EngineException e) {
      err.println("evaluation: " + e.getMessage());
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        err.println("  caused by: " + c);
      }
      return FAILED;
    } catch (IOException e) {
      err.println("evaluation: cannot write the JSON report: " + e.getMessage());
      return FAILED;
    }
  }

  private static void parse(
      String command, String[] args, Map<String, String> options, Map<String, String> settings) {
    Set<String> allowed = OPTIONS.get(command);
    List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
    for (int i = 0; i < rest.size(); i++) {
      String arg = rest.get(i);
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0 && !arg.startsWith("--set")) {
        value = arg.substring(eq + 1);
        arg = arg.substring(0, eq);
      }
      if (!allowed.contains(arg)) {
        throw new UsageException(
            arg.startsWith("-")
                ? "unknown option '" + arg + "' for " + command + "; allowed: " + allowed
                : "unexpected argument '" + arg + "'");
      }
      if (value == null) {
        if (i + 1 >= rest.size() || rest.get(i + 1).startsWith("--")) {
          throw new UsageException("option " + arg + " needs a value");
        }
        value = rest.get(++i);
      }
      if (arg.equals("--set")) {
        int sep = value.indexOf('=');
        if (sep <= 0) {
          throw new UsageException("--set takes KEY=VALUE, got '" + value + "'");
        }
        settings.put(value.substring(0, sep).trim(), value.substring(sep + 1));
      } else if (options.put(arg, value) != null) {
        throw new UsageException("option " + arg + " given twice");
      }
    }
  }
}
