package org.theopy.voice.core;

import java.util.List;
import java.util.Objects;
import org.theopy.voice.spi.EngineKind;

/**
 * Every engine of a chain failed, was rejected by its circuit breaker or was skipped, so the
 * pipeline could not serve a request. The message says what each engine did, for example {@code
 * speech-to-text failed on every engine: engine 'openai-stt': OPEN circuit; engine 'vosk': timed
 * out after 2000 ms}, and {@link #attempts()} gives the same information as values. The cause is
 * the last engine failure, when there was one.
 */
public class PipelineException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient EngineKind kind;
  private final transient List<EngineAttempt> attempts;

  /**
   * Creates an exception for a chain that failed.
   *
   * @param kind the kind of the chain
   * @param attempts what each engine did, in chain order
   * @param cause the last engine failure, or {@code null}
   */
  public PipelineException(EngineKind kind, List<EngineAttempt> attempts, Throwable cause) {
    super(describe(kind, attempts), cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.attempts = List.copyOf(attempts);
  }

  /**
   * Creates an exception for a failure outside any engine (the pipeline is closed, the caller was
   * interrupted).
   *
   * @param kind the kind of the request
   * @param message what happened and what to do
   * @param cause the underlying failure, or {@code null}
   */
  public PipelineException(EngineKind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.attempts = List.of();
  }

  /**
   * Returns the kind of request that failed.
   *
   * @return the kind
   */
  public EngineKind kind() {
    return kind;
  }

  /**
   * Returns what each engine of the chain did, in chain order.
   *
   * @return the attempts; empty when the chain has no engine at all
   */
  public List<EngineAttempt> attempts() {
    return attempts;
  }

  private static String describe(EngineKind kind, List<EngineAttempt> attempts) {
    String what = label(kind);
    if (attempts.isEmpty()) {
      return what
          + " has no usable engine: none is configured or every configured engine failed to load;"
          + " see the pipeline's diagnostics";
    }
    StringBuilder message = new StringBuilder(what).append(" failed on every engine: ");
    for (int i = 0; i < attempts.size(); i++) {
      if (i > 0) {
        message.append("; ");
      }
      message.append(attempts.get(i));
    }
    return message.toString();
  }

  /**
   * Returns the readable name of a kind, as used in messages.
   *
   * @param kind the kind
   * @return {@code speech-to-text}, {@code text-to-speech} or {@code intent classification}
   */
  public static String label(EngineKind kind) {
    switch (kind) {
      case SPEECH_TO_TEXT:
        return "speech-to-text";
      case TEXT_TO_SPEECH:
        return "text-to-speech";
      default:
        return "intent classification";
    }
  }

  /**
   * What one engine of a chain did with a request.
   *
   * @param engineId the engine
   * @param result how its part ended
   * @param detail the reason, such as {@code timed out after 2000 ms} or the engine's message
   */
  public record EngineAttempt(String engineId, AttemptResult result, String detail) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException when a component is {@code null}
     */
    public EngineAttempt {
      Objects.requireNonNull(engineId, "engineId");
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(detail, "detail");
    }

    /**
     * Returns {@code engine '<id>': <detail>}.
     *
     * @return the description used in the exception message
     */
    @Override
    public String toString() {
      return "engine '" + engineId + "': " + detail;
    }
  }

  /** How one engine's part of a failed request ended. */
  public enum AttemptResult {
    /** The engine answered; only seen in attempts that precede a later failure. */
    SUCCEEDED,
    /** The engine threw an error. */
    FAILED,
    /** The engine exceeded its time limit. */
    TIMED_OUT,
    /** The engine's circuit breaker was open. */
    OPEN_CIRCUIT,
    /** The engine was not called because it does not fit the request (language, capability). */
    SKIPPED
  }
}
