package org.theopy.voice.plugin.example;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.theopy.voice.core.VoicePipeline;
import org.theopy.voice.spi.IntentResult;
import org.theopy.voice.spi.SynthesizedSpeech;
import org.theopy.voice.spi.Transcript;

/** The example's engines found by the core and chained into a pipeline, as the guide shows. */
class MorsePipelineTest {

  @Test
  void shouldUnderstandWhatItSaysWhenRunInThePipeline() {
    try (VoicePipeline pipeline =
        VoicePipeline.builder()
            .useSystemProperties(false)
            .textToSpeech("morse-tts")
            .speechToText("morse-stt")
            .intentClassifier("keywords")
            .engineSetting("morse-tts", "wpm", "25")
            .engineSetting("morse-stt", "wpm", "25")
            .engineSetting("keywords", "intents", "lights_on=lights on|turn on; timer=timer")
            .build()) {

      SynthesizedSpeech speech = pipeline.synthesize("Lights on", "en");
      Transcript heard = pipeline.transcribe(speech.audio(), "en");
      IntentResult understood = pipeline.classify(heard.text(), "en");

      assertThat(heard.text()).isEqualTo("lights on");
      assertThat(understood.intent()).contains("lights_on");
    }
  }
}
