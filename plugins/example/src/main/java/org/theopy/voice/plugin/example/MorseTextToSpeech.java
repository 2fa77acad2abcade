package org.theopy.voice.plugin.example;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.theopy.voice.plugin.example.internal.MorseCode;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineHealth;
import org.theopy.voice.spi.EngineUnavailableException;
import org.theopy.voice.spi.InvalidInputException;
import org.theopy.voice.spi.SynthesizedSpeech;
import org.theopy.voice.spi.TextToSpeech;
import org.theopy.voice.spi.UnsupportedLanguageException;
import org.theopy.voice.spi.audio.Audio;
import org.theopy.voice.spi.audio.AudioFormat;

/**
 * Speaks text as Morse code: a sine tone keyed on and off. Characters Morse code has no sign for
 * (emoji, accents, control characters) are left out; text with nothing left to send is refused.
 *
 * <p>Thread-safe: the tone shapes are computed once and every call builds its own buffer.
 */
public final class MorseTextToSpeech implements TextToSpeech {

  private static final Logger LOG = LoggerFactory.getLogger(MorseTextToSpeech.class);

  private final AudioFormat format;
  private final int maxCharacters;
  private final int unitSamples;
  private final short[] dot;
  private final short[] dash;
  private final String voice;
  private final AtomicBoolean closed = new AtomicBoolean();

  MorseTextToSpeech(int wordsPerMinute, int toneHz, int sampleRate, int maxCharacters) {
    this.format = AudioFormat.pcm16Mono(sampleRate);
    this.maxCharacters = maxCharacters;
    this.unitSamples = (int) Math.round(MorseCode.unitMillis(wordsPerMinute) * sampleRate / 1000);
    this.dot = tone(unitSamples, toneHz, sampleRate);
    this.dash = tone(3 * unitSamples, toneHz, sampleRate);
    this.voice = "morse-" + toneHz + "hz-" + wordsPerMinute + "wpm";
    LOG.info("{}: ready, {} at {} Hz", descriptor().id(), voice, sampleRate);
  }

  @Override
  public EngineDescriptor descriptor() {
    return MorseTextToSpeechProvider.DESCRIPTOR;
  }

  @Override
  public SynthesizedSpeech synthesize(String text, String language) {
    String id = descriptor().id();
    if (closed.get()) {
      throw new EngineUnavailableException(id, "engine is closed; create a new one", null);
    }
    if (!descriptor().supportsLanguage(language)) {
      throw new UnsupportedLanguageException(id, language, descriptor().languages());
    }
    if (text.isBlank()) {
      throw new InvalidInputException(id, "text is empty; give at least one letter or digit", null);
    }
    if (text.length() > maxCharacters) {
      throw new InvalidInputException(
          id,
          "text has " + text.length() + " characters, more than the limit of " + maxCharacters,
          null);
    }

    String keying = keying(id, text);
    int length = 0;
    for (int i = 0; i < keying.length(); i++) {
      length += unitsOf(keying.charAt(i)) * unitSamples;
    }
    short[] out = new short[length + 3 * unitSamples];
    int at = 0;
    for (int i = 0; i < keying.length(); i++) {
      if (i % 64 == 0 && Thread.currentThread().isInterrupted()) {
        throw new EngineUnavailableException(
            id, "interrupted after " + i + " of " + keying.length() + " signs", null);
      }
      char k = keying.charAt(i);
      if (k == '.' || k == '-') {
        short[] element = k == '.' ? dot : dash;
        System.arraycopy(element, 0, out, at, element.length);
      }
      at += unitsOf(k) * unitSamples;
    }

    LOG.debug("{}: sent {} signs", id, keying.length());
    Audio audio = Audio.of(out, format);
    return new SynthesizedSpeech(audio, voice);
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
    return "MorseTextToSpeech[" + voice + ", " + format + (closed.get() ? ", closed]" : "]");
  }

  /**
   * Turns text into keying: '.' and '-' for tones, 'g' for the one-unit gap inside a character, 'c'
   * for the three-unit gap between characters and 'w' for the seven-unit gap between words.
   */
  private static String keying(String id, String text) {
    StringBuilder keying = new StringBuilder(text.length() * 8);
    boolean wordGap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        wordGap = keying.length() > 0;
        continue;
      }
      String code = MorseCode.encode(c);
      if (code == null) {
        continue;
      }
      if (keying.length() > 0) {
        keying.append(wordGap ? 'w' : 'c');
      }
      wordGap = false;
      for (int s = 0; s < code.length(); s++) {
        if (s > 0) {
          keying.append('g');
        }
        keying.append(code.charAt(s));
      }
    }
    if (keying.length() == 0) {
      throw new InvalidInputException(
          id, "text has no letter, digit or punctuation mark that Morse code can send", null);
    }
    return keying.toString();
  }

  private static int unitsOf(char keying) {
    return switch (keying) {
      case '-', 'c' -> 3;
      case 'w' -> 7;
      default -> 1;
    };
  }

  /** A sine burst with 5 ms raised-cosine edges, so that keying does not click. */
  private static short[] tone(int samples, int hz, int rate) {
    short[] tone = new short[samples];
    int ramp = Math.min(samples / 2, rate / 200);
    for (int i = 0; i < samples; i++) {
      double gain = 1.0;
      if (i < ramp) {
        gain = 0.5 - 0.5 * Math.cos(Math.PI * i / ramp);
      } else if (i >= samples - ramp) {
        gain = 0.5 - 0.5 * Math.cos(Math.PI * (samples - 1 - i) / ramp);
      }
      tone[i] = (short) Math.round(16_000 * gain * Math.sin(2 * Math.PI * hz * i / rate));
    }
    return tone;
  }
}
