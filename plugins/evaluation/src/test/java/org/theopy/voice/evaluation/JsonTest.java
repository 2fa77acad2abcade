package org.theopy.voice.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.theopy.voice.evaluation.internal.Json;

/** The tool's JSON writer and reader. */
class JsonTest {

  @Test
  void shouldEscapeQuotesBackslashesControlCharactersAndLoneSurrogates() {
    String text = "say \"hi\" \\ now\n\ttab \u0001 \u2028 \ud800 ok \ud83d\ude00";

    String json = Json.write(text);

    assertThat(json.trim())
        .isEqualTo("\"say \\\"hi\\\" \\\\ now\\n\\ttab \\u0001 \\u2028 \\ud800 ok \ud83d\ude00\"");
  }

  @Test
  void shouldReadBackWhatItWrites() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("text", "<script>alert('x')</script> \"quoted\" caf\u00e9");
    value.put("count", 42L);
    value.put("rate", 0.125);
    value.put("nan", Double.NaN);
    value.put("ok", true);
    value.put("none", null);
    value.put("list", new ArrayList<Object>(Arrays.asList(1L, "two", List.of())));

    Object back = Json.parse(Json.write(value));

    Map<String, Object> expected = new LinkedHashMap<>(value);
    expected.put("nan", null);
    assertThat(back).isEqualTo(expected);
  }

  @Test
  void shouldNameLineAndColumnWhenTheTextIsMalformed() {
    assertThatThrownBy(() -> Json.parse("{\n  \"a\": [1, 2,,]\n}"))
        .isInstanceOf(Json.JsonException.class)
        .hasMessageContaining("line 2, column 14");
    assertThatThrownBy(() -> Json.parse("\"unterminated"))
        .hasMessageContaining("unterminated string");
    assertThatThrownBy(() -> Json.parse("[1] 2")).hasMessageContaining("after the end");
  }

  @Test
  void shouldRefuseNestingDeeperThanSixtyFourLevels() {
    assertThatThrownBy(() -> Json.parse("[".repeat(100) + "]".repeat(100)))
        .hasMessageContaining("nested deeper than 64");
  }
}
