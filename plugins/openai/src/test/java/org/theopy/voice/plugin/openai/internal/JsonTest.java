package org.theopy.voice.plugin.openai.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void shouldParseNestedDocument() {
    Object json =
        Json.parse(
            " {\"text\":\"hi\",\"n\":-1.5e2,\"ok\":true,\"none\":null,\"list\":[1,{\"a\":[]}]} ");

    assertThat(Json.string(json, "text")).contains("hi");
    assertThat(Json.number(json, "n")).contains(-150.0);
    assertThat(Json.member(json, "ok")).contains(Boolean.TRUE);
    assertThat(Json.member(json, "none")).isEmpty();
    assertThat(Json.array(json, "list")).hasSize(2).element(1).isEqualTo(Map.of("a", List.of()));
  }

  @Test
  void shouldDecodeEscapesAndSurrogatePairs() {
    Object json = Json.parse("{\"t\":\"a\\\"b\\\\c\\/d\\n\\u00e9\\ud83d\\ude00\"}");

    assertThat(Json.string(json, "t")).contains("a\"b\\c/d\n\u00e9\ud83d\ude00");
  }

  @Test
  void shouldQuoteWhatItParsesBack() {
    String original = "line\nbreak \"quoted\" back\\slash \u0001 \u00e9";

    Object json = Json.parse("{\"v\":" + Json.quote(original) + "}");

    assertThat(Json.string(json, "v")).contains(original);
  }

  @Test
  void shouldRefuseTruncatedDocuments() {
    for (String broken : List.of("{\"text\":\"turn on the", "{\"a\":1", "[1,2", "{\"a\" 1}", "")) {
      assertThatThrownBy(() -> Json.parse(broken))
          .as(broken)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("malformed JSON at offset");
    }
  }

  @Test
  void shouldRefuseTrailingTextAndBadTokens() {
    assertThatThrownBy(() -> Json.parse("{} x")).hasMessageContaining("after the document");
    assertThatThrownBy(() -> Json.parse("{\"a\":tru}")).hasMessageContaining("unexpected word");
    assertThatThrownBy(() -> Json.parse("{\"a\":\"\\x\"}")).hasMessageContaining("bad escape");
    assertThatThrownBy(() -> Json.parse("{\"a\":-}")).hasMessageContaining("expected a digit");
  }

  @Test
  void shouldRefuseDocumentsNestedTooDeeply() {
    String deep = "[".repeat(100) + "]".repeat(100);

    assertThatThrownBy(() -> Json.parse(deep)).hasMessageContaining("deeper than 64");
  }
}
