package org.theopy.voice.spi;

import org.theopy.voice.spi.audio.Audio;

/**
 * A speech-to-text engine.
 *
 * <p>The core converts audio to 16-bit mono PCM at one of the descriptor's {@link
 * EngineDescriptor#sampleRates() sample rates} before calling {@link #transcribe}; an engine may
 * still receive other formats when used directly and then converts or rejects them with {@link
 * InvalidInputException}.
 */
public interface SpeechToText extends Engine {

  /**
   * Transcribes a complete utterance. Called from the core's worker threads, possibly from several
   * at once; the core may abandon the call when its time limit passes, so a long recognition should
   * check {@link Thread#isInterrupted()} between chunks.
   *
   * @param audio the utterance; never {@code null}
   * @param language the BCP 47 tag of the spoken language, one the descriptor declares
   * @return the transcript; an empty text when nothing was recognised (silence)
   * @throws InvalidInputException when the audio is empty, too long or in a format the engine
   *     cannot take
   * @throws UnsupportedLanguageException when the language is not handled
   * @throws EngineUnavailableException when the engine cannot serve now (retryable)
   * @throws EngineTimeoutException when the engine's own time limit passed (retryable)
   */
  Transcript transcribe(Audio audio, String language);

  /**
   * Opens a stream for audio that arrives in chunks (a microphone, a network socket), returning
   * partial results as it goes. Engines with the {@link Capability#STREAMING} capability override
   * this; the default buffers the chunks and transcribes them once at {@link
   * SpeechStream#finish()}, returning empty partial results until then.
   *
   * @param language the BCP 47 tag of the spoken language
   * @param sampleRate the sample rate (Hz) of the 16-bit mono chunks that will be fed
   * @return a new stream, used by one thread at a time
   * @throws UnsupportedLanguageException when the language is not handled
   * @throws InvalidInputException when the sample rate cannot be taken
   */
  default SpeechStream openStream(String language, int sampleRate) {
    return new BufferingSpeechStream(this, language, sampleRate);
  }
}
