package org.theopy.voice.spi;

import org.theopy.voice.spi.audio.Audio;

/**
 * One streaming recognition: chunks of audio in, partial transcripts out, a final transcript at the
 * end. A stream is used by one thread at a time and is closed after {@link #finish()} or when the
 * caller gives up.
 */
public interface SpeechStream extends AutoCloseable {

  /**
   * Feeds the next chunk of audio.
   *
   * @param chunk 16-bit mono PCM at the rate the stream was opened with
   * @return the transcript of what was heard so far (a partial result); its text may be empty
   * @throws InvalidInputException when the chunk's format differs from the stream's
   * @throws IllegalStateException when the stream is finished or closed
   */
  Transcript accept(Audio chunk);

  /**
   * Ends the utterance and returns the final transcript. The stream cannot be fed afterwards.
   *
   * @return the final transcript
   * @throws IllegalStateException when the stream is already finished or closed
   */
  Transcript finish();

  /** Releases the stream's resources. Idempotent. */
  @Override
  void close();
}
