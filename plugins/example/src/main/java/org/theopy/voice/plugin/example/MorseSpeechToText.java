package org.theopy.voice.plugin.example;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.theopy.voice.plugin.example.internal.MorseCode;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineHealth;
import org.theopy.voice.spi.EngineUnavailableException;
import org.theopy.voice.spi.InvalidInputException;
import org.theopy.voice.spi.SpeechToText;
import org.theopy.voice.spi.Transcript;
import org.theopy.voice.spi.UnsupportedLanguageException;
import org.theopy.voice.spi.audio.Audio;

/**
 * Decodes Morse code sent as a tone: it follows the signal's loudness in 5 ms frames, splits it
 * into tones and gaps, and reads their lengths in units of the configured speed.
 *
 * <p>This decoder expects a clean signal at about the configured speed, like the one {@link
 * MorseTextToSpeech} produces; it does not track a drifting hand-keyed speed or filter noise. Codes
 * it does not know are left out of the transcript. Stateless apart from its settings, so safe for
 * concurrent use.
 */
public final class MorseSpeechToText implements SpeechToText {

  private static final Logger LOG = LoggerFactory.getLogger(MorseSpeechToText.class);

  /** Frames quieter than this mean level (about -40 dBFS) everywhere are taken as silence. */
  private static final double SILENCE_LEVEL = 300;

  private static final int FRAME_MILLIS = 5;

  private final double unitFrames;
  private final Duration maxDuration;
  private final AtomicBoolean closed = new AtomicBoolean();

  MorseSpeechToText(int wordsPerMinute, Duration maxDuration) {
    this.unitFrames = MorseCode.unitMillis(wordsPerMinute) / FRAME_MILLIS;
    this.maxDuration = maxDuration;
    LOG.info("{}: ready for {} words per minute", descriptor().id(), wordsPerMinute);
  }

  @Override
  public EngineDescriptor descriptor() {
    return MorseSpeechToTextProvider.DESCRIPTOR;
  }

  @Override
  public Transcript transcribe(Audio audio, String language) {
    String id = descriptor().id();
    if (closed.get()) {
      throw new EngineUnavailableException(id, "engine is closed; create a new one", null);
    }
    if (!descriptor().supportsLanguage(language)) {
      throw new UnsupportedLanguageException(id, language, descriptor().languages());
    }
    if (audio.isEmpty()) {
      throw new InvalidInputException(id, "audio is empty; send at least one tone", null);
    }
    if (audio.durationMillis() > maxDuration.toMillis()) {
      throw new InvalidInputException(
          id,
          "audio lasts "
              + audio.durationMillis()
              + " ms, more than the limit of "
              + maxDuration.toMillis()
              + " ms; split it",
          null);
    }

    double[] levels = levels(id, audio.toMono());
    double peak = 0;
    for (double level : levels) {
      peak = Math.max(peak, level);
    }
    if (peak < SILENCE_LEVEL) {
      return Transcript.empty();
    }
    Transcript transcript = decode(levels, peak / 3);

    LOG.debug("{}: decoded {} words", id, transcript.words().size());
    return transcript;
  }

  /** Mean absolute level of each 5 ms frame. */
  private static double[] levels(String id, Audio mono) {
    short[] samples = mono.samples();
    int frame = Math.max(1, mono.format().sampleRate() * FRAME_MILLIS / 1000);
    double[] levels = new double[(samples.length + frame - 1) / frame];
    for (int f = 0; f < levels.length; f++) {
      if (f % 2000 == 0 && Thread.currentThread().isInterrupted()) {
        throw new EngineUnavailableException(
            id, "interrupted after " + f * FRAME_MILLIS + " ms of audio", null);
      }
      int from = f * frame;
      int to = Math.min(samples.length, from + frame);
      long sum = 0;
      for (int i = from; i < to; i++) {
        sum += Math.abs(samples[i]);
      }
      levels[f] = (double) sum / (to - from);
    }
    return levels;
  }

  private Transcript decode(double[] levels, double threshold) {
    List<Transcript.Word> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    StringBuilder code = new StringBuilder();
    long wordStart = -1;
    long wordEnd = 0;
    int f = 0;
    while (f < levels.length) {
      boolean on = levels[f] >= threshold;
      int runStart = f;
      while (f < levels.length && (levels[f] >= threshold) == on) {
        f++;
      }
      double units = (f - runStart) / unitFrames;
      if (on) {
        code.append(units < 2 ? '.' : '-');
        if (wordStart < 0) {
          wordStart = (long) runStart * FRAME_MILLIS;
        }
        wordEnd = (long) f * FRAME_MILLIS;
      } else if (units >= 2 || f == levels.length) {
        appendCharacter(word, code);
        if (units >= 5 || f == levels.length) {
          addWord(words, word, wordStart, wordEnd);
          wordStart = -1;
        }
      }
    }
    appendCharacter(word, code);
    addWord(words, word, wordStart, wordEnd);

    StringBuilder text = new StringBuilder();
    for (Transcript.Word w : words) {
      text.append(text.length() == 0 ? "" : " ").append(w.word());
    }
    return new Transcript(text.toString(), Double.NaN, words, List.of());
  }

  private static void appendCharacter(StringBuilder word, StringBuilder code) {
    if (code.length() > 0) {
      Character c = MorseCode.decode(code.toString());
      if (c != null) {
        word.append(c);
      }
      code.setLength(0);
    }
  }

  private static void addWord(
      List<Transcript.Word> words, StringBuilder word, long start, long end) {
    if (word.length() > 0 && start >= 0) {
      words.add(new Transcript.Word(word.toString(), start, end, Double.NaN));
    }
    word.setLength(0);
  }

  @Override
  public EngineHealth health() {
    return closed.get() ? EngineHealth.down("engine is closed") : EngineHealth.up();
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      LOG.info("{}: closed", descriptor().id());
    }
  }

  @Override
  public String toString() {
    return "MorseSpeechToText[unit "
        + unitFrames * FRAME_MILLIS
        + " ms"
        + (closed.get() ? ", closed]" : "]");
  }
}
