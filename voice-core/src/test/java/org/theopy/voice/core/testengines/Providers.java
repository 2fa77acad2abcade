package org.theopy.voice.core.testengines;

import java.util.List;
import org.theopy.voice.spi.Capability;
import org.theopy.voice.spi.ConfigKey;
import org.theopy.voice.spi.Connectivity;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineKind;
import org.theopy.voice.spi.IntentClassifier;
import org.theopy.voice.spi.IntentClassifierProvider;
import org.theopy.voice.spi.SpeechToText;
import org.theopy.voice.spi.SpeechToTextProvider;
import org.theopy.voice.spi.TextToSpeech;
import org.theopy.voice.spi.TextToSpeechProvider;

/**
 * The test providers, registered in {@code src/test/resources/META-INF/services} so that the core
 * finds them through the real ServiceLoader mechanism.
 */
public final class Providers {

  private Providers() {}

  static final List<ConfigKey> KEYS =
      List.of(
          ConfigKey.of("script", "name of the Script to follow", null),
          ConfigKey.of("text", "the transcript to answer", null),
          ConfigKey.of("fail-create", "true to fail in create", "false"),
          ConfigKey.secret("api-key", "a secret, to test masking"));

  abstract static class Stt implements SpeechToTextProvider {
    private final EngineDescriptor descriptor;

    Stt(EngineDescriptor descriptor) {
      this.descriptor = descriptor;
    }

    @Override
    public EngineDescriptor descriptor() {
      return descriptor;
    }

    @Override
    public List<ConfigKey> configurationKeys() {
      return KEYS;
    }

    @Override
    public SpeechToText create(EngineConfig config) {
      return new TestEngine(descriptor, config);
    }
  }

  /** A network engine for English and German at 16 kHz, with streaming. */
  public static final class PrimaryStt extends Stt {
    public PrimaryStt() {
      super(
          EngineDescriptor.builder("primary-stt", EngineKind.SPEECH_TO_TEXT)
              .languages("en", "de")
              .sampleRates(16000)
              .connectivity(Connectivity.NETWORK)
              .capabilities(Capability.STREAMING)
              .build());
    }
  }

  /** An offline English engine at 8 kHz with word timings. */
  public static final class BackupStt extends Stt {
    public BackupStt() {
      super(
          EngineDescriptor.builder("backup-stt", EngineKind.SPEECH_TO_TEXT)
              .languages("en")
              .sampleRates(8000)
              .capabilities(Capability.WORD_TIMINGS)
              .build());
    }
  }

  /** A second provider declaring the id backup-stt. */
  public static final class DuplicateBackupStt extends Stt {
    public DuplicateBackupStt() {
      super(
          EngineDescriptor.builder("backup-stt", EngineKind.SPEECH_TO_TEXT)
              .languages("en")
              .sampleRates(16000)
              .build());
    }
  }

  /** A French-only engine. */
  public static final class FrenchStt extends Stt {
    public FrenchStt() {
      super(
          EngineDescriptor.builder("french-stt", EngineKind.SPEECH_TO_TEXT)
              .languages("fr")
              .sampleRates(16000)
              .build());
    }
  }

  /** An engine built against an SPI version this core cannot run. */
  public static final class OldSpiStt extends Stt {
    public OldSpiStt() {
      super(
          EngineDescriptor.builder("old-stt", EngineKind.SPEECH_TO_TEXT)
              .languages("en")
              .spiVersion("0.9")
              .build());
    }
  }

  /** A provider whose constructor fails. */
  public static final class BrokenConstructorStt extends Stt {
    public BrokenConstructorStt() {
      super(brokenConstructor());
    }

    private static EngineDescriptor brokenConstructor() {
      throw new IllegalStateException("licence file missing");
    }
  }

  /** A provider whose native library is missing. */
  public static final class MissingNativeStt extends Stt {
    public MissingNativeStt() {
      super(missingNative());
    }

    private static EngineDescriptor missingNative() {
      throw new UnsatisfiedLinkError("no fakevoice in java.library.path");
    }
  }

  abstract static class Tts implements TextToSpeechProvider {
    private final EngineDescriptor descriptor;

    Tts(EngineDescriptor descriptor) {
      this.descriptor = descriptor;
    }

    @Override
    public EngineDescriptor descriptor() {
      return descriptor;
    }

    @Override
    public List<ConfigKey> configurationKeys() {
      return KEYS;
    }

    @Override
    public TextToSpeech create(EngineConfig config) {
      return new TestEngine(descriptor, config);
    }
  }

  /** A text-to-speech engine at 16 kHz. */
  public static final class PrimaryTts extends Tts {
    public PrimaryTts() {
      super(
          EngineDescriptor.builder("primary-tts", EngineKind.TEXT_TO_SPEECH)
              .languages("en")
              .sampleRates(16000)
              .connectivity(Connectivity.NETWORK)
              .build());
    }
  }

  /** A text-to-speech engine at 22.05 kHz for any language. */
  public static final class BackupTts extends Tts {
    public BackupTts() {
      super(
          EngineDescriptor.builder("backup-tts", EngineKind.TEXT_TO_SPEECH)
              .languages(EngineDescriptor.ANY_LANGUAGE)
              .sampleRates(22050)
              .build());
    }
  }

  abstract static class Nlu implements IntentClassifierProvider {
    private final EngineDescriptor descriptor;

    Nlu(EngineDescriptor descriptor) {
      this.descriptor = descriptor;
    }

    @Override
    public EngineDescriptor descriptor() {
      return descriptor;
    }

    @Override
    public IntentClassifier create(EngineConfig config) {
      return new TestEngine(descriptor, config);
    }
  }

  /** A keyword intent classifier for English (settings {@code intent.<name>=kw1,kw2}). */
  public static final class KeywordNlu extends Nlu {
    public KeywordNlu() {
      super(
          EngineDescriptor.builder("keyword-nlu", EngineKind.INTENT_CLASSIFICATION)
              .languages("en")
              .capabilities(Capability.CONFIDENCE, Capability.ALTERNATIVES)
              .build());
    }
  }

  /** A second keyword classifier. */
  public static final class BackupNlu extends Nlu {
    public BackupNlu() {
      super(
          EngineDescriptor.builder("backup-nlu", EngineKind.INTENT_CLASSIFICATION)
              .languages("en")
              .build());
    }
  }
}
