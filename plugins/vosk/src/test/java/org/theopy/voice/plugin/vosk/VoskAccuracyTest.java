package org.theopy.voice.plugin.vosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.theopy.voice.core.metrics.WordErrorRate;
import org.theopy.voice.plugin.freetts.FreeTtsTextToSpeechProvider;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.SpeechToText;
import org.theopy.voice.spi.TextToSpeech;
import org.theopy.voice.spi.audio.Audio;

/**
 * Word error rates of the real engines on the twenty spoken commands: the recordings of both
 * synthesisers, and a round trip in which FreeTTS speaks each command and Vosk transcribes it.
 */
class VoskAccuracyTest {

  private static final Logger LOG = LoggerFactory.getLogger(VoskAccuracyTest.class);

  private static TextToSpeech freetts;

  @BeforeAll
  static void createVoice() {
    freetts = new FreeTtsTextToSpeechProvider().create(EngineConfig.empty());
  }

  @AfterAll
  static void closeVoice() {
    freetts.close();
  }

  @Test
  void shouldStayWithinTenPercentWordErrorRateWhenTranscribingTheFreeTtsRecordings() {
    WordErrorRate.Result result = corpusErrors("wav_freetts");

    assertThat(result.rate()).as("WER on wav_freetts: %s", result).isLessThanOrEqualTo(0.10);
  }

  @Test
  void shouldStayWithinTwentyEightPercentWordErrorRateWhenTranscribingTheEspeakRecordings() {
    WordErrorRate.Result result = corpusErrors("wav_espeak");

    assertThat(result.rate()).as("WER on wav_espeak: %s", result).isLessThanOrEqualTo(0.28);
  }

  @Test
  void shouldStayWithinTwelvePercentWordErrorRateWhenFreeTtsSpeaksEachCommand() {
    SpeechToText vosk = SharedVosk.engine();
    List<String> commands = SpeechData.commands();
    WordErrorRate.Result total = WordErrorRate.Result.EMPTY;

    for (String command : commands) {
      Audio speech = freetts.synthesize(command, "en").audio();
      String heard = vosk.transcribe(speech, "en").text();
      total = total.plus(WordErrorRate.compute(command, heard));
    }

    LOG.info("round trip FreeTTS -> Vosk: WER {}", total);
    assertThat(commands).hasSize(20);
    assertThat(total.rate()).as("round-trip WER: %s", total).isLessThanOrEqualTo(0.12);
  }

  private static WordErrorRate.Result corpusErrors(String set) {
    SpeechToText vosk = SharedVosk.engine();
    WordErrorRate.Result total = WordErrorRate.Result.EMPTY;
    for (Map.Entry<String, String> ref : SpeechData.references().entrySet()) {
      String heard = vosk.transcribe(SpeechData.recording(set, ref.getKey()), "en").text();
      total = total.plus(WordErrorRate.compute(ref.getValue(), heard));
    }
    LOG.info("{}: WER {}", set, total);
    assertThat(total.referenceWords()).isGreaterThan(100);
    return total;
  }
}
