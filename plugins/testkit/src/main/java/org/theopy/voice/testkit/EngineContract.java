package org.theopy.voice.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.theopy.voice.spi.ConfigKey;
import org.theopy.voice.spi.Engine;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineException;
import org.theopy.voice.spi.EngineHealth;
import org.theopy.voice.spi.EngineKind;
import org.theopy.voice.spi.EngineProvider;
import org.theopy.voice.spi.EngineUnavailableException;
import org.theopy.voice.spi.HealthStatus;
import org.theopy.voice.spi.InvalidInputException;
import org.theopy.voice.spi.SpiVersion;
import org.theopy.voice.spi.UnsupportedLanguageException;
import org.theopy.voice.testkit.internal.Discovery;

/**
 * The checks every engine must pass, whatever its kind. Vendors do not extend this class directly
 * but one of {@link SpeechToTextContract}, {@link TextToSpeechContract} or {@link
 * IntentClassifierContract}, which add the checks of their kind.
 *
 * <p>One engine is created per test class (from {@link #provider()} and {@link #config()}) and
 * shared by the tests that do not close it; the tests about closing create their own. Every test is
 * limited to two minutes so that a hung engine fails the build instead of stalling it.
 *
 * <p>How the kit gives an engine a time limit: the core runs each engine call on a worker thread
 * and, when the call's time limit passes, interrupts that thread and moves on. The kit does the
 * same: it starts the heaviest valid request the engine accepts (see {@link #heavyCall}),
 * interrupts the thread after {@link #interruptAfter()}, and requires the call to end within {@link
 * #interruptGrace()} with either its result or an {@link EngineException}, and with the thread's
 * interrupt flag still set.
 *
 * @param <E> the engine type
 * @param <P> the provider type
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
public abstract class EngineContract<E extends Engine, P extends EngineProvider<E>> {

  private static final List<String> UNLIKELY_LANGUAGES = List.of("zu", "xh", "yo", "mi", "haw");

  private E sharedEngine;

  EngineContract() {}

  /**
   * Returns a new instance of the provider under test, as {@link java.util.ServiceLoader} would
   * create it. Called several times per test class.
   *
   * @return a new provider
   */
  protected abstract P provider();

  /**
   * Returns the settings the engine under test is created from. A working configuration: the kit
   * expects the engine to be healthy with it. The default is empty.
   *
   * @return the configuration
   */
  protected EngineConfig config() {
    return EngineConfig.empty();
  }

  /**
   * Returns how long the kit lets the heaviest request run before interrupting it. Default 200 ms.
   *
   * @return the delay before the interrupt
   */
  protected Duration interruptAfter() {
    return Duration.ofMillis(200);
  }

  /**
   * Returns how long an interrupted call may keep running. Default 500 ms.
   *
   * @return the grace period
   */
  protected Duration interruptGrace() {
    return Duration.ofMillis(500);
  }

  /**
   * Returns how many threads call the shared engine at once in the concurrency check. Default 4.
   *
   * @return the number of threads
   */
  protected int concurrency() {
    return 4;
  }

  /**
   * Returns how many calls each thread makes in the concurrency check. Default 3.
   *
   * @return calls per thread
   */
  protected int callsPerThread() {
    return 3;
  }

  /**
   * Tells whether equal requests give equal results, which the concurrency check relies on to
   * notice callers disturbing each other. Default {@code true}; an engine that samples (a remote
   * recogniser with a temperature above zero, say) returns {@code false}, and the check then only
   * requires every concurrent call to succeed.
   *
   * @return whether results are comparable between calls
   */
  protected boolean deterministic() {
    return true;
  }

  /**
   * Returns the engine shared by the tests of this class, creating it on first use.
   *
   * @return the shared engine
   */
  protected final synchronized E engine() {
    if (sharedEngine == null) {
      sharedEngine = createEngine();
    }
    return sharedEngine;
  }

  /** Closes the shared engine after the last test. */
  @AfterAll
  public final synchronized void closeSharedEngine() {
    if (sharedEngine != null) {
      sharedEngine.close();
      sharedEngine = null;
    }
  }

  /**
   * Creates a new engine from {@link #provider()} and {@link #config()}, failing with a clear
   * message when the provider throws.
   *
   * @return a new engine that the caller closes
   */
  protected final E createEngine() {
    P provider = provider();
    String id = provider.descriptor().id();
    try {
      E created = provider.create(config().forEngine(id));
      assertThat(created)
          .as("provider %s returned null from create(config)", provider.getClass().getName())
          .isNotNull();
      return created;
    } catch (EngineException e) {
      throw new AssertionError(
          "engine '"
              + id
              + "' could not be created from the configuration the test gives ("
              + config()
              + "): "
              + e.getMessage(),
          e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // What each kind's contract supplies.

  abstract EngineKind kind();

  abstract Class<P> providerType();

  /** A valid request whose result is comparable between calls (equal for equal requests). */
  abstract Object validCall(E engine);

  /** Compares two results of {@link #validCall} and returns a reason when they differ. */
  abstract String differenceBetween(Object expected, Object actual);

  /** The heaviest valid request the engine accepts, used for the interrupt check. */
  abstract Object heavyCall(E engine);

  /** A valid request in the given language. */
  abstract Object callInLanguage(E engine, String language);

  /** Input that is clearly bad (empty), used to check error messages and secrets. */
  abstract void badInputCall(E engine);

  // ---------------------------------------------------------------------------------------------
  // Discovery.

  /**
   * The provider's jar lists it in {@code META-INF/services} and {@link java.util.ServiceLoader}
   * finds it on the class path.
   */
  @Test
  public void shouldBeFoundByServiceLoaderOnClassPath() {
    Class<?> providerClass = provider().getClass();

    List<String> listed = Discovery.servicesFileEntries(providerClass, providerType());
    List<String> found = Discovery.loadFromClassPath(providerType(), providerClass);

    assertThat(listed)
        .as(
            "META-INF/services/%s in %s must list %s so that the core finds it on the class path",
            providerType().getName(), Discovery.location(providerClass), providerClass.getName())
        .contains(providerClass.getName());
    assertThat(found)
        .as(
            "ServiceLoader.load(%s) did not return %s",
            providerType().getSimpleName(), providerClass.getName())
        .contains(providerClass.getName());
  }

  /**
   * The provider's module declares it with {@code provides ... with ...}, and {@link
   * java.util.ServiceLoader} finds it in a module layer built from the plugin's jar, the SPI and
   * the modules the plugin requires.
   */
  @Test
  public void shouldBeFoundByServiceLoaderOnModulePath() {
    Class<?> providerClass = provider().getClass();
    String expectedId = provider().descriptor().id();

    Discovery.ModulePathResult result = Discovery.loadFromModulePath(providerType(), providerClass);

    assertThat(result.providerClasses())
        .as(
            "module '%s' must declare 'provides %s with %s;' in its module-info.java so that the"
                + " core finds it on the module path; found providers: %s",
            result.moduleName(),
            providerType().getName(),
            providerClass.getName(),
            result.providerClasses())
        .contains(providerClass.getName());
    assertThat(result.descriptorIds())
        .as("the provider loaded on the module path describes a different engine id")
        .contains(expectedId);
  }

  // ---------------------------------------------------------------------------------------------
  // Descriptor and configuration keys.

  /** The descriptor is complete, of the right kind and built against a compatible SPI. */
  @Test
  public void shouldDescribeItselfCompletely() {
    P provider = provider();

    EngineDescriptor descriptor = provider.descriptor();
    EngineDescriptor again = provider.descriptor();

    assertThat(descriptor).as("provider.descriptor() returned null").isNotNull();
    String id = descriptor.id();
    assertThat(descriptor.kind())
        .as(
            "engine '%s' is provided as %s but its descriptor says %s",
            id, kind(), descriptor.kind())
        .isEqualTo(kind());
    assertThat(SpiVersion.isCompatible(descriptor.spiVersion()))
        .as(
            "engine '%s' declares SPI version %s, which the core at SPI %s refuses to load;"
                + " build it against this SPI and leave the descriptor's spiVersion at its default",
            id, descriptor.spiVersion(), SpiVersion.CURRENT)
        .isTrue();
    assertThat(descriptor.vendor())
        .as("engine '%s' should name its vendor in the descriptor", id)
        .isNotBlank()
        .isNotEqualTo("unknown");
    assertThat(descriptor.version())
        .as("engine '%s' should give its own version in the descriptor", id)
        .isNotBlank()
        .isNotEqualTo("unknown");
    assertThat(descriptor.displayName()).as("engine '%s' display name", id).isNotBlank();
    if (kind() != EngineKind.INTENT_CLASSIFICATION) {
      assertThat(descriptor.sampleRates())
          .as(
              "engine '%s' must declare the sample rates it %s",
              id, kind() == EngineKind.SPEECH_TO_TEXT ? "accepts" : "produces")
          .isNotEmpty();
    }
    assertThat(again)
        .as("engine '%s': descriptor() must return the same description every time", id)
        .isEqualTo(descriptor);
  }

  /** The engine's descriptor is its provider's. */
  @Test
  public void shouldDescribeEngineAsItsProviderDoes() {
    EngineDescriptor fromProvider = provider().descriptor();

    EngineDescriptor fromEngine = engine().descriptor();

    assertThat(fromEngine)
        .as("engine.descriptor() must equal its provider's descriptor()")
        .isEqualTo(fromProvider);
  }

  /** Configuration keys are documented, unique, and secrets have no default shown. */
  @Test
  public void shouldDocumentConfigurationKeys() {
    P provider = provider();
    String id = provider.descriptor().id();

    List<ConfigKey> keys = provider.configurationKeys();

    assertThat(keys).as("engine '%s': configurationKeys() returned null", id).isNotNull();
    Set<String> names = new HashSet<>();
    for (ConfigKey key : keys) {
      assertThat(names.add(key.name()))
          .as("engine '%s' documents configuration key '%s' twice", id, key.name())
          .isTrue();
      assertThat(key.description())
          .as("engine '%s': configuration key '%s' needs a description", id, key.name())
          .isNotBlank();
      if (key.secret()) {
        assertThat(key.defaultValue())
            .as("engine '%s': secret key '%s' must not have a default value", id, key.name())
            .isNull();
      }
    }
    for (String used : config().keys()) {
      assertThat(names)
          .as(
              "engine '%s' is configured with '%s', which configurationKeys() does not document",
              id, used)
          .contains(used);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Health.

  /** A working engine reports UP or DEGRADED within two seconds, with a reason. */
  @Test
  public void shouldReportHealthPromptly() {
    E engine = engine();
    long start = System.nanoTime();

    EngineHealth health = engine.health();
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(health).as("health() returned null").isNotNull();
    assertThat(health.status())
        .as(
            "engine '%s' created from a working configuration reports %s: %s",
            id(), health.status(), health.reason())
        .isIn(HealthStatus.UP, HealthStatus.DEGRADED);
    assertThat(health.reason()).as("health reason of engine '%s'", id()).isNotBlank();
    assertThat(millis)
        .as(
            "engine '%s' took %d ms to report its health; health() must answer within about a"
                + " second because the core calls it from health reports and circuit probes",
            id(), millis)
        .isLessThanOrEqualTo(2000);
  }

  // ---------------------------------------------------------------------------------------------
  // Languages.

  /** A language the descriptor does not declare is refused with UnsupportedLanguageException. */
  @Test
  public void shouldRefuseUndeclaredLanguage() {
    EngineDescriptor descriptor = engine().descriptor();
    Assumptions.assumeFalse(
        descriptor.languages().contains(EngineDescriptor.ANY_LANGUAGE),
        "engine declares any language");
    String language =
        UNLIKELY_LANGUAGES.stream()
            .filter(l -> !descriptor.supportsLanguage(l))
            .findFirst()
            .orElseThrow();

    Throwable thrown = outcomeOf(() -> callInLanguage(engine(), language));

    expectClass(
        thrown,
        UnsupportedLanguageException.class,
        "a request in '" + language + "', which it does not declare");
    assertNotRetryable((EngineException) thrown);
  }

  // ---------------------------------------------------------------------------------------------
  // Concurrency.

  /** Several threads share one engine and get the same results as one thread alone. */
  @Test
  public void shouldServeConcurrentCallers() throws Exception {
    E engine = engine();
    Object expected = validCall(engine);
    ExecutorService pool = Executors.newFixedThreadPool(concurrency());
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Object>>> futures = new ArrayList<>();

    try {
      for (int t = 0; t < concurrency(); t++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  List<Object> results = new ArrayList<>();
                  for (int i = 0; i < callsPerThread(); i++) {
                    results.add(validCall(engine));
                  }
                  return results;
                }));
      }
      start.countDown();
      List<Object> all = new ArrayList<>();
      for (Future<List<Object>> f : futures) {
        try {
          all.addAll(f.get(100, TimeUnit.SECONDS));
        } catch (java.util.concurrent.ExecutionException e) {
          throw new AssertionError(
              "engine '"
                  + id()
                  + "' failed when called from "
                  + concurrency()
                  + " threads at once (an engine is shared by the core's worker threads; guard a"
                  + " library that is not thread-safe with a pool or a lock): "
                  + e.getCause(),
              e.getCause());
        }
      }

      for (Object actual : all) {
        if (actual == null) {
          fail(
              "engine '%s' returned null when called from %d threads at once", id(), concurrency());
        }
        if (!deterministic()) {
          continue;
        }
        String difference = differenceBetween(expected, actual);
        if (difference != null) {
          fail(
              "engine '%s' gave a different result for the same request when called from %d"
                  + " threads at once: %s",
              id(), concurrency(), difference);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Lifecycle.

  /** close() may be called twice, and calls after close fail with EngineUnavailableException. */
  @Test
  public void shouldFailWithEngineUnavailableAfterClose() {
    E engine = createEngine();
    validCall(engine);

    engine.close();
    Throwable second = outcomeOf(() -> engine.close());
    Throwable after = outcomeOf(() -> validCall(engine));

    if (second != null) {
      throw new AssertionError(
          "engine '" + id() + "': close() must be idempotent, but a second call threw " + second,
          second);
    }
    expectClass(after, EngineUnavailableException.class, "a call after close()");
  }

  /** A closed engine reports DOWN rather than throwing. */
  @Test
  public void shouldReportDownAfterClose() {
    E engine = createEngine();

    engine.close();
    AtomicReference<EngineHealth> health = new AtomicReference<>();
    Throwable thrown = outcomeOf(() -> health.set(engine.health()));

    if (thrown != null) {
      throw new AssertionError(
          "engine '" + id() + "': health() must not throw, even after close(), but threw " + thrown,
          thrown);
    }
    assertThat(health.get().status())
        .as("engine '%s' health after close() (reason: %s)", id(), health.get().reason())
        .isEqualTo(HealthStatus.DOWN);
  }

  // ---------------------------------------------------------------------------------------------
  // Timing.

  /**
   * The heaviest request ends promptly when its thread is interrupted, as the core's time limit
   * does, and the engine keeps the interrupt flag set.
   */
  @Test
  public void shouldReturnPromptlyWhenInterrupted() throws InterruptedException {
    E engine = engine();
    AtomicReference<Object> outcome = new AtomicReference<>();
    AtomicReference<Boolean> flagAfterCall = new AtomicReference<>();
    AtomicLong endedAt = new AtomicLong();
    CountDownLatch done = new CountDownLatch(1);
    Thread worker =
        new Thread(
            () -> {
              try {
                outcome.set(heavyCall(engine));
              } catch (Throwable t) {
                outcome.set(t);
              }
              endedAt.set(System.nanoTime());
              flagAfterCall.set(Thread.currentThread().isInterrupted());
              done.countDown();
            },
            "theopy-testkit-interrupted-call");
    worker.setDaemon(true);

    worker.start();
    Thread.sleep(interruptAfter().toMillis());
    long interruptedAt = System.nanoTime();
    worker.interrupt();
    boolean ended = done.await(interruptGrace().toMillis(), TimeUnit.MILLISECONDS);

    if (!ended) {
      boolean endedLater = done.await(60, TimeUnit.SECONDS);
      fail(
          "engine '%s' kept working for more than %d ms after the calling thread was interrupted"
              + " (%s). The core enforces its time limit by interrupting the worker thread: check"
              + " Thread.currentThread().isInterrupted() between chunks of work, use"
              + " interruptible I/O, and then throw EngineTimeoutException or"
              + " EngineUnavailableException.",
          id(),
          interruptGrace().toMillis(),
          endedLater ? "it ended later" : "it was still running a minute later");
    }
    Object result = outcome.get();
    if (result instanceof Throwable t && !(t instanceof EngineException)) {
      throw new AssertionError(
          "engine '"
              + id()
              + "' ended an interrupted call with "
              + t
              + "; throw an EngineException (EngineTimeoutException or"
              + " EngineUnavailableException) instead",
          t);
    }
    if (result instanceof Throwable && endedAt.get() > interruptedAt) {
      assertThat(flagAfterCall.get())
          .as(
              "engine '%s' cleared the thread's interrupt flag; after catching"
                  + " InterruptedException call Thread.currentThread().interrupt() before"
                  + " throwing, so the caller still sees it",
              id())
          .isTrue();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Secrets.

  /** Secret settings never appear in toString(), health reasons or error messages. */
  @Test
  public void shouldNotRevealSecrets() {
    Map<String, String> secrets = new LinkedHashMap<>();
    for (ConfigKey key : provider().configurationKeys()) {
      if (key.secret()) {
        config()
            .get(key.name())
            .filter(v -> v.length() >= 4)
            .ifPresent(v -> secrets.put(key.name(), v));
      }
    }
    Assumptions.assumeFalse(secrets.isEmpty(), "no secret setting is configured");
    E engine = engine();

    String text = String.valueOf(engine);
    String reason = engine.health().reason();
    Throwable error = outcomeOf(() -> badInputCall(engine));

    // The failure messages name the setting, never its value, so the kit leaks nothing either.
    for (Map.Entry<String, String> secret : secrets.entrySet()) {
      String value = secret.getValue();
      if (text.contains(value)) {
        fail(
            "engine '%s' toString() reveals the value of secret setting '%s'",
            id(), secret.getKey());
      }
      if (reason.contains(value)) {
        fail(
            "engine '%s' health reason reveals the value of secret setting '%s'",
            id(), secret.getKey());
      }
      for (Throwable t = error; t != null; t = t.getCause()) {
        if (String.valueOf(t.getMessage()).contains(value)) {
          fail(
              "engine '%s' error message for bad input reveals the value of secret setting '%s'",
              id(), secret.getKey());
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers for the kinds' contracts.

  final String id() {
    return provider().descriptor().id();
  }

  /** Runs a call and returns what it threw, or {@code null}. */
  static Throwable outcomeOf(ThrowingRunnable call) {
    try {
      call.run();
      return null;
    } catch (Throwable t) {
      return t;
    }
  }

  /** Runs a call and returns its result, or what it threw. */
  static Object resultOf(Callable<?> call) {
    try {
      return call.call();
    } catch (Throwable t) {
      return t;
    }
  }

  /** Fails unless {@code thrown} is of the expected class and names this engine. */
  final void expectClass(Throwable thrown, Class<? extends EngineException> expected, String what) {
    if (thrown == null) {
      fail(
          "engine '%s' should refuse %s with %s, but returned normally",
          id(), what, expected.getSimpleName());
    }
    if (!expected.isInstance(thrown)) {
      throw new AssertionError(
          "engine '"
              + id()
              + "' should refuse "
              + what
              + " with "
              + expected.getSimpleName()
              + ", but threw "
              + thrown
              + (thrown instanceof EngineException e
                      && e.isRetryable()
                      && expected != EngineUnavailableException.class
                  ? " (a retryable error: the core would send the same request again)"
                  : ""),
          thrown);
    }
    EngineException e = (EngineException) thrown;
    assertThat(e.engineId())
        .as(
            "engine '%s': %s for %s should carry the engine id (pass it to the exception's"
                + " constructor) so that logs and the health report can name the engine",
            id(), expected.getSimpleName(), what)
        .contains(id());
    assertThat(e.getMessage())
        .as("message of %s for %s", expected.getSimpleName(), what)
        .isNotBlank();
  }

  /** Fails unless the error is not retryable. */
  final void assertNotRetryable(EngineException e) {
    assertThat(e.isRetryable())
        .as(
            "engine '%s': %s says it is retryable, but the same request will fail again; the core"
                + " would waste its retries",
            id(), e.getClass().getSimpleName())
        .isFalse();
  }

  /** Checks bad input: InvalidInputException with the engine id, not retryable. */
  final void expectInvalidInput(String what, ThrowingRunnable call) {
    Throwable thrown = outcomeOf(call);
    expectClass(thrown, InvalidInputException.class, what);
    assertNotRetryable((EngineException) thrown);
  }

  /**
   * Checks unusual input: the engine either serves it or refuses it with InvalidInputException; any
   * other exception fails.
   *
   * @return the result, or {@code null} when refused
   */
  final Object expectServedOrInvalid(String what, Callable<?> call) {
    Object outcome = resultOf(call);
    if (outcome instanceof Throwable t) {
      expectClass(t, InvalidInputException.class, what + " (or serve it)");
      assertNotRetryable((EngineException) t);
      return null;
    }
    assertThat(outcome).as("engine '%s' returned null for %s", id(), what).isNotNull();
    return outcome;
  }

  /** A call that may throw anything. */
  @FunctionalInterface
  interface ThrowingRunnable {
    void run() throws Exception;
  }
}
