package org.theopy.voice.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.SpeechToTextProvider;
import org.theopy.voice.spi.audio.Audio;
import org.theopy.voice.spi.audio.AudioFormat;

/** Runs the kit's speech-to-text checks against a recogniser that breaks one rule at a time. */
class SpeechToTextContractSelfTest {

  /** The contract, configured with the fault to inject. */
  abstract static class LoudnessContract extends SpeechToTextContract {
    abstract String fault();

    @Override
    protected SpeechToTextProvider provider() {
      return new LoudnessRecognizerProvider();
    }

    @Override
    protected EngineConfig config() {
      return EngineConfig.of(Map.of("fault", fault()));
    }

    @Override
    protected Sample sample() {
      short[] samples = new short[32_000];
      for (int i = 0; i < samples.length; i++) {
        samples[i] = (short) (5000 * Math.sin(i * 0.2));
      }
      return new Sample(Audio.of(samples, AudioFormat.SPEECH_16K), "en", "sound sound");
    }
  }

  static class WellBehaved extends LoudnessContract {
    @Override
    String fault() {
      return "none";
    }
  }

  static class HearsSilence extends LoudnessContract {
    @Override
    String fault() {
      return "hears_silence";
    }
  }

  static class CrashesOnStereo extends LoudnessContract {
    @Override
    String fault() {
      return "crashes_on_stereo";
    }
  }

  static class AcceptsAnyLength extends LoudnessContract {
    @Override
    String fault() {
      return "accepts_any_length";
    }
  }

  static class VariesByAWord extends LoudnessContract {
    @Override
    String fault() {
      return "varies_by_a_word";
    }
  }

  static class VariesByAWordWhichIsTolerated extends LoudnessContract {
    @Override
    String fault() {
      return "varies_by_a_word";
    }

    @Override
    protected int toleratedWordEdits() {
      return 1;
    }
  }

  static class GarblesDespiteTolerance extends LoudnessContract {
    @Override
    String fault() {
      return "garbles";
    }

    @Override
    protected int toleratedWordEdits() {
      return 1;
    }
  }

  private static Events run(Class<?> contract, String... methods) {
    var request = EngineTestKit.engine("junit-jupiter");
    if (methods.length == 0) {
      return request.selectors(selectClass(contract)).execute().testEvents();
    }
    return request.selectors(selectMethod(contract, methods[0])).execute().testEvents();
  }

  private static String failureMessage(Events events) {
    List<Event> failed = events.failed().list();
    assertThat(failed).as("failed checks").hasSize(1);
    return failed
        .get(0)
        .getPayload(TestExecutionResult.class)
        .flatMap(TestExecutionResult::getThrowable)
        .map(Throwable::getMessage)
        .orElse("");
  }

  @Test
  void shouldPassWellBehavedRecognizerExceptModulePathWhenItHasNoModuleInfo() {
    Events events = run(WellBehaved.class);

    assertThat(events.failed().list())
        .extracting(e -> e.getTestDescriptor().getDisplayName())
        .containsExactly("shouldBeFoundByServiceLoaderOnModulePath()");
    assertThat(events.succeeded().count()).isGreaterThanOrEqualTo(16);
  }

  @Test
  void shouldFailSilenceCheckWhenRecognizerHearsWordsInSilence() {
    String message = failureMessage(run(HearsSilence.class, "shouldHearNothingInSilence"));

    assertThat(message).contains("engine 'loudness' heard words in two seconds of silence");
  }

  @Test
  void shouldFailFormatCheckWhenRecognizerCrashesOnStereo() {
    String message =
        failureMessage(run(CrashesOnStereo.class, "shouldConvertOrRefuseAudioInAnotherFormat"));

    assertThat(message)
        .contains("stereo audio at 44.1 kHz (or serve it) with InvalidInputException")
        .contains("ArrayIndexOutOfBoundsException");
  }

  @Test
  void shouldFailLengthCheckWhenRecognizerTakesAnyLength() {
    String message = failureMessage(run(AcceptsAnyLength.class, "shouldRefuseOversizedAudio"));

    assertThat(message).contains("should refuse audio of 301000 ms").contains("returned normally");
  }

  @Test
  void shouldFailConcurrencyCheckWhenTranscriptVariesByAWordAndNoneIsTolerated() {
    String message = failureMessage(run(VariesByAWord.class, "shouldServeConcurrentCallers"));

    assertThat(message)
        .contains("'sound sound' alone but 'sound sound sound' concurrently")
        .contains("(1 word edits, 0 tolerated)");
  }

  @Test
  void shouldPassConcurrencyCheckWhenTranscriptVariesWithinTheToleratedWordEdits() {
    Events events = run(VariesByAWordWhichIsTolerated.class, "shouldServeConcurrentCallers");

    assertThat(events.failed().count()).isZero();
    assertThat(events.succeeded().count()).isEqualTo(1);
  }

  @Test
  void shouldFailConcurrencyCheckWhenCallersGarbleMoreThanTheToleratedWordEdits() {
    String message =
        failureMessage(run(GarblesDespiteTolerance.class, "shouldServeConcurrentCallers"));

    assertThat(message)
        .contains("'sound sound' alone but 'noise noise noise' concurrently")
        .contains("(3 word edits, 1 tolerated)");
  }
}
