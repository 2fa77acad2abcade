package org.theopy.voice.plugin.vosk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.theopy.voice.spi.Transcript;

/** Reading Vosk's JSON results. */
class VoskResultTest {

  @Test
  void shouldJoinSegmentsAndShiftWordTimesWhenBuildingATranscript() {
    VoskResult.Builder builder = new VoskResult.Builder(-300, 5000);

    builder.add(
        "{\n  \"result\" : [{\n      \"conf\" : 1.000000,\n      \"end\" : 0.900000,\n"
            + "      \"start\" : 0.420000,\n      \"word\" : \"call\"\n    }],\n"
            + "  \"text\" : \"call\"\n}");
    builder.add(
        "{\"result\":[{\"conf\":0.5,\"end\":1.5,\"start\":1.0,\"word\":\"mom\"}],\"text\":\"mom\"}");
    builder.add("{\"text\" : \"\"}");
    Transcript transcript = builder.build();

    assertThat(transcript.text()).isEqualTo("call mom");
    assertThat(transcript.words())
        .containsExactly(
            new Transcript.Word("call", 120, 600, 1.0), new Transcript.Word("mom", 700, 1200, 0.5));
    assertThat(transcript.confidence()).isEqualTo(0.75);
  }

  @Test
  void shouldKeepWordTimesInsideTheAudio() {
    VoskResult.Builder builder = new VoskResult.Builder(-500, 1000);

    builder.add(
        "{\"result\":[{\"conf\":0.9,\"end\":2.0,\"start\":0.2,\"word\":\"x\"}],\"text\":\"x\"}");

    assertThat(builder.build().words().get(0)).isEqualTo(new Transcript.Word("x", 0, 1000, 0.9));
  }

  @Test
  void shouldGiveNoConfidenceWhenNothingWasHeard() {
    Transcript transcript = new VoskResult.Builder(0, 1000).add("{\"text\" : \"\"}").build();

    assertThat(transcript.isEmpty()).isTrue();
    assertThat(transcript.hasConfidence()).isFalse();
  }

  @Test
  void shouldReadPartialText() {
    assertThat(VoskResult.partialText("{\n  \"partial\" : \"set a timer\"\n}"))
        .isEqualTo("set a timer");
    assertThat(VoskResult.partialText("{\"partial\" : \"\"}")).isEmpty();
  }

  @Test
  void shouldParseEscapesNumbersAndLiterals() {
    Object value = Json.parse("{\"a\":[1,-2.5e3,true,false,null],\"b\":\"caf\\u00e9 \\\"x\\\"\"}");

    assertThat(value)
        .isEqualTo(
            Map.of(
                "a",
                java.util.Arrays.asList(1.0, -2500.0, true, false, null),
                "b",
                "caf\u00e9 \"x\""));
    assertThat(Json.parse("[]")).isEqualTo(List.of());
  }

  @Test
  void shouldRejectMalformedJsonWithItsPosition() {
    assertThatThrownBy(() -> Json.parse("{\"text\" : \"unterminated"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offset");
    assertThatThrownBy(() -> Json.parse("{\"a\":1} trailing"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VoskResult.partialText("[1]"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
