package org.theopy.voice.core.testengines;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineHealth;
import org.theopy.voice.spi.EngineUnavailableException;
import org.theopy.voice.spi.IntentCandidate;
import org.theopy.voice.spi.IntentClassifier;
import org.theopy.voice.spi.IntentResult;
import org.theopy.voice.spi.SpeechStream;
import org.theopy.voice.spi.SpeechToText;
import org.theopy.voice.spi.SynthesizedSpeech;
import org.theopy.voice.spi.TextToSpeech;
import org.theopy.voice.spi.Transcript;
import org.theopy.voice.spi.audio.Audio;
import org.theopy.voice.spi.audio.AudioFormat;

/**
 * A small engine of every kind whose behaviour follows a {@link Script}. Speech-to-text answers the
 * {@code text} setting; text-to-speech answers 10 ms of silence per character; intent
 * classification scores each {@code intent.<name>} setting (a comma-separated keyword list) by the
 * share of its keywords present in the utterance.
 */
public final class TestEngine implements SpeechToText, TextToSpeech, IntentClassifier {

  private final EngineDescriptor descriptor;
  private final Script script;
  private final String text;
  private final Map<String, String> config;
  private final AtomicBoolean closed = new AtomicBoolean();

  TestEngine(EngineDescriptor descriptor, EngineConfig config) {
    this.descriptor = descriptor;
    this.config = config.asMap();
    if (config.getBoolean("fail-create", false)) {
      throw new EngineUnavailableException(
          descriptor.id(), "scripted creation failure: model file not found", null);
    }
    String scriptName = config.get("script").orElse(null);
    Script named = Script.named(scriptName);
    this.script = named != null ? named : Script.create();
    this.text = config.asMap().getOrDefault("text", "hello from " + descriptor.id());
  }

  @Override
  public EngineDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public EngineHealth health() {
    return closed.get() ? EngineHealth.down("closed") : EngineHealth.up();
  }

  public boolean isClosed() {
    return closed.get();
  }

  @Override
  public void close() {
    closed.set(true);
    script.markClosed();
  }

  @Override
  public Transcript transcribe(Audio audio, String language) {
    script.recordFormat(audio.format());
    return script.run(descriptor.id(), () -> Transcript.of(text));
  }

  @Override
  public SpeechStream openStream(String language, int sampleRate) {
    if (!descriptor.has(org.theopy.voice.spi.Capability.STREAMING)) {
      return SpeechToText.super.openStream(language, sampleRate);
    }
    return new SpeechStream() {
      private int chunks;

      @Override
      public Transcript accept(Audio chunk) {
        script.recordFormat(chunk.format());
        chunks++;
        return script.run(descriptor.id(), () -> Transcript.of("partial " + chunks));
      }

      @Override
      public Transcript finish() {
        return script.run(descriptor.id(), () -> Transcript.of(text));
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public SynthesizedSpeech synthesize(String spoken, String language) {
    script.recordInput(spoken);
    int rate = descriptor.sampleRates().iterator().next();
    return script.run(
        descriptor.id(),
        () ->
            new SynthesizedSpeech(
                Audio.silence(10L * spoken.length(), AudioFormat.pcm16Mono(rate)), "test-voice"));
  }

  @Override
  public IntentResult classify(String utterance, String language) {
    script.recordInput(utterance);
    return script.run(descriptor.id(), () -> score(utterance));
  }

  private IntentResult score(String utterance) {
    String lower = utterance.toLowerCase(java.util.Locale.ROOT);
    List<IntentCandidate> candidates = new ArrayList<>();
    config.forEach(
        (key, keywords) -> {
          if (key.startsWith("intent.")) {
            String[] words = keywords.split(",");
            int hits = 0;
            for (String w : words) {
              if (lower.contains(w.trim())) {
                hits++;
              }
            }
            if (hits > 0) {
              candidates.add(
                  new IntentCandidate(
                      key.substring("intent.".length()), (double) hits / words.length));
            }
          }
        });
    if (candidates.isEmpty()) {
      return IntentResult.noIntent(List.of());
    }
    candidates.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
    return IntentResult.of(candidates.get(0), Map.of(), candidates);
  }
}
