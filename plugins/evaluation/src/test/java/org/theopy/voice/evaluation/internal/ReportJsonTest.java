package org.theopy.voice.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON the tool writes (reports) and reads (CLINC150-format data sets). */
class ReportJsonTest {

  @TempDir Path dir;

  private static JsonObject read(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  @Test
  void shouldWriteCountsAsIntegersAndFiguresAsFractions() {
    Report report = new Report("stt", "vosk", "spoken commands");
    report.metric("wer", "word error rate", 9.75, "%", 2);
    report.metric("files", "recordings", 20, "", 0);
    report.metric("rtf", "real-time factor", Double.NaN, "", 3);

    JsonObject json = read(report.toJson());

    assertThat(json.getString("tool")).isEqualTo("theopy-evaluation");
    JsonObject metrics = json.getJsonObject("metrics");
    assertThat(metrics.getJsonNumber("files").isIntegral()).isTrue();
    assertThat(metrics.getJsonNumber("files").toString()).isEqualTo("20");
    assertThat(metrics.getJsonNumber("wer").doubleValue()).isEqualTo(9.75);
    assertThat(metrics.get("rtf")).isEqualTo(JsonValue.NULL);
  }

  @Test
  void shouldKeepTextIntactAndReplaceOnlyLoneSurrogates() throws Exception {
    Report report = new Report("tts", "freetts", "sentences");
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("text", "<script>alert('x')</script> \"quoted\" back\\slash\n\ttab \u0001 caf\u00e9");
    item.put("emoji", "ok \ud83d\ude00");
    item.put("broken", "a\ud800b\udc00c");
    item.put("sample_rate", 16000L);
    item.put("ok", true);
    item.put("none", null);
    item.put("list", new ArrayList<Object>(Arrays.asList(1L, "two", List.of(), 0.5)));
    report.item(item);

    String text = report.toJson();
    Path file = Files.writeString(dir.resolve("report.json"), text, StandardCharsets.UTF_8);
    JsonObject back = read(Files.readString(file)).getJsonArray("items").getJsonObject(0);

    assertThat(back.getString("text")).isEqualTo(item.get("text"));
    assertThat(back.getString("emoji")).isEqualTo("ok \ud83d\ude00");
    assertThat(back.getString("broken")).isEqualTo("a\ufffdb\ufffdc");
    assertThat(back.getInt("sample_rate")).isEqualTo(16000);
    assertThat(back.getBoolean("ok")).isTrue();
    assertThat(back.isNull("none")).isTrue();
    assertThat(back.getJsonArray("list").toString()).isEqualTo("[1,\"two\",[],0.5]");
    assertThat(text).endsWith("\n");
  }

  @Test
  void shouldRefuseAValueItCannotWrite() {
    Report report = new Report("stt", "vosk", "x");
    report.item(Map.of("when", new Object()));

    assertThatThrownBy(report::toJson)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot write a class java.lang.Object as JSON");
  }

  @Test
  void shouldReadSplitsOfUtteranceIntentPairs() throws Exception {
    Path data =
        Files.writeString(
            dir.resolve("data.json"),
            "{\"train\":[[\"lights on\",\"lights_on\"],[\"caf\\u00e9 \\\"now\\\"\",\"order\"]],"
                + "\"test\":[],\"info\":\"ignored\"}");

    Map<String, List<IntentEvaluation.Sample>> splits = IntentEvaluation.readDataset(data);

    assertThat(splits.keySet()).containsExactly("train", "test");
    assertThat(splits.get("train"))
        .containsExactly(
            new IntentEvaluation.Sample("lights on", "lights_on"),
            new IntentEvaluation.Sample("caf\u00e9 \"now\"", "order"));
  }

  @Test
  void shouldNameLineAndColumnWhenADataSetIsMalformed() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"a\": [1, 2,,]\n}");
    Path trailing = Files.writeString(dir.resolve("trailing.json"), "{\"a\": []} []");
    Path deep = Files.writeString(dir.resolve("deep.json"), "[".repeat(100) + "]".repeat(100));
    Path empty = Files.writeString(dir.resolve("empty.json"), "");
    Path array = Files.writeString(dir.resolve("array.json"), "[[\"a\", \"b\"]]");
    Path pair = Files.writeString(dir.resolve("pair.json"), "{\"train\": [[\"a\", 1]]}");

    assertThatThrownBy(() -> IntentEvaluation.readDataset(broken))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("is not valid JSON at line 2, column 14");
    assertThatThrownBy(() -> IntentEvaluation.readDataset(trailing))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("is not valid JSON at line 1, column");
    assertThatThrownBy(() -> IntentEvaluation.readDataset(deep))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("is not valid JSON")
        .hasMessageContaining("too deeply nested");
    assertThatThrownBy(() -> IntentEvaluation.readDataset(empty))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("is not valid JSON");
    assertThatThrownBy(() -> IntentEvaluation.readDataset(array))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("expected a JSON object of splits");
    assertThatThrownBy(() -> IntentEvaluation.readDataset(pair))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("split 'train' item 0 is not an [utterance, intent] pair");
  }
}
