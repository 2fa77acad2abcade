package org.theopy.voice.testkit;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.theopy.voice.spi.ConfigKey;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineHealth;
import org.theopy.voice.spi.EngineKind;
import org.theopy.voice.spi.EngineUnavailableException;
import org.theopy.voice.spi.InvalidInputException;
import org.theopy.voice.spi.SynthesizedSpeech;
import org.theopy.voice.spi.TextToSpeech;
import org.theopy.voice.spi.TextToSpeechProvider;
import org.theopy.voice.spi.UnsupportedLanguageException;
import org.theopy.voice.spi.audio.Audio;
import org.theopy.voice.spi.audio.AudioFormat;

/**
 * A voice that beeps 20 ms per character and works about 0.2 ms per character, used to test the kit
 * itself. Well behaved by default; the {@code fault} setting makes it break one rule of the
 * contract, so that the kit's tests can show the kit notices and says so.
 */
public final class ToneVoiceProvider implements TextToSpeechProvider {

  /** The rules the voice can be told to break. */
  enum Fault {
    NONE,
    ACCEPTS_BLANK,
    WRONG_EXCEPTION,
    RETRYABLE_BAD_INPUT,
    IGNORES_INTERRUPT,
    CLEARS_INTERRUPT,
    CLOSE_TWICE_THROWS,
    USABLE_AFTER_CLOSE,
    REVEALS_SECRET,
    NOT_THREAD_SAFE,
    OLD_SPI
  }

  private static final ConfigKey FAULT = ConfigKey.of("fault", "The rule to break.", "none");
  private static final ConfigKey KEY = ConfigKey.secret("api.key", "A pretend credential.");

  /** Creates the provider. */
  public ToneVoiceProvider() {}

  @Override
  public EngineDescriptor descriptor() {
    return descriptor(Fault.NONE);
  }

  static EngineDescriptor descriptor(Fault fault) {
    return EngineDescriptor.builder("tone", EngineKind.TEXT_TO_SPEECH)
        .vendor("Theopy tests")
        .version("1.0")
        .languages("en")
        .sampleRates(16_000)
        .spiVersion(fault == Fault.OLD_SPI ? "2.0" : org.theopy.voice.spi.SpiVersion.CURRENT)
        .build();
  }

  @Override
  public List<ConfigKey> configurationKeys() {
    return List.of(FAULT, KEY);
  }

  @Override
  public TextToSpeech create(EngineConfig config) {
    Fault fault = Fault.valueOf(config.getString("fault", "none").toUpperCase(Locale.ROOT));
    return new ToneVoice(fault, config.getString("api.key", ""));
  }

  /** The voice. */
  static final class ToneVoice implements TextToSpeech {
    private final Fault fault;
    private final String secret;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final StringBuilder pending = new StringBuilder();

    ToneVoice(Fault fault, String secret) {
      this.fault = fault;
      this.secret = secret;
    }

    @Override
    public EngineDescriptor descriptor() {
      return ToneVoiceProvider.descriptor(fault);
    }

    @Override
    public SynthesizedSpeech synthesize(String text, String language) {
      if (closed.get() && fault != Fault.USABLE_AFTER_CLOSE) {
        throw new EngineUnavailableException("tone", "closed", null);
      }
      if (!descriptor().supportsLanguage(language)) {
        throw new UnsupportedLanguageException("tone", language, descriptor().languages());
      }
      boolean blank =
          text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
      if (text.isEmpty() || (blank && fault != Fault.ACCEPTS_BLANK)) {
        switch (fault) {
          case WRONG_EXCEPTION -> throw new IllegalArgumentException("text is empty");
          case RETRYABLE_BAD_INPUT -> throw new EngineUnavailableException("tone", "empty", null);
          case REVEALS_SECRET ->
              throw new InvalidInputException("tone", "empty; key " + secret, null);
          default -> throw new InvalidInputException("tone", "text is empty", null);
        }
      }
      if (text.length() > 5000) {
        throw new InvalidInputException("tone", "text is too long", null);
      }
      int samplesPerChar = 320;
      int characters = text.length();
      if (fault == Fault.NOT_THREAD_SAFE) {
        // Like a library that keeps its input in a field: concurrent calls see each other's text.
        pending.append(text);
        work(0);
        characters = Math.max(1, pending.length());
        pending.setLength(0);
      }
      short[] out = new short[characters * samplesPerChar];
      for (int c = 0; c < characters; c++) {
        if (!work(c)) {
          throw new EngineUnavailableException("tone", "interrupted", null);
        }
        for (int i = 0; i < samplesPerChar; i++) {
          out[c * samplesPerChar + i] = (short) (9000 * Math.sin(i * 0.17));
        }
      }
      return new SynthesizedSpeech(Audio.of(out, AudioFormat.SPEECH_16K), "tone");
    }

    /** Pretends five characters cost a millisecond; false when the call should give up. */
    private boolean work(int character) {
      if (fault == Fault.IGNORES_INTERRUPT) {
        long until = System.nanoTime() + 400_000;
        while (System.nanoTime() < until) {
          Thread.onSpinWait();
        }
        return true;
      }
      if (character % 5 != 0) {
        return !Thread.currentThread().isInterrupted();
      }
      try {
        Thread.sleep(1);
        return true;
      } catch (InterruptedException e) {
        if (fault != Fault.CLEARS_INTERRUPT) {
          Thread.currentThread().interrupt();
        }
        return false;
      }
    }

    @Override
    public EngineHealth health() {
      return closed.get() ? EngineHealth.down("closed") : EngineHealth.up();
    }

    @Override
    public void close() {
      if (!closed.compareAndSet(false, true) && fault == Fault.CLOSE_TWICE_THROWS) {
        throw new IllegalStateException("already closed");
      }
    }

    @Override
    public String toString() {
      return fault == Fault.REVEALS_SECRET ? "ToneVoice[" + secret + "]" : "ToneVoice";
    }
  }
}
