package org.theopy.voice.plugin.opennlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.EngineConfigurationException;
import org.theopy.voice.spi.IntentClassifier;
import org.theopy.voice.spi.IntentResult;
import org.theopy.voice.spi.InvalidInputException;

/** The OpenNLP classifier with a small smart-home training file, and with broken inputs. */
class OpenNlpIntentClassifierTest {

  @TempDir static Path dir;

  private static IntentClassifier classifier;

  @BeforeAll
  static void train() {
    classifier = create(Map.of("training.path", smartHome()));
  }

  @AfterAll
  static void close() {
    classifier.close();
  }

  private static String smartHome() {
    return OpenNlpIntentClassifierContractTest.smartHome().toString();
  }

  private static IntentClassifier create(Map<String, String> settings) {
    return new OpenNlpIntentClassifierProvider().create(EngineConfig.of(settings));
  }

  private static Path file(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void shouldRecogniseAnIntentWhenTheUtteranceIsWordedDifferently() {
    IntentResult result = classifier.classify("could you set a timer for twenty minutes", "en");

    assertThat(result.intent()).contains("set_timer");
    assertThat(result.confidence()).isGreaterThan(0.086);
    assertThat(result.ranked()).hasSizeGreaterThan(1);
    assertThat(result.ranked().get(0).intent()).isEqualTo("set_timer");
  }

  @Test
  void shouldReturnNoIntentWithCandidatesWhenTheUtteranceIsOutOfScope() {
    IntentResult result = classifier.classify("what is the capital of peru", "en");

    assertThat(result.hasIntent()).isFalse();
    assertThat(result.ranked()).isNotEmpty();
    assertThat(result.ranked()).noneMatch(c -> c.intent().equals("oos"));
  }

  @Test
  void shouldReturnNoIntentWhenTheUtteranceIsGibberish() {
    IntentResult result = classifier.classify("zxqv blorptang wikkels", "en");

    assertThat(result.hasIntent()).isFalse();
  }

  @Test
  void shouldRefuseAnUtteranceOfAHundredThousandCharactersAndKeepWorking() {
    String huge = "turn on the lights ".repeat(5_300).substring(0, 100_000);

    assertThatThrownBy(() -> classifier.classify(huge, "en"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("100000 characters")
        .hasMessageContaining("limit of 1000");
    assertThat(classifier.classify("turn on the lights", "en").intent()).contains("lights_on");
  }

  @Test
  void shouldRefuseEmptyAndBlankUtterances() {
    assertThatThrownBy(() -> classifier.classify("", "en"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> classifier.classify(" \t\n", "en"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void shouldNameFileAndLineWhenALineHasNoTab() throws Exception {
    Path bad =
        file("no-tab.tsv", "# comment\nweather\twill it rain\nlights_on turn on the light\n");

    assertThatThrownBy(() -> create(Map.of("training.path", bad.toString())))
        .isInstanceOf(EngineConfigurationException.class)
        .hasMessageContaining("training.path")
        .hasMessageContaining("no-tab.tsv:3")
        .hasMessageContaining("no tab");
  }

  @Test
  void shouldNameFileAndLineWhenAnUtteranceIsEmpty() throws Exception {
    Path bad = file("empty-utterance.tsv", "weather\twill it rain\n\nlights_on\t   \n");

    assertThatThrownBy(() -> create(Map.of("training.path", bad.toString())))
        .isInstanceOf(EngineConfigurationException.class)
        .hasMessageContaining("empty-utterance.tsv:3")
        .hasMessageContaining("empty");
  }

  @Test
  void shouldNameFileAndLineWhenAnIntentNameIsInvalid() throws Exception {
    Path bad = file("bad-name.tsv", "weather\twill it rain\nlights on!\tturn on the light\n");

    assertThatThrownBy(() -> create(Map.of("training.path", bad.toString())))
        .isInstanceOf(EngineConfigurationException.class)
        .hasMessageContaining("bad-name.tsv:2")
        .hasMessageContaining("intent name 'lights on!'");
  }

  @Test
  void shouldRefuseATrainingFileThatIsNotUtf8() throws Exception {
    Path latin1 = dir.resolve("latin1.tsv");
    Files.write(
        latin1,
        "weather\twill it rain\nweather\tcaf\u00e9 m\u00e9t\u00e9o\n"
            .getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> create(Map.of("training.path", latin1.toString())))
        .isInstanceOf(EngineConfigurationException.class)
        .hasMessageContaining("latin1.tsv:2")
        .hasMessageContaining("UTF-8");
  }

  @Test
  void shouldRefuseATrainingFileWithOnlyOneIntent() throws Exception {
    Path one = file("one-intent.tsv", "weather\twill it rain\noos\twho are you\n");

    assertThatThrownBy(() -> create(Map.of("training.path", one.toString())))
        .isInstanceOf(EngineConfigurationException.class)
        .hasMessageContaining("at least two intents")
        .hasMessageContaining("found 1 [weather]");
  }

  @Test
  void shouldSayWhatToSetWhenNeitherTrainingFileNorModelIsConfigured() {
    assertThatThrownBy(() -> create(Map.of()))
        .isInstanceOf(EngineConfigurationException.class)
        .hasMessageContaining("training.path")
        .hasMessageContaining("model.path");
  }

  @Test
  void shouldNameTheMissingTrainingFile() {
    Path missing = dir.resolve("missing.tsv");

    assertThatThrownBy(() -> create(Map.of("training.path", missing.toString())))
        .isInstanceOf(EngineConfigurationException.class)
        .hasMessageContaining("missing.tsv")
        .hasMessageContaining("no such file");
  }

  @Test
  void shouldRefuseAModelFileThatIsNotAModel() throws Exception {
    Path corrupt = file("corrupt.model", "this is not a model");

    assertThatThrownBy(() -> create(Map.of("model.path", corrupt.toString())))
        .isInstanceOf(EngineConfigurationException.class)
        .hasMessageContaining("model.path")
        .hasMessageContaining("not a Theopy OpenNLP intent model");
  }

  @Test
  void shouldLoadTheSavedModelWithTheSameAnswers() {
    Path model = dir.resolve("models/smart-home.model");
    try (IntentClassifier trainedAndSaved =
        create(Map.of("training.path", smartHome(), "model.path", model.toString()))) {

      try (IntentClassifier loaded = create(Map.of("model.path", model.toString()))) {

        for (String u : new String[] {"play some jazz", "is it cold outside", "who is the pope"}) {
          assertThat(loaded.classify(u, "en")).isEqualTo(trainedAndSaved.classify(u, "en"));
        }
      }
    }
  }

  @Test
  void shouldRefuseAThresholdOutsideZeroToOne() {
    assertThatThrownBy(() -> create(Map.of("training.path", smartHome(), "threshold", "1.5")))
        .isInstanceOf(EngineConfigurationException.class)
        .hasMessageContaining("threshold");
  }

  @Test
  void shouldRejectEveryUtteranceWhenTheThresholdIsOne() {
    try (IntentClassifier strict = create(Map.of("training.path", smartHome(), "threshold", "1"))) {

      IntentResult result = strict.classify("turn on the lights", "en");

      assertThat(result.hasIntent()).isFalse();
      assertThat(result.ranked().get(0).intent()).isEqualTo("lights_on");
    }
  }
}
