package org.theopy.voice.testkit;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.theopy.voice.spi.ConfigKey;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineHealth;
import org.theopy.voice.spi.EngineKind;
import org.theopy.voice.spi.EngineUnavailableException;
import org.theopy.voice.spi.InvalidInputException;
import org.theopy.voice.spi.SpeechToText;
import org.theopy.voice.spi.SpeechToTextProvider;
import org.theopy.voice.spi.Transcript;
import org.theopy.voice.spi.UnsupportedLanguageException;
import org.theopy.voice.spi.audio.Audio;
import org.theopy.voice.spi.audio.AudioFormat;

/**
 * A recogniser that "hears" the word {@code sound} in each second that is loud, used to test the
 * kit itself. The {@code fault} setting makes it break one rule of the speech-to-text contract.
 */
public final class LoudnessRecognizerProvider implements SpeechToTextProvider {

  /** The rules the recogniser can be told to break. */
  enum Fault {
    NONE,
    HEARS_SILENCE,
    CRASHES_ON_STEREO,
    ACCEPTS_ANY_LENGTH,
    /** Every second call hears one word more, as a recogniser swayed by its last call might. */
    VARIES_BY_A_WORD,
    /** Every second call hears other words, as callers disturbing each other would cause. */
    GARBLES
  }

  /** Creates the provider. */
  public LoudnessRecognizerProvider() {}

  @Override
  public EngineDescriptor descriptor() {
    return EngineDescriptor.builder("loudness", EngineKind.SPEECH_TO_TEXT)
        .vendor("Theopy tests")
        .version("1.0")
        .languages("en")
        .sampleRates(16_000)
        .build();
  }

  @Override
  public List<ConfigKey> configurationKeys() {
    return List.of(ConfigKey.of("fault", "The rule to break.", "none"));
  }

  @Override
  public SpeechToText create(EngineConfig config) {
    Fault fault = Fault.valueOf(config.getString("fault", "none").toUpperCase(Locale.ROOT));
    AtomicBoolean closed = new AtomicBoolean();
    AtomicInteger calls = new AtomicInteger();
    EngineDescriptor descriptor = descriptor();
    return new SpeechToText() {
      @Override
      public EngineDescriptor descriptor() {
        return descriptor;
      }

      @Override
      public Transcript transcribe(Audio audio, String language) {
        if (closed.get()) {
          throw new EngineUnavailableException("loudness", "closed", null);
        }
        if (!descriptor.supportsLanguage(language)) {
          throw new UnsupportedLanguageException("loudness", language, descriptor.languages());
        }
        if (audio.isEmpty()) {
          throw new InvalidInputException("loudness", "audio is empty", null);
        }
        if (audio.durationMillis() > 300_000 && fault != Fault.ACCEPTS_ANY_LENGTH) {
          throw new InvalidInputException("loudness", "audio is longer than five minutes", null);
        }
        if (!audio.format().isMono() && fault == Fault.CRASHES_ON_STEREO) {
          short[] mono = new short[audio.frameCount()];
          System.arraycopy(audio.samples(), 0, mono, 0, audio.sampleCount());
        }
        Audio mono = audio.convertTo(AudioFormat.SPEECH_16K);
        StringBuilder text = new StringBuilder(fault == Fault.HEARS_SILENCE ? "thank you" : "");
        for (int from = 0; from < mono.frameCount(); from += 16_000) {
          if (Thread.currentThread().isInterrupted()) {
            throw new EngineUnavailableException("loudness", "interrupted", null);
          }
          Audio second = mono.slice(from, Math.min(mono.frameCount(), from + 16_000));
          if (second.peak() > 1000) {
            text.append(text.length() == 0 ? "" : " ").append("sound");
          }
        }
        boolean odd = calls.getAndIncrement() % 2 == 1;
        if (odd && fault == Fault.VARIES_BY_A_WORD) {
          text.append(" sound");
        } else if (odd && fault == Fault.GARBLES) {
          text.setLength(0);
          text.append("noise noise noise");
        }
        return Transcript.of(text.toString());
      }

      @Override
      public EngineHealth health() {
        return closed.get() ? EngineHealth.down("closed") : EngineHealth.up();
      }

      @Override
      public void close() {
        closed.set(true);
      }
    };
  }
}
