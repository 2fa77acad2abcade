package org.theopy.voice.core.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.theopy.voice.core.CacheStatistics;
import org.theopy.voice.core.CallOutcome;
import org.theopy.voice.core.CanaryReport;
import org.theopy.voice.core.CircuitState;
import org.theopy.voice.core.ClarificationEvent;
import org.theopy.voice.core.ClarificationReason;
import org.theopy.voice.core.EngineCallEvent;
import org.theopy.voice.core.EngineDiagnostic;
import org.theopy.voice.core.EngineIndicators;
import org.theopy.voice.core.EngineRegistry;
import org.theopy.voice.core.HealthReport;
import org.theopy.voice.core.IntentHandler;
import org.theopy.voice.core.LabelledAudio;
import org.theopy.voice.core.PipelineException;
import org.theopy.voice.core.ResilienceSettings;
import org.theopy.voice.core.ResumedSession;
import org.theopy.voice.core.Session;
import org.theopy.voice.core.SessionNotFoundException;
import org.theopy.voice.core.SessionStore;
import org.theopy.voice.core.TurnContext;
import org.theopy.voice.core.TurnOutcome;
import org.theopy.voice.core.TurnResult;
import org.theopy.voice.core.VoiceEventListener;
import org.theopy.voice.core.VoicePipeline;
import org.theopy.voice.core.metrics.WordErrorRate;
import org.theopy.voice.spi.Capability;
import org.theopy.voice.spi.ConfigKey;
import org.theopy.voice.spi.Engine;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineHealth;
import org.theopy.voice.spi.EngineKind;
import org.theopy.voice.spi.EngineProvider;
import org.theopy.voice.spi.HealthStatus;
import org.theopy.voice.spi.IntentCandidate;
import org.theopy.voice.spi.IntentClassifier;
import org.theopy.voice.spi.IntentResult;
import org.theopy.voice.spi.SpeechStream;
import org.theopy.voice.spi.SpeechToText;
import org.theopy.voice.spi.SynthesizedSpeech;
import org.theopy.voice.spi.TextToSpeech;
import org.theopy.voice.spi.Transcript;
import org.theopy.voice.spi.audio.Audio;

/** The {@link VoicePipeline} built by {@link VoicePipeline.Builder}. Thread-safe. */
public final class DefaultVoicePipeline implements VoicePipeline {

  private static final Logger LOG = LoggerFactory.getLogger(DefaultVoicePipeline.class);
  private static final String P = VoicePipeline.Builder.PREFIX;
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final String DEFAULT_NO_SPEECH = "Sorry, I did not catch that.";
  private static final String DEFAULT_UNHANDLED = "Sorry, I cannot help with that yet.";

  private final Map<String, String> settings;
  private final Set<String> secretKeys;
  private final EngineRegistry registry;
  private final List<EngineDiagnostic> diagnostics;
  private final EngineChain<SpeechToText> stt;
  private final EngineChain<IntentClassifier> nlu;
  private final EngineChain<TextToSpeech> tts;
  private final ThreadPoolExecutor workers;
  private final ThreadPoolExecutor async;
  private final EventDispatcher events;
  private final Cache<String, Cached<SynthesizedSpeech>> speechCache;
  private final Cache<String, Cached<IntentResult>> intentCache;
  private final SessionStore sessions;
  private final int maxTurns;
  private final int maxPendingReplies;
  private final double minConfidence;
  private final double minMargin;
  private final boolean speakReplies;
  private final Map<String, IntentHandler> handlers;
  private final IntentHandler unhandled;
  private final Function<List<IntentCandidate>, String> clarificationPrompt;
  private final String noSpeechReply;
  private final AtomicBoolean closed = new AtomicBoolean();

  private record Cached<T>(T value, String engineId) {}

  private DefaultVoicePipeline(PipelineSpec spec) {
    this.settings = spec.settings();
    this.registry = spec.registry();
    EngineConfig config = EngineConfig.of(settings);
    this.minConfidence = config.getDouble(P + "clarification.min-confidence", 0.5, 0, 1);
    this.minMargin = config.getDouble(P + "clarification.min-margin", 0.1, 0, 1);
    long speechBytes = parseLong(config, P + "cache.speech.max-bytes", 32L * 1024 * 1024);
    long intentEntries = parseLong(config, P + "cache.intent.max-entries", 10_000);
    this.maxTurns = config.getInt(P + "session.max-turns", 20, 1, 10_000);
    this.maxPendingReplies = config.getInt(P + "session.max-pending-replies", 32, 1, 10_000);
    Duration window = config.getDuration(P + "indicators.window", Duration.ofMinutes(5));
    int windowCalls = config.getInt(P + "indicators.max-calls", 1024, 1, 1_000_000);
    int queue = config.getInt(P + "events.queue-capacity", 10_000, 1, 10_000_000);
    int engineThreads = config.getInt(P + "threads.engine-max", 64, 1, 10_000);
    int asyncThreads = config.getInt(P + "threads.async", 8, 1, 10_000);
    this.speakReplies = config.getBoolean(P + "tts.speak-replies", true);
    ResilienceSettings global =
        ResilienceSettings.fromProperties(
            settings, P + "resilience.", ResilienceSettings.defaults());

    this.workers =
        new ThreadPoolExecutor(
            0,
            engineThreads,
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            daemon("theopy-engine-"));
    this.async =
        new ThreadPoolExecutor(
            asyncThreads,
            asyncThreads,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(10_000),
            daemon("theopy-pipeline-"));
    this.async.allowCoreThreadTimeOut(true);
    this.events = new EventDispatcher(queue, spec.listeners());

    List<EngineDiagnostic> problems = new ArrayList<>(registry.diagnostics());
    Set<String> secrets = new HashSet<>();
    this.stt =
        chain(
            EngineKind.SPEECH_TO_TEXT,
            SpeechToText.class,
            global,
            window,
            windowCalls,
            problems,
            secrets);
    this.nlu =
        chain(
            EngineKind.INTENT_CLASSIFICATION,
            IntentClassifier.class,
            global,
            window,
            windowCalls,
            problems,
            secrets);
    this.tts =
        chain(
            EngineKind.TEXT_TO_SPEECH,
            TextToSpeech.class,
            global,
            window,
            windowCalls,
            problems,
            secrets);
    this.diagnostics = List.copyOf(problems);
    this.secretKeys = Set.copyOf(secrets);

    this.speechCache =
        speechBytes == 0
            ? null
            : Caffeine.newBuilder()
                // Maintenance (eviction) runs on the calling thread rather than the common pool,
                // so that the library starts no work on threads it does not own.
                .executor(Runnable::run)
                .maximumWeight(speechBytes)
                .<String, Cached<SynthesizedSpeech>>weigher(
                    (key, value) -> key.length() * 2 + value.value().audio().sampleCount() * 2)
                .recordStats()
                .build();
    this.intentCache =
        intentEntries == 0
            ? null
            : Caffeine.newBuilder()
                .executor(Runnable::run)
                .maximumSize(intentEntries)
                .recordStats()
                .build();
    this.sessions = spec.sessionStore();
    this.handlers = spec.handlers();
    this.unhandled = spec.unhandled();
    this.clarificationPrompt =
        spec.clarificationPrompt() != null
            ? spec.clarificationPrompt()
            : DefaultVoicePipeline::defaultClarification;
    this.noSpeechReply = spec.noSpeechReply() != null ? spec.noSpeechReply() : DEFAULT_NO_SPEECH;
    LOG.info(
        "pipeline: ready with speech-to-text {}, intent {}, text-to-speech {} ({} diagnostic(s))",
        ids(stt),
        ids(nlu),
        ids(tts),
        diagnostics.size());
  }

  /**
   * Builds a pipeline from a builder's collected settings.
   *
   * @param spec the settings
   * @return the pipeline
   */
  public static VoicePipeline create(PipelineSpec spec) {
    return new DefaultVoicePipeline(spec);
  }

  // ---- construction ---------------------------------------------------------------------------

  private <E extends Engine> EngineChain<E> chain(
      EngineKind kind,
      Class<E> type,
      ResilienceSettings global,
      Duration window,
      int windowCalls,
      List<EngineDiagnostic> problems,
      Set<String> secrets) {
    String key = VoicePipeline.Builder.kindKey(kind);
    String configured = settings.get(P + key + ".chain");
    List<String> ids = new ArrayList<>();
    if (configured != null) {
      // A chain given as an empty list means "no engine of this kind".
      for (String id : configured.split(",")) {
        if (!id.isBlank()) {
          ids.add(id.trim());
        }
      }
    } else {
      ids.addAll(registry.ids(kind));
      Collections.sort(ids);
    }
    Set<Capability> required = EnumSet.noneOf(Capability.class);
    String require = settings.get(P + key + ".require");
    if (require != null && !require.isBlank()) {
      for (String name : require.split(",")) {
        try {
          required.add(Capability.valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new org.theopy.voice.spi.EngineConfigurationException(
              null,
              "setting '"
                  + P
                  + key
                  + ".require' names unknown capability '"
                  + name.trim()
                  + "'; known: "
                  + List.of(Capability.values()),
              e);
        }
      }
    }
    List<ResilientEngine<E>> engines = new ArrayList<>();
    for (String id : ids) {
      Optional<EngineProvider<?>> provider = registry.provider(kind, id);
      if (provider.isEmpty()) {
        problems.add(registry.noCandidate(kind, id));
        LOG.warn("{}: {}", id, registry.noCandidate(kind, id).message());
        continue;
      }
      E engine = create(kind, type, id, provider.get(), problems, secrets);
      if (engine == null) {
        continue;
      }
      ResilienceSettings own =
          ResilienceSettings.fromProperties(settings, P + "engine." + id + ".resilience.", global);
      engines.add(
          new ResilientEngine<>(
              engine,
              provider.get().descriptor(),
              own,
              workers,
              events,
              new IndicatorWindow(window, windowCalls)));
    }
    return new EngineChain<>(kind, engines, required, events);
  }

  private <E extends Engine> E create(
      EngineKind kind,
      Class<E> type,
      String id,
      EngineProvider<?> provider,
      List<EngineDiagnostic> problems,
      Set<String> secrets) {
    String prefix = P + "engine." + id + ".";
    Map<String, String> own = new LinkedHashMap<>();
    settings.forEach(
        (k, v) -> {
          if (k.startsWith(prefix) && !k.startsWith(prefix + "resilience.")) {
            own.put(k.substring(prefix.length()), v);
          }
        });
    Set<String> declared = new HashSet<>();
    for (ConfigKey ck : provider.configurationKeys()) {
      declared.add(ck.name());
      if (ck.secret()) {
        secrets.add(prefix + ck.name());
      }
    }
    if (!declared.isEmpty()) {
      for (String k : own.keySet()) {
        if (!declared.contains(k)) {
          problems.add(
              new EngineDiagnostic(
                  EngineDiagnostic.Problem.UNKNOWN_SETTING,
                  kind,
                  id,
                  provider.getClass().getName(),
                  "setting '"
                      + prefix
                      + k
                      + "' is not one the engine reads (it reads "
                      + new java.util.TreeSet<>(declared)
                      + "); check its spelling",
                  null));
        }
      }
    }
    long start = System.nanoTime();
    try {
      Engine created = provider.create(EngineConfig.of(own).forEngine(id));
      if (!type.isInstance(created)) {
        throw new IllegalStateException(
            "provider returned "
                + (created == null ? "null" : created.getClass().getName())
                + " instead of a "
                + type.getSimpleName());
      }
      LOG.info(
          "{}: {} engine created in {} ms",
          id,
          PipelineException.label(kind),
          (System.nanoTime() - start) / 1_000_000);
      return type.cast(created);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      EngineDiagnostic d =
          new EngineDiagnostic(
              e instanceof LinkageError
                  ? EngineDiagnostic.Problem.MISSING_LIBRARY
                  : EngineDiagnostic.Problem.CREATION_FAILED,
              kind,
              id,
              provider.getClass().getName(),
              "engine '"
                  + id
                  + "' could not be created, so it is left out of the "
                  + PipelineException.label(kind)
                  + " chain: "
                  + ProviderScanner.messageChain(e),
              e);
      problems.add(d);
      LOG.warn("{}: {}", id, d.message(), e);
      return null;
    }
  }

  // ---- stages ---------------------------------------------------------------------------------

  @Override
  public Transcript transcribe(Audio audio, String language) {
    ensureOpen(EngineKind.SPEECH_TO_TEXT);
    requireAudio(audio);
    String lang = requireLanguage(language);
    double seconds = audio.durationSeconds();
    return stt.execute(
            lang,
            e -> e.transcribe(PipelineSpeechStream.convert(audio, e), lang),
            r -> seconds,
            null)
        .value();
  }

  @Override
  public CompletionStage<Transcript> transcribeAsync(Audio audio, String language) {
    return submit(EngineKind.SPEECH_TO_TEXT, () -> transcribe(audio, language));
  }

  @Override
  public IntentResult classify(String utterance, String language) {
    ensureOpen(EngineKind.INTENT_CLASSIFICATION);
    String text = requireText("utterance", utterance);
    String lang = requireLanguage(language);
    String key = null;
    if (intentCache != null) {
      key =
          nlu.signature + '\u0000' + lang.toLowerCase(Locale.ROOT) + '\u0000' + utteranceKey(text);
      Cached<IntentResult> hit = intentCache.getIfPresent(key);
      if (hit != null) {
        publishCacheHit(hit.engineId(), EngineKind.INTENT_CLASSIFICATION);
        return hit.value();
      }
    }
    EngineChain.Served<IntentResult> served =
        nlu.execute(lang, e -> e.classify(text, lang), null, null);
    if (key != null) {
      intentCache.put(key, new Cached<>(served.value(), served.engineId()));
    }
    return served.value();
  }

  @Override
  public CompletionStage<IntentResult> classifyAsync(String utterance, String language) {
    return submit(EngineKind.INTENT_CLASSIFICATION, () -> classify(utterance, language));
  }

  @Override
  public SynthesizedSpeech synthesize(String text, String language) {
    ensureOpen(EngineKind.TEXT_TO_SPEECH);
    String spoken = SPACES.matcher(requireText("text", text).trim()).replaceAll(" ");
    String lang = requireLanguage(language);
    String key = null;
    if (speechCache != null) {
      key = tts.signature + '\u0000' + lang.toLowerCase(Locale.ROOT) + '\u0000' + spoken;
      Cached<SynthesizedSpeech> hit = speechCache.getIfPresent(key);
      if (hit != null) {
        publishCacheHit(hit.engineId(), EngineKind.TEXT_TO_SPEECH);
        return hit.value();
      }
    }
    // Two requests that miss the cache at the same moment both call the engine; the cache does
    // not coalesce them.
    EngineChain.Served<SynthesizedSpeech> served =
        tts.execute(lang, e -> e.synthesize(spoken, lang), r -> r.audio().durationSeconds(), null);
    if (key != null) {
      speechCache.put(key, new Cached<>(served.value(), served.engineId()));
    }
    return served.value();
  }

  @Override
  public CompletionStage<SynthesizedSpeech> synthesizeAsync(String text, String language) {
    return submit(EngineKind.TEXT_TO_SPEECH, () -> synthesize(text, language));
  }

  @Override
  public SpeechStream openStream(String language, int sampleRate) {
    ensureOpen(EngineKind.SPEECH_TO_TEXT);
    String lang = requireLanguage(language);
    if (sampleRate < 4000 || sampleRate > 192_000) {
      throw new IllegalArgumentException(
          "sample rate must be between 4000 and 192000 Hz but was " + sampleRate);
    }
    return new PipelineSpeechStream(stt, events, lang, sampleRate);
  }

  // ---- turns ----------------------------------------------------------------------------------

  @Override
  public TurnResult handle(Audio audio, String language) {
    return handle(null, audio, language);
  }

  @Override
  public TurnResult handle(String sessionId, Audio audio, String language) {
    Session session = sessionId == null ? null : findSession(sessionId);
    Transcript transcript = transcribe(audio, language);
    return completeTurn(session, transcript, requireLanguage(language));
  }

  @Override
  public CompletionStage<TurnResult> handleAsync(String sessionId, Audio audio, String language) {
    return submit(EngineKind.SPEECH_TO_TEXT, () -> handle(sessionId, audio, language));
  }

  @Override
  public TurnResult handleText(String sessionId, String utterance, String language) {
    ensureOpen(EngineKind.INTENT_CLASSIFICATION);
    Session session = sessionId == null ? null : findSession(sessionId);
    Transcript transcript = Transcript.of(requireText("utterance", utterance));
    return completeTurn(session, transcript, requireLanguage(language));
  }

  @Override
  public CompletionStage<TurnResult> handleTextAsync(
      String sessionId, String utterance, String language) {
    return submit(
        EngineKind.INTENT_CLASSIFICATION, () -> handleText(sessionId, utterance, language));
  }

  private TurnResult completeTurn(Session session, Transcript transcript, String language) {
    TurnOutcome outcome;
    IntentResult intent = null;
    ClarificationReason reason = null;
    List<IntentCandidate> candidates = List.of();
    String reply;
    String utterance = transcript.text();
    if (transcript.isEmpty()) {
      outcome = TurnOutcome.NO_SPEECH;
      reply = noSpeechReply;
    } else {
      intent = classify(utterance, language);
      reason = clarificationReason(intent);
      if (reason != null) {
        outcome = TurnOutcome.CLARIFICATION;
        candidates = intent.ranked();
        reply = clarificationPrompt.apply(candidates);
        if (events.active()) {
          events.publish(
              new ClarificationEvent(
                  Instant.now(),
                  session == null ? null : session.id(),
                  utterance,
                  reason,
                  candidates));
        }
      } else {
        String name = intent.intent().orElseThrow();
        IntentHandler handler = handlers.get(name);
        TurnContext context = new TurnContext(utterance, language, session);
        if (handler != null) {
          outcome = TurnOutcome.ANSWERED;
          reply = handler.reply(intent, context);
        } else {
          outcome = TurnOutcome.UNHANDLED;
          reply = unhandled != null ? unhandled.reply(intent, context) : DEFAULT_UNHANDLED;
        }
        if (reply == null) {
          throw new IllegalStateException(
              "the handler of intent '" + name + "' returned null; it must return reply text");
        }
      }
    }

    SynthesizedSpeech speech = null;
    PipelineException speechFailure = null;
    if (speakReplies && !tts.engines.isEmpty() && !reply.isBlank()) {
      try {
        speech = synthesize(reply, language);
      } catch (PipelineException e) {
        speechFailure = e;
        LOG.warn("pipeline: the reply is returned as text only: {}", e.getMessage());
      }
    }

    String replyId = null;
    if (session != null) {
      Instant now = Instant.now();
      String intentName = intent == null || reason != null ? null : intent.intent().orElse(null);
      Session.Turn turn = new Session.Turn(now, utterance, intentName, outcome, reply);
      Session.PendingReply pending =
          new Session.PendingReply(UUID.randomUUID().toString(), reply, language, outcome, now);
      AtomicInteger droppedReplies = new AtomicInteger();
      Optional<Session> updated =
          sessions.update(
              session.id(),
              s -> {
                droppedReplies.set(Math.max(0, s.pendingReplies().size() + 1 - maxPendingReplies));
                return s.withTurn(turn, pending, maxTurns, maxPendingReplies);
              });
      if (updated.isEmpty()) {
        LOG.warn(
            "pipeline: session '{}' expired during the turn; its reply could not be queued",
            session.id());
      } else {
        replyId = pending.id();
        if (droppedReplies.get() > 0) {
          LOG.warn(
              "pipeline: session '{}' has more than {} undelivered replies; the oldest was dropped",
              session.id(),
              maxPendingReplies);
        }
      }
    }
    return new TurnResult(
        session == null ? null : session.id(),
        outcome,
        transcript,
        intent,
        reason,
        candidates,
        reply,
        replyId,
        speech,
        speechFailure);
  }

  private ClarificationReason clarificationReason(IntentResult result) {
    if (!result.hasIntent()) {
      return ClarificationReason.NO_INTENT;
    }
    double best = result.confidence();
    if (best < minConfidence) {
      return ClarificationReason.LOW_CONFIDENCE;
    }
    String bestName = result.intent().orElseThrow();
    for (IntentCandidate c : result.ranked()) {
      if (!c.intent().equals(bestName)) {
        // A tolerance keeps 0.6 - 0.5 from counting as below a margin of 0.1.
        return best - c.confidence() < minMargin - 1e-9 ? ClarificationReason.SMALL_MARGIN : null;
      }
    }
    return null;
  }

  private static String defaultClarification(List<IntentCandidate> candidates) {
    if (candidates.isEmpty()) {
      return "Sorry, I did not understand. Could you say it another way?";
    }
    String first = humanize(candidates.get(0).intent());
    if (candidates.size() == 1) {
      return "Sorry, did you mean " + first + "?";
    }
    return "Sorry, did you mean " + first + " or " + humanize(candidates.get(1).intent()) + "?";
  }

  private static String humanize(String intent) {
    return intent.replace('_', ' ').replace('-', ' ');
  }

  // ---- sessions -------------------------------------------------------------------------------

  @Override
  public Session openSession() {
    ensureOpen(EngineKind.INTENT_CLASSIFICATION);
    Session session = Session.open(UUID.randomUUID().toString(), Instant.now());
    sessions.create(session);
    return session;
  }

  @Override
  public Optional<ResumedSession> resume(String sessionId) {
    AtomicReference<List<Session.PendingReply>> taken = new AtomicReference<>(List.of());
    Instant now = Instant.now();
    Optional<Session> updated =
        sessions.update(
            sessionId,
            s -> {
              taken.set(s.pendingReplies());
              return s.withoutPendingReplies(now);
            });
    return updated.map(s -> new ResumedSession(s, taken.get()));
  }

  @Override
  public List<Session.PendingReply> takePendingReplies(String sessionId) {
    return resume(sessionId)
        .orElseThrow(() -> new SessionNotFoundException(sessionId))
        .deliveredReplies();
  }

  private Session findSession(String id) {
    return sessions.find(id).orElseThrow(() -> new SessionNotFoundException(id));
  }

  // ---- observation ----------------------------------------------------------------------------

  @Override
  public EngineRegistry registry() {
    return registry;
  }

  @Override
  public List<EngineDescriptor> chain(EngineKind kind) {
    List<EngineDescriptor> out = new ArrayList<>();
    for (ResilientEngine<?> e : chainOf(kind).engines) {
      out.add(e.descriptor);
    }
    return Collections.unmodifiableList(out);
  }

  @Override
  public List<EngineDiagnostic> diagnostics() {
    return diagnostics;
  }

  @Override
  public List<EngineIndicators> indicators() {
    List<EngineIndicators> out = new ArrayList<>();
    for (EngineChain<?> chain : List.of(stt, nlu, tts)) {
      for (ResilientEngine<?> e : chain.engines) {
        out.add(e.window.indicators(e.id, chain.kind, e.circuitState()));
      }
    }
    return out;
  }

  @Override
  public HealthReport health() {
    List<HealthReport.EngineStatus> statuses = new ArrayList<>();
    boolean impaired = false;
    boolean down = false;
    for (EngineChain<?> chain : List.of(stt, nlu, tts)) {
      boolean usable = false;
      for (ResilientEngine<?> e : chain.engines) {
        EngineHealth health = e.health();
        CircuitState state = e.circuitState();
        statuses.add(
            new HealthReport.EngineStatus(
                e.descriptor, health, state, e.window.indicators(e.id, chain.kind, state)));
        boolean ok = health.status() == HealthStatus.UP && state == CircuitState.CLOSED;
        impaired |= !ok;
        usable |= health.status() != HealthStatus.DOWN && state != CircuitState.OPEN;
      }
      String chainSetting = settings.get(P + VoicePipeline.Builder.kindKey(chain.kind) + ".chain");
      boolean configured = chainSetting != null && !chainSetting.isBlank();
      if (!usable && (configured || !chain.engines.isEmpty())) {
        down = true;
      }
    }
    for (EngineDiagnostic d : diagnostics) {
      impaired |= d.isError();
    }
    HealthStatus status =
        down ? HealthStatus.DOWN : impaired ? HealthStatus.DEGRADED : HealthStatus.UP;
    return new HealthReport(Instant.now(), status, statuses, diagnostics);
  }

  @Override
  public CacheStatistics speechCacheStatistics() {
    return statistics(speechCache);
  }

  @Override
  public CacheStatistics intentCacheStatistics() {
    return statistics(intentCache);
  }

  private static CacheStatistics statistics(Cache<?, ?> cache) {
    if (cache == null) {
      return new CacheStatistics(0, 0, 0, 0);
    }
    CacheStats s = cache.stats();
    return new CacheStatistics(
        s.hitCount(), s.missCount(), s.evictionCount(), cache.estimatedSize());
  }

  @Override
  public CanaryReport runCanary(String engineId, String language, List<LabelledAudio> samples) {
    ensureOpen(EngineKind.SPEECH_TO_TEXT);
    String lang = requireLanguage(language);
    ResilientEngine<SpeechToText> engine = stt.find(engineId);
    if (engine == null) {
      throw new IllegalArgumentException(
          "engine '" + engineId + "' is not in the speech-to-text chain " + ids(stt));
    }
    List<CanaryReport.SampleResult> results = new ArrayList<>();
    WordErrorRate.Result corpus = WordErrorRate.Result.EMPTY;
    for (LabelledAudio sample : samples) {
      long start = System.nanoTime();
      String hypothesis = "";
      String error = "";
      try {
        hypothesis =
            engine
                .limited(e -> e.transcribe(PipelineSpeechStream.convert(sample.audio(), e), lang))
                .text();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PipelineException(EngineKind.SPEECH_TO_TEXT, "canary interrupted", e);
      } catch (Exception e) {
        error = e.getClass().getSimpleName() + ": " + e.getMessage();
      }
      Duration latency = Duration.ofNanos(System.nanoTime() - start);
      WordErrorRate.Result score = WordErrorRate.compute(sample.reference(), hypothesis);
      corpus = corpus.plus(score);
      results.add(
          new CanaryReport.SampleResult(
              sample.label(), sample.reference(), hypothesis, score, latency, error));
    }
    CanaryReport report = new CanaryReport(engineId, lang, Instant.now(), results, corpus);
    LOG.info(
        "{}: canary of {} sample(s): word error rate {}, {} failure(s)",
        engineId,
        results.size(),
        String.format(Locale.ROOT, "%.3f", report.wordErrorRate()),
        report.failures());
    return report;
  }

  @Override
  public void addListener(VoiceEventListener listener) {
    events.add(java.util.Objects.requireNonNull(listener, "listener"));
  }

  @Override
  public boolean removeListener(VoiceEventListener listener) {
    return events.remove(listener);
  }

  @Override
  public long droppedEvents() {
    return events.dropped();
  }

  @Override
  public Map<String, String> configuration() {
    Map<String, String> out = new TreeMap<>();
    settings.forEach((k, v) -> out.put(k, secretKeys.contains(k) ? "****" : v));
    return Collections.unmodifiableMap(out);
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    async.shutdown();
    workers.shutdownNow();
    events.close();
    for (EngineChain<?> chain : List.of(stt, nlu, tts)) {
      for (ResilientEngine<?> e : chain.engines) {
        try {
          e.engine.close();
        } catch (RuntimeException | LinkageError ex) {
          LOG.warn("{}: closing the engine failed", e.id, ex);
        }
      }
    }
    LOG.info("pipeline: closed");
  }

  // ---- helpers --------------------------------------------------------------------------------

  private EngineChain<?> chainOf(EngineKind kind) {
    switch (kind) {
      case SPEECH_TO_TEXT:
        return stt;
      case TEXT_TO_SPEECH:
        return tts;
      default:
        return nlu;
    }
  }

  private <T> CompletionStage<T> submit(EngineKind kind, Supplier<T> task) {
    try {
      return CompletableFuture.supplyAsync(task, async);
    } catch (RejectedExecutionException e) {
      return CompletableFuture.failedFuture(
          closed.get()
              ? new IllegalStateException("the voice pipeline is closed", e)
              : new PipelineException(
                  kind,
                  "the pipeline is saturated: "
                      + async.getQueue().size()
                      + " requests are waiting; raise theopy.threads.async or slow the callers",
                  e));
    }
  }

  private void publishCacheHit(String engineId, EngineKind kind) {
    if (events.active()) {
      events.publish(
          new EngineCallEvent(
              Instant.now(),
              engineId,
              kind,
              Duration.ZERO,
              CallOutcome.SUCCESS,
              0,
              false,
              true,
              ""));
    }
  }

  private void ensureOpen(EngineKind kind) {
    if (closed.get()) {
      throw new IllegalStateException(
          "the voice pipeline is closed; build a new one to serve "
              + PipelineException.label(kind)
              + " requests");
    }
  }

  private static void requireAudio(Audio audio) {
    if (audio == null || audio.isEmpty()) {
      throw new IllegalArgumentException("audio must not be null or empty");
    }
  }

  private static String requireLanguage(String language) {
    if (language == null || language.isBlank()) {
      throw new IllegalArgumentException("language must be a BCP 47 tag such as 'en', got blank");
    }
    return language.trim();
  }

  private static String requireText(String what, String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be null or blank");
    }
    return text;
  }

  /** Lower case, punctuation removed, spaces collapsed: the intent cache's view of a text. */
  static String utteranceKey(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return SPACES.matcher(NON_WORD.matcher(lower).replaceAll(" ").trim()).replaceAll(" ");
  }

  private static long parseLong(EngineConfig config, String key, long defaultValue) {
    String raw = config.get(key).orElse(null);
    if (raw == null) {
      return defaultValue;
    }
    try {
      long value = Long.parseLong(raw);
      if (value < 0) {
        throw new NumberFormatException("negative");
      }
      return value;
    } catch (NumberFormatException e) {
      throw new org.theopy.voice.spi.EngineConfigurationException(
          null, "setting '" + key + "' must be a whole number >= 0, got '" + raw + "'", e);
    }
  }

  private static List<String> ids(EngineChain<?> chain) {
    List<String> out = new ArrayList<>();
    for (ResilientEngine<?> e : chain.engines) {
      out.add(e.id);
    }
    return out;
  }

  private static ThreadFactory daemon(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
