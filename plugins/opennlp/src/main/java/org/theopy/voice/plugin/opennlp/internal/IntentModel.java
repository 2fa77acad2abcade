package org.theopy.voice.plugin.opennlp.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained intent model: an ensemble of OpenNLP models over the same {@link Features}, and a
 * {@link SimilarityIndex} of the training examples.
 *
 * <p>Scoring averages the members' probabilities after sharpening or flattening each with its own
 * temperature (the three algorithms spread their probabilities very differently), then multiplies
 * an intent's probability by the utterance's similarity to that intent's examples. The product is
 * the confidence that the classifier compares with its threshold. Immutable and safe for concurrent
 * use: OpenNLP's models allocate their working arrays per call.
 */
public final class IntentModel {

  static final String FORMAT = "theopy-opennlp-intent-model";
  static final int FORMAT_VERSION = 1;
  private static final String MANIFEST = "manifest.properties";
  private static final String EXAMPLES = "examples.tsv";

  /**
   * Probabilities below this count as zero before tempering. Naive Bayes gives most intents
   * vanishing probabilities; flattening those with a high temperature would spread its vote over
   * every intent instead of the plausible few.
   */
  private static final double PROBABILITY_FLOOR = 1e-45;

  private final String[] intents;
  private final Map<String, Integer> intentIndex = new HashMap<>();
  private final List<Member> members;
  private final List<Example> examples;
  private final String outOfScopeLabel;
  private final int outOfScopeIndex;
  private final double suggestedThreshold;
  private final SimilarityIndex similarity;

  /**
   * One model of the ensemble.
   *
   * @param algorithm the OpenNLP algorithm name, such as {@code MAXENT}
   * @param model the trained model
   * @param temperature the exponent divisor applied to its probabilities
   * @param weight its weight in the average
   */
  record Member(String algorithm, MaxentModel model, double temperature, double weight) {}

  IntentModel(
      List<Member> members,
      List<Example> examples,
      String outOfScopeLabel,
      double suggestedThreshold) {
    TreeSet<String> names = new TreeSet<>();
    for (Example e : examples) {
      names.add(e.intent());
    }
    this.intents = names.toArray(new String[0]);
    for (int i = 0; i < intents.length; i++) {
      intentIndex.put(intents[i], i);
    }
    this.members = List.copyOf(members);
    this.examples = List.copyOf(examples);
    this.outOfScopeLabel = outOfScopeLabel;
    this.outOfScopeIndex = intentIndex.getOrDefault(outOfScopeLabel, -1);
    this.suggestedThreshold = suggestedThreshold;
    List<String[]> features = new ArrayList<>(examples.size());
    int[] labels = new int[examples.size()];
    for (int e = 0; e < examples.size(); e++) {
      features.add(Features.of(examples.get(e).utterance()));
      labels[e] = intentIndex.get(examples.get(e).intent());
    }
    this.similarity = new SimilarityIndex(features, labels, intents.length);
  }

  /**
   * The scores of one utterance.
   *
   * @param probabilities the ensemble's probability of each intent, summing to 1
   * @param similarities the utterance's similarity to each intent's examples
   */
  public record Scores(double[] probabilities, double[] similarities) {

    /**
     * Returns the confidence of one intent: its probability times its similarity.
     *
     * @param intent the intent's index
     * @return between 0 and 1
     */
    public double confidence(int intent) {
      return Math.max(0, Math.min(1, probabilities[intent] * similarities[intent]));
    }

    /**
     * Returns the intent with the highest probability.
     *
     * @return its index
     */
    public int best() {
      int best = 0;
      for (int i = 1; i < probabilities.length; i++) {
        if (probabilities[i] > probabilities[best]) {
          best = i;
        }
      }
      return best;
    }
  }

  /**
   * Scores an utterance against every intent.
   *
   * @param utterance the text
   * @return the scores, indexed like {@link #intents()}
   */
  public Scores score(String utterance) {
    String[] features = Features.of(utterance);
    double[] average = new double[intents.length];
    double totalWeight = 0;
    for (Member member : members) {
      double[] p = member.model().eval(features);
      double[] logs = new double[p.length];
      double max = Double.NEGATIVE_INFINITY;
      for (int o = 0; o < p.length; o++) {
        logs[o] =
            p[o] < PROBABILITY_FLOOR
                ? Double.NEGATIVE_INFINITY
                : Math.log(p[o]) / member.temperature();
        max = Math.max(max, logs[o]);
      }
      double sum = 0;
      for (int o = 0; o < p.length; o++) {
        logs[o] = Math.exp(logs[o] - max);
        sum += logs[o];
      }
      for (int o = 0; o < p.length; o++) {
        Integer intent = intentIndex.get(member.model().getOutcome(o));
        if (intent != null) {
          average[intent] += member.weight() * logs[o] / sum;
        }
      }
      totalWeight += member.weight();
    }
    for (int i = 0; i < average.length; i++) {
      average[i] /= totalWeight;
    }
    double[] sims = similarity.similarities(features);
    double[] perIntent = new double[intents.length];
    for (int i = 0; i < intents.length; i++) {
      perIntent[i] = similarity.intentSimilarity(sims, i);
    }
    return new Scores(average, perIntent);
  }

  /**
   * Returns the intents the model knows, the out-of-scope label included when it was trained.
   *
   * @return the names, sorted; the array is a copy
   */
  public String[] intents() {
    return intents.clone();
  }

  /**
   * Returns the name of an intent.
   *
   * @param index the intent's index
   * @return the name
   */
  public String intent(int index) {
    return intents[index];
  }

  /**
   * Returns the number of in-scope intents.
   *
   * @return the count, the out-of-scope label excluded
   */
  public int inScopeIntentCount() {
    return outOfScopeIndex < 0 ? intents.length : intents.length - 1;
  }

  /**
   * Returns the index of the out-of-scope label.
   *
   * @return the index, or -1 when the model was trained without out-of-scope examples
   */
  public int outOfScopeIndex() {
    return outOfScopeIndex;
  }

  /**
   * Returns the out-of-scope label.
   *
   * @return the label
   */
  public String outOfScopeLabel() {
    return outOfScopeLabel;
  }

  /**
   * Returns the threshold stored with the model.
   *
   * @return the confidence below which an utterance is out of scope
   */
  public double suggestedThreshold() {
    return suggestedThreshold;
  }

  /**
   * Returns the number of training examples.
   *
   * @return the count
   */
  public int exampleCount() {
    return examples.size();
  }

  /**
   * Returns the algorithms of the ensemble's members.
   *
   * @return the names, in order
   */
  public List<String> algorithms() {
    return members.stream().map(Member::algorithm).toList();
  }

  /**
   * Writes the model: a ZIP holding a manifest, each member in OpenNLP's binary format, and the
   * training examples (the similarity index is rebuilt from them on loading).
   *
   * @param out where to write, not closed
   * @throws IOException when writing fails
   */
  public void write(OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    Properties manifest = new Properties();
    manifest.setProperty("format", FORMAT);
    manifest.setProperty("format.version", Integer.toString(FORMAT_VERSION));
    manifest.setProperty("out-of-scope.label", outOfScopeLabel);
    manifest.setProperty("threshold", Double.toString(suggestedThreshold));
    manifest.setProperty("members", Integer.toString(members.size()));
    for (int m = 0; m < members.size(); m++) {
      Member member = members.get(m);
      manifest.setProperty("member." + m + ".algorithm", member.algorithm());
      manifest.setProperty("member." + m + ".temperature", Double.toString(member.temperature()));
      manifest.setProperty("member." + m + ".weight", Double.toString(member.weight()));
    }
    zip.putNextEntry(new ZipEntry(MANIFEST));
    ByteArrayOutputStream manifestBytes = new ByteArrayOutputStream();
    manifest.store(manifestBytes, "Theopy OpenNLP intent model");
    zip.write(manifestBytes.toByteArray());
    zip.closeEntry();
    for (int m = 0; m < members.size(); m++) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      new GenericModelWriter((AbstractModel) members.get(m).model(), new DataOutputStream(bytes))
          .persist();
      zip.putNextEntry(new ZipEntry("member-" + m + ".bin"));
      zip.write(bytes.toByteArray());
      zip.closeEntry();
    }
    zip.putNextEntry(new ZipEntry(EXAMPLES));
    Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
    ExampleFile.write(examples, writer);
    zip.closeEntry();
    zip.finish();
  }

  /**
   * Reads a model written by {@link #write}.
   *
   * @param in the stream, not closed
   * @param name the model's name for error messages
   * @return the model
   * @throws IOException when reading fails or the content is not such a model
   */
  public static IntentModel read(InputStream in, Path name) throws IOException {
    ZipInputStream zip = new ZipInputStream(in);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    long total = 0;
    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
      byte[] bytes = zip.readAllBytes();
      total += bytes.length;
      if (total > 2L * 1024 * 1024 * 1024) {
        throw new IOException("model is larger than 2 GB once unpacked");
      }
      entries.put(entry.getName(), bytes);
    }
    byte[] manifestBytes = entries.get(MANIFEST);
    if (manifestBytes == null) {
      throw new IOException(
          "not a Theopy OpenNLP intent model (no " + MANIFEST + " inside; is it a ZIP?)");
    }
    Properties manifest = new Properties();
    manifest.load(new StringReader(new String(manifestBytes, StandardCharsets.ISO_8859_1)));
    if (!FORMAT.equals(manifest.getProperty("format"))) {
      throw new IOException("not a Theopy OpenNLP intent model (format is not " + FORMAT + ")");
    }
    if (!Integer.toString(FORMAT_VERSION).equals(manifest.getProperty("format.version"))) {
      throw new IOException(
          "model format version "
              + manifest.getProperty("format.version")
              + " is not supported; this plugin reads version "
              + FORMAT_VERSION
              + ": train the model again");
    }
    try {
      String outOfScope = required(manifest, "out-of-scope.label");
      double threshold = Double.parseDouble(required(manifest, "threshold"));
      int count = Integer.parseInt(required(manifest, "members"));
      List<Member> members = new ArrayList<>();
      for (int m = 0; m < count; m++) {
        byte[] bytes = entries.get("member-" + m + ".bin");
        if (bytes == null) {
          throw new IOException("member-" + m + ".bin is missing");
        }
        AbstractModel model =
            new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(bytes)))
                .getModel();
        members.add(
            new Member(
                required(manifest, "member." + m + ".algorithm"),
                model,
                Double.parseDouble(required(manifest, "member." + m + ".temperature")),
                Double.parseDouble(required(manifest, "member." + m + ".weight"))));
      }
      byte[] exampleBytes = entries.get(EXAMPLES);
      if (exampleBytes == null) {
        throw new IOException(EXAMPLES + " is missing");
      }
      List<Example> examples =
          ExampleFile.read(
              new ByteArrayInputStream(exampleBytes),
              Path.of(name + "!" + EXAMPLES),
              outOfScope,
              Integer.MAX_VALUE);
      return new IntentModel(members, examples, outOfScope, threshold);
    } catch (NumberFormatException | ExampleFileException e) {
      throw new IOException("corrupt model: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new IOException("corrupt model member: " + e, e);
    }
  }

  private static String required(Properties manifest, String key) throws IOException {
    String value = manifest.getProperty(key);
    if (value == null) {
      throw new IOException("corrupt model: '" + key + "' is missing from " + MANIFEST);
    }
    return value;
  }

  @Override
  public String toString() {
    return "IntentModel[intents="
        + inScopeIntentCount()
        + ", examples="
        + examples.size()
        + ", members="
        + algorithms()
        + ", outOfScope="
        + (outOfScopeIndex >= 0)
        + "]";
  }
}
