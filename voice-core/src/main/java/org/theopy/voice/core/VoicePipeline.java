package org.theopy.voice.core;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.theopy.voice.core.internal.DefaultVoicePipeline;
import org.theopy.voice.core.internal.PipelineSpec;
import org.theopy.voice.spi.Capability;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineKind;
import org.theopy.voice.spi.IntentCandidate;
import org.theopy.voice.spi.IntentResult;
import org.theopy.voice.spi.SpeechStream;
import org.theopy.voice.spi.SynthesizedSpeech;
import org.theopy.voice.spi.Transcript;
import org.theopy.voice.spi.audio.Audio;

/**
 * A voice assistant pipeline: audio to transcript, transcript to intent, intent to reply text,
 * reply text to speech. Each stage can also be used alone, synchronously or asynchronously.
 *
 * <p>Each stage runs a fallback chain of engines (an ordered list per kind). Every engine call runs
 * under a time limit, retries retryable errors with exponential back-off and jitter, and goes
 * through a circuit breaker; engines whose languages or capabilities do not fit a request are
 * skipped. When a whole chain fails, a {@link PipelineException} says what each engine did.
 *
 * <p>Build one pipeline per application with {@link #builder()} and share it: it is thread-safe,
 * its configuration is sealed once built, and it owns engines, threads and caches until {@link
 * #close()}.
 */
public interface VoicePipeline extends AutoCloseable {

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Transcribes a complete utterance with the speech-to-text chain. The audio is mixed to mono and
   * resampled to a rate each engine accepts.
   *
   * @param audio the utterance
   * @param language a BCP 47 tag, such as {@code en}
   * @return the transcript
   * @throws PipelineException when every engine failed or none fits
   * @throws IllegalArgumentException when the audio is empty or the language blank
   * @throws IllegalStateException when the pipeline is closed
   */
  Transcript transcribe(Audio audio, String language);

  /**
   * Transcribes on a pipeline thread.
   *
   * @param audio the utterance
   * @param language a BCP 47 tag
   * @return the transcript, or a stage completed exceptionally with the exceptions of {@link
   *     #transcribe}
   */
  CompletionStage<Transcript> transcribeAsync(Audio audio, String language);

  /**
   * Classifies an utterance with the intent chain, answering repeated utterances from the cache
   * (utterances are compared after lower-casing, removing punctuation and collapsing spaces).
   *
   * @param utterance the text
   * @param language a BCP 47 tag
   * @return the classifier's result, unfiltered (the clarification rule applies in turns)
   * @throws PipelineException when every engine failed or none fits
   * @throws IllegalArgumentException when the utterance or language is blank
   * @throws IllegalStateException when the pipeline is closed
   */
  IntentResult classify(String utterance, String language);

  /**
   * Classifies on a pipeline thread.
   *
   * @param utterance the text
   * @param language a BCP 47 tag
   * @return the result, or a stage completed exceptionally as {@link #classify} would throw
   */
  CompletionStage<IntentResult> classifyAsync(String utterance, String language);

  /**
   * Speaks a text with the text-to-speech chain, answering repeated texts from the cache (per
   * chain, language and text with spaces collapsed).
   *
   * @param text the text
   * @param language a BCP 47 tag
   * @return the speech
   * @throws PipelineException when every engine failed or none fits
   * @throws IllegalArgumentException when the text or language is blank
   * @throws IllegalStateException when the pipeline is closed
   */
  SynthesizedSpeech synthesize(String text, String language);

  /**
   * Speaks on a pipeline thread.
   *
   * @param text the text
   * @param language a BCP 47 tag
   * @return the speech, or a stage completed exceptionally as {@link #synthesize} would throw
   */
  CompletionStage<SynthesizedSpeech> synthesizeAsync(String text, String language);

  /**
   * Opens a streaming recognition for audio that arrives in chunks. The first engine of the chain
   * that fits the language and whose circuit is not open receives the chunks and returns partial
   * transcripts. The chunks are also kept (up to ten minutes of audio), so when that engine fails,
   * {@link SpeechStream#finish()} transcribes the whole utterance with the rest of the chain
   * instead.
   *
   * @param language a BCP 47 tag
   * @param sampleRate the sample rate of the 16-bit mono chunks that will be fed
   * @return a stream, used by one thread at a time
   * @throws PipelineException when no engine fits or every engine refused to open a stream
   * @throws IllegalStateException when the pipeline is closed
   */
  SpeechStream openStream(String language, int sampleRate);

  /**
   * Runs a full turn without a session: transcribe, classify, apply the clarification rule, run the
   * intent's handler, and speak the reply.
   *
   * @param audio what the user said
   * @param language a BCP 47 tag
   * @return the turn's result
   * @throws PipelineException when speech-to-text or intent classification failed on every engine
   *     (a text-to-speech failure is reported in {@link TurnResult#speechFailure()})
   * @throws IllegalStateException when the pipeline is closed
   */
  TurnResult handle(Audio audio, String language);

  /**
   * Runs a full turn in a session. The reply is queued in the session as a pending reply; deliver
   * it with {@link #takePendingReplies} (or {@link #resume} after a reconnection), which hand out
   * each reply exactly once.
   *
   * @param sessionId the session
   * @param audio what the user said
   * @param language a BCP 47 tag
   * @return the turn's result
   * @throws SessionNotFoundException when the session is unknown or expired
   * @throws PipelineException as for {@link #handle(Audio, String)}
   */
  TurnResult handle(String sessionId, Audio audio, String language);

  /**
   * Runs a full turn without a session on a pipeline thread.
   *
   * @param audio what the user said
   * @param language a BCP 47 tag
   * @return the result, or a stage completed exceptionally as {@link #handle(Audio, String)} would
   *     throw
   */
  default CompletionStage<TurnResult> handleAsync(Audio audio, String language) {
    return handleAsync(null, audio, language);
  }

  /**
   * Runs a full turn on a pipeline thread.
   *
   * @param sessionId the session, or {@code null} for a turn without a session
   * @param audio what the user said
   * @param language a BCP 47 tag
   * @return the result, or a stage completed exceptionally as {@link #handle} would throw
   */
  CompletionStage<TurnResult> handleAsync(String sessionId, Audio audio, String language);

  /**
   * Runs a turn from text (typed input, or a transcript obtained elsewhere): classify, clarify or
   * act, and speak the reply.
   *
   * @param sessionId the session, or {@code null} for a turn without a session
   * @param utterance what the user said, as text
   * @param language a BCP 47 tag
   * @return the turn's result
   * @throws SessionNotFoundException when a session id is given but unknown or expired
   * @throws PipelineException when intent classification failed on every engine
   * @throws IllegalStateException when the pipeline is closed
   */
  TurnResult handleText(String sessionId, String utterance, String language);

  /**
   * Runs a text turn on a pipeline thread.
   *
   * @param sessionId the session, or {@code null}
   * @param utterance what the user said, as text
   * @param language a BCP 47 tag
   * @return the result, or a stage completed exceptionally as {@link #handleText} would throw
   */
  CompletionStage<TurnResult> handleTextAsync(String sessionId, String utterance, String language);

  /**
   * Opens a new session with a random, unguessable id.
   *
   * @return the session
   */
  Session openSession();

  /**
   * Resumes a session after a client reconnects, handing over the replies it has not received. Each
   * pending reply is handed to exactly one call, even when several resume at once.
   *
   * @param sessionId the id the client kept
   * @return the session and the replies to deliver now, empty when the session is unknown or
   *     expired
   */
  Optional<ResumedSession> resume(String sessionId);

  /**
   * Takes the replies of a session that are not yet delivered. Each reply is returned by exactly
   * one call.
   *
   * @param sessionId the session
   * @return the replies, oldest first; empty when there is none
   * @throws SessionNotFoundException when the session is unknown or expired
   */
  List<Session.PendingReply> takePendingReplies(String sessionId);

  /**
   * Returns the registry the pipeline's engines came from.
   *
   * @return the registry
   */
  EngineRegistry registry();

  /**
   * Returns the engines of a chain that were created and are in use, in chain order.
   *
   * @param kind the kind
   * @return their descriptors
   */
  List<EngineDescriptor> chain(EngineKind kind);

  /**
   * Returns every problem found while discovering and creating the pipeline's engines: the
   * registry's diagnostics plus ids no provider declares, engines whose creation failed and unknown
   * settings.
   *
   * @return the diagnostics
   */
  List<EngineDiagnostic> diagnostics();

  /**
   * Returns the rolling indicators of every engine in the pipeline's chains.
   *
   * @return one entry per engine, in chain order (speech-to-text, intent, text-to-speech)
   */
  List<EngineIndicators> indicators();

  /**
   * Checks every engine (each health check is limited to one second) and reports it with the
   * circuit states, indicators and diagnostics.
   *
   * @return the report
   */
  HealthReport health();

  /**
   * Returns the counts of the synthesized speech cache.
   *
   * @return the statistics
   */
  CacheStatistics speechCacheStatistics();

  /**
   * Returns the counts of the intent result cache.
   *
   * @return the statistics
   */
  CacheStatistics intentCacheStatistics();

  /**
   * Runs labelled audio through one speech-to-text engine of the chain (with its time limit, but
   * without retries, fallback or circuit breaker, so the figures are the engine's own) and reports
   * the word error rate of each sample and of the whole set. Runs on the calling thread.
   *
   * @param engineId an engine of the speech-to-text chain
   * @param language the language spoken in the samples
   * @param samples the recordings with their reference texts
   * @return the report
   * @throws IllegalArgumentException when the engine is not in the speech-to-text chain
   */
  CanaryReport runCanary(String engineId, String language, List<LabelledAudio> samples);

  /**
   * Adds an event listener. Listeners are observers, not configuration, so they may be added to a
   * built pipeline.
   *
   * @param listener the listener
   */
  void addListener(VoiceEventListener listener);

  /**
   * Removes an event listener.
   *
   * @param listener the listener
   * @return {@code true} when it was registered
   */
  boolean removeListener(VoiceEventListener listener);

  /**
   * Returns how many events were dropped because the event queue was full.
   *
   * @return the number of dropped events
   */
  long droppedEvents();

  /**
   * Returns the pipeline's effective settings: the {@code theopy.*} properties after merging the
   * properties file, the builder and system properties. Values of settings that an engine declares
   * secret are replaced by {@code ****}.
   *
   * @return an unmodifiable, sorted map
   */
  Map<String, String> configuration();

  /**
   * Stops the pipeline's threads and closes every engine. Idempotent. Requests made afterwards fail
   * with {@link IllegalStateException}.
   */
  @Override
  void close();

  /**
   * Builds a {@link VoicePipeline}.
   *
   * <p>Settings come from three places, each overriding the one before: a properties file given to
   * {@link #properties(Properties)}, the builder's methods, and system properties (unless turned
   * off with {@link #useSystemProperties(boolean)}). The keys are: {@code theopy.stt.chain}, {@code
   * theopy.tts.chain}, {@code theopy.nlu.chain} (comma-separated engine ids; an empty value means
   * no engine of that kind; when absent, every discovered engine of the kind, by id); {@code
   * theopy.engine.<id>.<key>} (an engine's own settings); {@code theopy.resilience.*} and {@code
   * theopy.engine.<id>.resilience.*} (see {@link ResilienceSettings}); {@code
   * theopy.clarification.min-confidence} (default 0.5) and {@code theopy.clarification.min-margin}
   * (default 0.1); {@code theopy.cache.speech.max-bytes} (default 32 MiB) and {@code
   * theopy.cache.intent.max-entries} (default 10000; 0 turns a cache off); {@code
   * theopy.session.max-turns} (default 20) and {@code theopy.session.max-pending-replies} (default
   * 32); {@code theopy.indicators.window} (default 5m) and {@code theopy.indicators.max-calls}
   * (default 1024); {@code theopy.events.queue-capacity} (default 10000); {@code
   * theopy.threads.engine-max} (default 64) and {@code theopy.threads.async} (default 8); {@code
   * theopy.tts.speak-replies} (default true); {@code theopy.stt.require}, {@code
   * theopy.tts.require}, {@code theopy.nlu.require} (capabilities an engine must declare to be
   * used, such as {@code WORD_TIMINGS}).
   *
   * <p>Not thread-safe. A builder builds once: afterwards every method throws {@link
   * IllegalStateException}, because a built pipeline's configuration is sealed.
   */
  final class Builder {

    /** The prefix of every setting the core reads. */
    public static final String PREFIX = "theopy.";

    private final Map<String, String> explicit = new LinkedHashMap<>();
    private final Properties file = new Properties();
    private boolean useSystemProperties = true;
    private EngineRegistry registry;
    private SessionStore sessionStore;
    private final List<VoiceEventListener> listeners = new ArrayList<>();
    private final Map<String, IntentHandler> handlers = new LinkedHashMap<>();
    private IntentHandler unhandled;
    private Function<List<IntentCandidate>, String> clarificationPrompt;
    private String noSpeechReply;
    private boolean built;

    private Builder() {}

    /**
     * Sets the speech-to-text chain, first choice first.
     *
     * @param engineIds engine ids, such as {@code "openai-stt", "vosk"}; none for no engine of this
     *     kind
     * @return this builder
     */
    public Builder speechToText(String... engineIds) {
      return chain("stt", engineIds);
    }

    /**
     * Sets the text-to-speech chain, first choice first.
     *
     * @param engineIds engine ids; none for no engine of this kind
     * @return this builder
     */
    public Builder textToSpeech(String... engineIds) {
      return chain("tts", engineIds);
    }

    /**
     * Sets the intent classifier chain, first choice first.
     *
     * @param engineIds engine ids; none for no engine of this kind
     * @return this builder
     */
    public Builder intentClassifier(String... engineIds) {
      return chain("nlu", engineIds);
    }

    private Builder chain(String kind, String... engineIds) {
      open();
      for (String id : engineIds) {
        if (id == null || id.isBlank() || id.contains(",")) {
          throw new IllegalArgumentException("engine ids must be non-blank and without commas");
        }
      }
      explicit.put(PREFIX + kind + ".chain", String.join(",", engineIds));
      return this;
    }

    /**
     * Sets one of an engine's own settings (the provider reads it as {@code key}).
     *
     * @param engineId the engine
     * @param key the key without prefix, such as {@code model.path}
     * @param value the value
     * @return this builder
     */
    public Builder engineSetting(String engineId, String key, String value) {
      open();
      Objects.requireNonNull(engineId, "engineId");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      explicit.put(PREFIX + "engine." + engineId + "." + key, value);
      return this;
    }

    /**
     * Sets several of an engine's own settings.
     *
     * @param engineId the engine
     * @param settings keys without prefix and their values
     * @return this builder
     */
    public Builder engineConfig(String engineId, Map<String, String> settings) {
      settings.forEach((key, value) -> engineSetting(engineId, key, value));
      return this;
    }

    /**
     * Adds settings from a properties file; only {@code theopy.*} keys are read. Builder methods
     * and system properties override them.
     *
     * @param properties the properties
     * @return this builder
     */
    public Builder properties(Properties properties) {
      open();
      for (String name : properties.stringPropertyNames()) {
        if (name.startsWith(PREFIX)) {
          file.setProperty(name, properties.getProperty(name));
        }
      }
      return this;
    }

    /**
     * Adds settings from a properties file read as UTF-8, as {@link #properties(Properties)} does.
     *
     * @param path the file, for example {@code /etc/my-assistant/theopy.properties}
     * @return this builder
     * @throws IllegalArgumentException when the file does not exist or cannot be read as a
     *     properties file; the message names the file
     */
    public Builder properties(Path path) {
      Properties loaded = new Properties();
      try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        loaded.load(reader);
      } catch (NoSuchFileException e) {
        throw new IllegalArgumentException("settings file " + path + " does not exist", e);
      } catch (IOException | IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "settings file " + path + " cannot be read as UTF-8 properties: " + e.getMessage(), e);
      }
      return properties(loaded);
    }

    /**
     * Sets one {@code theopy.*} setting by its property name, as a properties file would.
     *
     * @param key the full key, starting with {@code theopy.}
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException when the key does not start with {@code theopy.}
     */
    public Builder setting(String key, String value) {
      open();
      if (key == null || !key.startsWith(PREFIX)) {
        throw new IllegalArgumentException("setting keys start with 'theopy.', got: " + key);
      }
      explicit.put(key, Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Chooses whether {@code theopy.*} system properties override the other settings (default
     * {@code true}).
     *
     * @param use {@code false} to ignore system properties
     * @return this builder
     */
    public Builder useSystemProperties(boolean use) {
      open();
      this.useSystemProperties = use;
      return this;
    }

    /**
     * Uses a registry instead of discovering engines with the context class loader.
     *
     * @param registry the registry
     * @return this builder
     */
    public Builder registry(EngineRegistry registry) {
      open();
      this.registry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * Sets the resilience settings of every engine.
     *
     * @param settings the settings
     * @return this builder
     */
    public Builder resilience(ResilienceSettings settings) {
      open();
      explicit.putAll(settings.toProperties(PREFIX + "resilience."));
      return this;
    }

    /**
     * Sets the resilience settings of one engine, overriding those of every engine.
     *
     * @param engineId the engine
     * @param settings the settings
     * @return this builder
     */
    public Builder resilience(String engineId, ResilienceSettings settings) {
      open();
      explicit.putAll(settings.toProperties(PREFIX + "engine." + engineId + ".resilience."));
      return this;
    }

    /**
     * Sets the clarification rule: a turn asks the user to clarify when the best intent's
     * confidence is below {@code minConfidence} or exceeds the second best by less than {@code
     * minMargin}.
     *
     * @param minConfidence 0 to 1 (default 0.5)
     * @param minMargin 0 to 1 (default 0.1)
     * @return this builder
     * @throws IllegalArgumentException when a value is outside 0..1
     */
    public Builder clarification(double minConfidence, double minMargin) {
      open();
      checkUnit("minConfidence", minConfidence);
      checkUnit("minMargin", minMargin);
      explicit.put(PREFIX + "clarification.min-confidence", Double.toString(minConfidence));
      explicit.put(PREFIX + "clarification.min-margin", Double.toString(minMargin));
      return this;
    }

    /**
     * Bounds the caches.
     *
     * @param speechMaxBytes the most bytes of synthesized audio kept (0 turns the cache off)
     * @param intentMaxEntries the most intent results kept (0 turns the cache off)
     * @return this builder
     * @throws IllegalArgumentException when a bound is negative
     */
    public Builder cacheSizes(long speechMaxBytes, long intentMaxEntries) {
      open();
      if (speechMaxBytes < 0 || intentMaxEntries < 0) {
        throw new IllegalArgumentException(
            "cache sizes must be >= 0 but were " + speechMaxBytes + " and " + intentMaxEntries);
      }
      explicit.put(PREFIX + "cache.speech.max-bytes", Long.toString(speechMaxBytes));
      explicit.put(PREFIX + "cache.intent.max-entries", Long.toString(intentMaxEntries));
      return this;
    }

    /**
     * Uses a session store (default: an {@link InMemorySessionStore} with its defaults).
     *
     * @param store the store
     * @return this builder
     */
    public Builder sessionStore(SessionStore store) {
      open();
      this.sessionStore = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Bounds what a session keeps.
     *
     * @param maxTurns recent turns kept per session (default 20)
     * @param maxPendingReplies undelivered replies kept per session; the oldest is dropped, with a
     *     warning, beyond it (default 32)
     * @return this builder
     * @throws IllegalArgumentException when a bound is below 1
     */
    public Builder sessionLimits(int maxTurns, int maxPendingReplies) {
      open();
      if (maxTurns < 1 || maxPendingReplies < 1) {
        throw new IllegalArgumentException(
            "session limits must be >= 1 but were " + maxTurns + " and " + maxPendingReplies);
      }
      explicit.put(PREFIX + "session.max-turns", Integer.toString(maxTurns));
      explicit.put(PREFIX + "session.max-pending-replies", Integer.toString(maxPendingReplies));
      return this;
    }

    /**
     * Sets the sliding window of the engine indicators.
     *
     * @param window how far back calls count (default 5 minutes)
     * @param maxCalls the most recent calls kept per engine (default 1024)
     * @return this builder
     */
    public Builder indicatorWindow(Duration window, int maxCalls) {
      open();
      explicit.put(PREFIX + "indicators.window", window.toMillis() + "ms");
      explicit.put(PREFIX + "indicators.max-calls", Integer.toString(maxCalls));
      return this;
    }

    /**
     * Requires capabilities of the engines of one kind; engines that lack one are skipped.
     *
     * @param kind the kind
     * @param capabilities the capabilities
     * @return this builder
     */
    public Builder requireCapabilities(EngineKind kind, Capability... capabilities) {
      open();
      Set<Capability> set = EnumSet.noneOf(Capability.class);
      set.addAll(List.of(capabilities));
      List<String> names = new ArrayList<>();
      set.forEach(c -> names.add(c.name()));
      explicit.put(PREFIX + kindKey(kind) + ".require", String.join(",", names));
      return this;
    }

    /**
     * Chooses whether turns speak their replies (default {@code true}).
     *
     * @param speak {@code false} to return reply text only
     * @return this builder
     */
    public Builder speakReplies(boolean speak) {
      open();
      explicit.put(PREFIX + "tts.speak-replies", Boolean.toString(speak));
      return this;
    }

    /**
     * Adds an event listener.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(VoiceEventListener listener) {
      open();
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Registers the handler of an intent.
     *
     * @param intent the intent name, such as {@code set_timer}
     * @param handler the handler
     * @return this builder
     */
    public Builder onIntent(String intent, IntentHandler handler) {
      open();
      handlers.put(Objects.requireNonNull(intent, "intent"), Objects.requireNonNull(handler));
      return this;
    }

    /**
     * Registers the handler of understood intents that have no handler of their own (default: a
     * reply saying the assistant cannot do that yet).
     *
     * @param handler the handler
     * @return this builder
     */
    public Builder onUnhandledIntent(IntentHandler handler) {
      open();
      this.unhandled = Objects.requireNonNull(handler, "handler");
      return this;
    }

    /**
     * Sets how a clarification question is worded from the ranked candidates (default: "Sorry, did
     * you mean A or B?", or a request to rephrase when there is no candidate).
     *
     * @param prompt makes the question; called on the turn's thread
     * @return this builder
     */
    public Builder clarificationPrompt(Function<List<IntentCandidate>, String> prompt) {
      open();
      this.clarificationPrompt = Objects.requireNonNull(prompt, "prompt");
      return this;
    }

    /**
     * Sets the reply when nothing was recognised in the audio (default "Sorry, I did not catch
     * that.").
     *
     * @param reply the reply text
     * @return this builder
     */
    public Builder noSpeechReply(String reply) {
      open();
      this.noSpeechReply = Objects.requireNonNull(reply, "reply");
      return this;
    }

    /**
     * Builds the pipeline: discovers engines (unless a registry was given), creates the engines of
     * each chain, and seals the configuration. An engine that cannot be created is left out and
     * reported in {@link VoicePipeline#diagnostics()}; building does not fail because of it.
     *
     * @return the pipeline
     * @throws IllegalStateException when this builder already built a pipeline
     * @throws org.theopy.voice.spi.EngineConfigurationException when a {@code theopy.*} setting
     *     cannot be read; the message names it
     */
    public VoicePipeline build() {
      open();
      built = true;
      Map<String, String> merged = new LinkedHashMap<>();
      for (String name : file.stringPropertyNames()) {
        merged.put(name, file.getProperty(name));
      }
      merged.putAll(explicit);
      if (useSystemProperties) {
        Properties system = System.getProperties();
        for (String name : system.stringPropertyNames()) {
          if (name.startsWith(PREFIX)) {
            merged.put(name, system.getProperty(name));
          }
        }
      }
      EngineRegistry chosen = registry != null ? registry : EngineRegistry.discover();
      SessionStore store = sessionStore != null ? sessionStore : new InMemorySessionStore();
      return DefaultVoicePipeline.create(
          new PipelineSpec(
              merged,
              chosen,
              store,
              listeners,
              handlers,
              unhandled,
              clarificationPrompt,
              noSpeechReply));
    }

    private void open() {
      if (built) {
        throw new IllegalStateException(
            "this builder already built a pipeline and its configuration is sealed; start a new"
                + " one with VoicePipeline.builder()");
      }
    }

    private static void checkUnit(String name, double value) {
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalArgumentException(name + " must be between 0 and 1 but was " + value);
      }
    }

    /**
     * Returns the short name of a kind used in setting keys.
     *
     * @param kind the kind
     * @return {@code stt}, {@code tts} or {@code nlu}
     */
    public static String kindKey(EngineKind kind) {
      Map<EngineKind, String> keys = new EnumMap<>(EngineKind.class);
      keys.put(EngineKind.SPEECH_TO_TEXT, "stt");
      keys.put(EngineKind.TEXT_TO_SPEECH, "tts");
      keys.put(EngineKind.INTENT_CLASSIFICATION, "nlu");
      return keys.get(kind).toLowerCase(Locale.ROOT);
    }
  }
}
