package org.theopy.voice.plugin.openai.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The strict reading of replies on top of the JSON-P provider. */
class JsonCodecTest {

  @Test
  void shouldParseOneDocumentWithBlanksAround() {
    String text = " {\"text\":\"a\\\"b\\\\c\\/d\\n\\u00e9\\ud83d\\ude00\",\"n\":-1.5e2} \n";

    JsonValue value = JsonCodec.parse(text);

    JsonObject object = value.asJsonObject();
    assertThat(object.getString("text")).isEqualTo("a\"b\\c/d\n\u00e9\ud83d\ude00");
    assertThat(object.getJsonNumber("n").doubleValue()).isEqualTo(-150.0);
  }

  @Test
  void shouldNameLineAndColumnWhenADocumentIsTruncated() {
    for (String broken : List.of("{\"text\":\"turn on the", "{\"a\":1", "[1,2", "{\"a\" 1}")) {
      assertThatThrownBy(() -> JsonCodec.parse(broken))
          .as(broken)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("malformed JSON at line 1, column ");
    }
  }

  @Test
  void shouldRefuseAnEmptyDocument() {
    assertThatThrownBy(() -> JsonCodec.parse(" \n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("malformed JSON: the document is empty");
  }

  @Test
  void shouldRefuseTextAfterTheDocument() {
    assertThatThrownBy(() -> JsonCodec.parse("{} x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("malformed JSON");
    assertThatThrownBy(() -> JsonCodec.parse("{}{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unexpected text after the document");
  }

  @Test
  void shouldRefuseBadTokensWithTheirPosition() {
    assertThatThrownBy(() -> JsonCodec.parse("{\"a\":tru}"))
        .hasMessageStartingWith("malformed JSON at line 1, column 9");
    assertThatThrownBy(() -> JsonCodec.parse("{\n\"a\":\"\\x\"}"))
        .hasMessageStartingWith("malformed JSON at line 2, column 7");
  }

  @Test
  void shouldAcceptTheDeepestAllowedNestingAndRefuseDeeper() {
    int levels = JsonCodec.MAX_DEPTH;
    String allowed = "[".repeat(levels - 1) + "]".repeat(levels - 1);
    String deep = "[".repeat(levels + 1) + "]".repeat(levels + 1);

    JsonValue value = JsonCodec.parse(allowed);

    assertThat(value.getValueType()).isEqualTo(JsonValue.ValueType.ARRAY);
    assertThatThrownBy(() -> JsonCodec.parse(deep))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too deeply nested");
  }
}
