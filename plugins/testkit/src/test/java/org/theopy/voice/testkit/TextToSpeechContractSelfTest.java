package org.theopy.voice.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.TextToSpeechProvider;

/**
 * Runs the kit's text-to-speech contract against a voice that breaks one rule at a time, and checks
 * that the kit fails exactly the check for that rule with a message a vendor can act on.
 */
class TextToSpeechContractSelfTest {

  /** The contract, configured with the fault to inject. */
  abstract static class ToneContract extends TextToSpeechContract {
    abstract String fault();

    @Override
    protected TextToSpeechProvider provider() {
      return new ToneVoiceProvider();
    }

    @Override
    protected EngineConfig config() {
      return EngineConfig.of(Map.of("fault", fault(), "api.key", "sk-kit-self-test-secret"));
    }
  }

  static class WellBehaved extends ToneContract {
    @Override
    String fault() {
      return "none";
    }
  }

  static class AcceptsBlank extends ToneContract {
    @Override
    String fault() {
      return "accepts_blank";
    }
  }

  static class WrongException extends ToneContract {
    @Override
    String fault() {
      return "wrong_exception";
    }
  }

  static class RetryableBadInput extends ToneContract {
    @Override
    String fault() {
      return "retryable_bad_input";
    }
  }

  static class IgnoresInterrupt extends ToneContract {
    @Override
    String fault() {
      return "ignores_interrupt";
    }
  }

  static class ClearsInterrupt extends ToneContract {
    @Override
    String fault() {
      return "clears_interrupt";
    }
  }

  static class CloseTwiceThrows extends ToneContract {
    @Override
    String fault() {
      return "close_twice_throws";
    }
  }

  static class UsableAfterClose extends ToneContract {
    @Override
    String fault() {
      return "usable_after_close";
    }
  }

  static class RevealsSecret extends ToneContract {
    @Override
    String fault() {
      return "reveals_secret";
    }
  }

  static class NotThreadSafe extends ToneContract {
    @Override
    String fault() {
      return "not_thread_safe";
    }
  }

  private static Events run(Class<?> contract) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(contract))
        .execute()
        .testEvents();
  }

  private static Events run(Class<?> contract, String method) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectMethod(contract, method))
        .execute()
        .testEvents();
  }

  private static String failureMessage(Events events) {
    List<Event> failed = events.failed().list();
    assertThat(failed).as("failed checks").hasSize(1);
    return failed
        .get(0)
        .getPayload(org.junit.platform.engine.TestExecutionResult.class)
        .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
        .map(Throwable::getMessage)
        .orElse("");
  }

  @Test
  void shouldPassWellBehavedVoiceExceptModulePathWhenItHasNoModuleInfo() {
    Events events = run(WellBehaved.class);

    assertThat(events.failed().list())
        .extracting(e -> e.getTestDescriptor().getDisplayName())
        .containsExactly("shouldBeFoundByServiceLoaderOnModulePath()");
    assertThat(events.succeeded().count()).isGreaterThanOrEqualTo(14);
  }

  @Test
  void shouldNameMissingModuleInfoWhenPluginIsNotAModule() {
    String message =
        failureMessage(run(WellBehaved.class, "shouldBeFoundByServiceLoaderOnModulePath"));

    assertThat(message).contains("has no module-info.class").contains("provides");
  }

  @Test
  void shouldFailBlankTextCheckWhenVoiceSpeaksBlankText() {
    String message = failureMessage(run(AcceptsBlank.class, "shouldRefuseBlankText"));

    assertThat(message)
        .contains("engine 'tone' should refuse text of white space only with InvalidInputException")
        .contains("returned normally");
  }

  @Test
  void shouldNameTheWrongExceptionWhenVoiceThrowsIllegalArgument() {
    String message = failureMessage(run(WrongException.class, "shouldRefuseEmptyText"));

    assertThat(message).contains("but threw java.lang.IllegalArgumentException: text is empty");
  }

  @Test
  void shouldExplainRetriesWhenBadInputIsRetryable() {
    String message = failureMessage(run(RetryableBadInput.class, "shouldRefuseEmptyText"));

    assertThat(message)
        .contains("EngineUnavailableException")
        .contains("would send the same request again");
  }

  @Test
  void shouldFailTimingCheckWhenVoiceIgnoresInterrupts() {
    String message =
        failureMessage(run(IgnoresInterrupt.class, "shouldReturnPromptlyWhenInterrupted"));

    assertThat(message)
        .contains("kept working for more than 500 ms after the calling thread was interrupted");
  }

  @Test
  void shouldFailTimingCheckWhenVoiceClearsInterruptFlag() {
    String message =
        failureMessage(run(ClearsInterrupt.class, "shouldReturnPromptlyWhenInterrupted"));

    assertThat(message).contains("cleared the thread's interrupt flag");
  }

  @Test
  void shouldFailLifecycleCheckWhenSecondCloseThrows() {
    String message =
        failureMessage(run(CloseTwiceThrows.class, "shouldFailWithEngineUnavailableAfterClose"));

    assertThat(message).contains("close() must be idempotent");
  }

  @Test
  void shouldFailLifecycleCheckWhenVoiceWorksAfterClose() {
    String message =
        failureMessage(run(UsableAfterClose.class, "shouldFailWithEngineUnavailableAfterClose"));

    assertThat(message)
        .contains("should refuse a call after close() with EngineUnavailableException");
  }

  @Test
  void shouldFailSecretCheckWhenVoiceRevealsItsKey() {
    String message = failureMessage(run(RevealsSecret.class, "shouldNotRevealSecrets"));

    assertThat(message)
        .contains("toString() reveals the value of secret setting 'api.key'")
        .doesNotContain("sk-kit-self-test-secret");
  }

  @Test
  void shouldFailConcurrencyCheckWhenVoiceSharesABuffer() {
    Events events = run(NotThreadSafe.class, "shouldServeConcurrentCallers");

    assertThat(events.failed().count()).isEqualTo(1);
  }
}
