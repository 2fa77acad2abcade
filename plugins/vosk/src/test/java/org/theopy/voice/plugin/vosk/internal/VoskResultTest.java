package org.theopy.voice.plugin.vosk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        "{\"result\":[{\"conf\":0.5,\"end\":1.5,\"start\":1.0,\"word\":\"mom\"}],"
            + "\"text\":\"mom\"}");
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
  void shouldReadEscapesAndNumbersInAnyNotation() {
    VoskResult.Builder builder = new VoskResult.Builder(0, 10_000);

    builder.add(
        "{\"result\":[{\"conf\":1,\"end\":2.5e0,\"start\":1E-1,\"word\":\"caf\\u00e9\"},"
            + "{\"conf\":null,\"end\":true,\"start\":\"x\",\"word\":\"\\\"x\\\"\"}],"
            + "\"text\":\"caf\\u00e9 \\\"x\\\"\"}");
    Transcript transcript = builder.build();

    assertThat(transcript.text()).isEqualTo("caf\u00e9 \"x\"");
    assertThat(transcript.words())
        .containsExactly(
            new Transcript.Word("caf\u00e9", 100, 2500, 1.0),
            new Transcript.Word("\"x\"", 0, 0, Double.NaN));
  }

  @Test
  void shouldRejectMalformedJsonWithItsPosition() {
    assertThatThrownBy(() -> VoskResult.partialText("{\"partial\" : \"unterminated"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("malformed Vosk result")
        .hasMessageContaining("column no=");
    assertThatThrownBy(() -> VoskResult.partialText("{\"partial\":\"a\"} trailing"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VoskResult.partialText(""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VoskResult.partialText("[1]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Vosk result is not a JSON object");
    assertThatThrownBy(() -> new VoskResult.Builder(0, 1000).add("{\"result\":[1]}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VoskResult.partialText("[".repeat(100) + "]".repeat(100)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("malformed Vosk result");
  }
}
