package org.theopy.voice.plugin.opennlp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.theopy.voice.plugin.opennlp.internal.Example;
import org.theopy.voice.plugin.opennlp.internal.ExampleFile;
import org.theopy.voice.plugin.opennlp.internal.ExampleFileException;
import org.theopy.voice.plugin.opennlp.internal.IntentModel;
import org.theopy.voice.plugin.opennlp.internal.IntentModelTrainer;
import org.theopy.voice.spi.Capability;
import org.theopy.voice.spi.ConfigKey;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.EngineConfigurationException;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineKind;
import org.theopy.voice.spi.EngineUnavailableException;
import org.theopy.voice.spi.IntentClassifier;
import org.theopy.voice.spi.IntentClassifierProvider;

/**
 * Provides the {@code opennlp} intent classifier: trained at start-up from the application's own
 * examples ({@code training.path}) or loaded from a model saved earlier ({@code model.path}).
 *
 * <p>The training file is UTF-8 text with one example per line: the intent's name, a tab, and the
 * utterance. Blank lines and lines starting with {@code #} are ignored. Examples labelled with the
 * out-of-scope label (default {@code oos}) teach the classifier what the application does not
 * handle; they are optional but improve out-of-scope detection.
 *
 * <pre>
 * # intent&lt;TAB&gt;utterance
 * set_timer	set a timer for ten minutes
 * set_timer	wake me up in half an hour
 * weather	will it rain tomorrow
 * oos	who won the football game last night
 * </pre>
 *
 * <p>When both settings are given, the classifier trains from {@code training.path} and saves the
 * model to {@code model.path} for the next start; when only {@code model.path} is given, it loads
 * the model. Training logs its duration and the model's size at INFO.
 */
public final class OpenNlpIntentClassifierProvider implements IntentClassifierProvider {

  /** The engine id. */
  public static final String ID = "opennlp";

  /** Setting: the training file. */
  public static final String TRAINING_PATH = "training.path";

  /** Setting: a saved model to load, or where to save the trained model. */
  public static final String MODEL_PATH = "model.path";

  /** Setting: the confidence threshold. */
  public static final String THRESHOLD = "threshold";

  /** Setting: the label of out-of-scope examples. */
  public static final String OUT_OF_SCOPE_LABEL = "out-of-scope.label";

  /** Setting: the longest utterance accepted. */
  public static final String MAX_UTTERANCE_LENGTH = "max.utterance.length";

  /** Setting: how many ranked candidates a result carries. */
  public static final String CANDIDATES = "candidates";

  /** Setting: the languages of the training examples. */
  public static final String LANGUAGES = "languages";

  /** Setting: training iterations. */
  public static final String TRAINING_ITERATIONS = "training.iterations";

  /** Setting: training threads. */
  public static final String TRAINING_THREADS = "training.threads";

  private static final Logger LOG = LoggerFactory.getLogger(OpenNlpIntentClassifierProvider.class);

  private static final String VERSION = "2.5.4";

  /** Creates the provider; does no work until {@link #create}. */
  public OpenNlpIntentClassifierProvider() {}

  @Override
  public EngineDescriptor descriptor() {
    return descriptor(new String[] {EngineDescriptor.ANY_LANGUAGE});
  }

  private static EngineDescriptor descriptor(String[] languages) {
    return EngineDescriptor.builder(ID, EngineKind.INTENT_CLASSIFICATION)
        .displayName("Apache OpenNLP intent classifier")
        .vendor("Theopy, with Apache OpenNLP")
        .version(VERSION)
        .languages(languages)
        .capabilities(Capability.CONFIDENCE, Capability.ALTERNATIVES)
        .build();
  }

  @Override
  public List<ConfigKey> configurationKeys() {
    return List.of(
        ConfigKey.of(
            TRAINING_PATH,
            "UTF-8 file of training examples, one 'intent<TAB>utterance' per line ('#' starts a"
                + " comment line); required unless model.path names a saved model",
            null),
        ConfigKey.of(
            MODEL_PATH,
            "model file: loaded when training.path is not set, written after training when it is",
            null),
        ConfigKey.of(
            THRESHOLD,
            "confidence (0..1) below which an utterance is out of scope; default: the value saved"
                + " with the model, "
                + IntentModelTrainer.DEFAULT_THRESHOLD
                + " for a newly trained one (tuned on CLINC150's validation split)",
            null),
        ConfigKey.of(
            OUT_OF_SCOPE_LABEL, "intent name that marks out-of-scope training examples", "oos"),
        ConfigKey.of(
            MAX_UTTERANCE_LENGTH, "longest utterance accepted, in characters (1..100000)", "1000"),
        ConfigKey.of(CANDIDATES, "ranked candidates returned with each result (1..50)", "5"),
        ConfigKey.of(
            LANGUAGES,
            "comma-separated BCP 47 tags of the training examples' languages; requests in other"
                + " languages are refused",
            "en"),
        ConfigKey.of(
            TRAINING_ITERATIONS,
            "iterations of the maximum entropy and perceptron trainers (10..1000)",
            "100"),
        ConfigKey.of(TRAINING_THREADS, "models trained at once (1..3)", "2"));
  }

  @Override
  public IntentClassifier create(EngineConfig config) {
    EngineConfig settings = config.forEngine(ID);
    String outOfScope = settings.getString(OUT_OF_SCOPE_LABEL, "oos");
    if (!ExampleFile.INTENT_NAME.matcher(outOfScope).matches()) {
      throw new EngineConfigurationException(
          ID,
          "setting '"
              + OUT_OF_SCOPE_LABEL
              + "' must be 1-100 letters, digits, '_', '.', ':' or '-', got '"
              + outOfScope
              + "'",
          null);
    }
    int maxLength = settings.getInt(MAX_UTTERANCE_LENGTH, 1000, 1, 100_000);
    int candidates = settings.getInt(CANDIDATES, 5, 1, 50);
    String[] languages = languages(settings);
    Optional<Path> trainingPath = settings.get(TRAINING_PATH).map(Path::of);
    Optional<Path> modelPath = settings.get(MODEL_PATH).map(Path::of);

    IntentModel model;
    if (trainingPath.isPresent()) {
      model = train(settings, trainingPath.get(), outOfScope, maxLength);
      if (modelPath.isPresent()) {
        save(model, modelPath.get());
      }
    } else if (modelPath.isPresent()) {
      model = load(modelPath.get());
    } else {
      throw new EngineConfigurationException(
          ID,
          "set '"
              + TRAINING_PATH
              + "' to a file of training examples or '"
              + MODEL_PATH
              + "' to a saved model",
          null);
    }
    double threshold = settings.getDouble(THRESHOLD, model.suggestedThreshold(), 0, 1);
    return new OpenNlpIntentClassifier(
        descriptor(languages), model, threshold, maxLength, candidates);
  }

  private static String[] languages(EngineConfig settings) {
    String raw = settings.getString(LANGUAGES, "en");
    String[] tags = raw.split(",");
    for (int i = 0; i < tags.length; i++) {
      tags[i] = tags[i].trim();
      if (!tags[i].equals(EngineDescriptor.ANY_LANGUAGE)
          && !tags[i].matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
        throw new EngineConfigurationException(
            ID,
            "setting '" + LANGUAGES + "' must list BCP 47 tags such as 'en,de', got '" + raw + "'",
            null);
      }
    }
    return tags;
  }

  private static IntentModel train(
      EngineConfig settings, Path file, String outOfScope, int maxLength) {
    int iterations = settings.getInt(TRAINING_ITERATIONS, 100, 10, 1000);
    int threads = settings.getInt(TRAINING_THREADS, 2, 1, 3);
    List<Example> examples;
    try {
      examples = ExampleFile.read(file, outOfScope, maxLength);
    } catch (ExampleFileException e) {
      throw new EngineConfigurationException(
          ID, "setting '" + TRAINING_PATH + "': " + e.getMessage(), e);
    }
    long start = System.nanoTime();
    IntentModel model;
    try {
      model = new IntentModelTrainer(iterations, 1, threads).train(examples, outOfScope);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EngineUnavailableException(ID, "interrupted while training from " + file, e);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    LOG.info(
        "{}: trained on {} examples of {} intents from {} in {} ms ({}), model size {} bytes",
        ID,
        examples.size(),
        model.inScopeIntentCount(),
        file,
        millis,
        model.algorithms(),
        sizeOf(model));
    return model;
  }

  private static long sizeOf(IntentModel model) {
    CountingOutputStream counter = new CountingOutputStream();
    try {
      model.write(counter);
    } catch (IOException e) {
      return -1;
    }
    return counter.count;
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  private static void save(IntentModel model, Path target) {
    try {
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Path temp = Files.createTempFile(parent, ".opennlp-model", ".tmp");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
        model.write(out);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      LOG.info("{}: saved the model to {} ({} bytes)", ID, target, Files.size(target));
    } catch (IOException e) {
      throw new EngineConfigurationException(
          ID, "setting '" + MODEL_PATH + "': cannot write the model to " + target + ": " + e, e);
    }
  }

  private static IntentModel load(Path file) {
    long start = System.nanoTime();
    IntentModel model;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      model = IntentModel.read(in, file);
    } catch (NoSuchFileException e) {
      throw new EngineConfigurationException(
          ID,
          "setting '"
              + MODEL_PATH
              + "': no model at "
              + file
              + "; set '"
              + TRAINING_PATH
              + "' to train one",
          e);
    } catch (IOException e) {
      throw new EngineConfigurationException(
          ID, "setting '" + MODEL_PATH + "': cannot load " + file + ": " + e.getMessage(), e);
    }
    LOG.info(
        "{}: loaded a model of {} intents from {} ({} bytes) in {} ms",
        ID,
        model.inScopeIntentCount(),
        file,
        sizeOf(file),
        (System.nanoTime() - start) / 1_000_000);
    return model;
  }

  /** Counts the bytes of a model without keeping them. */
  private static final class CountingOutputStream extends OutputStream {
    private long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
