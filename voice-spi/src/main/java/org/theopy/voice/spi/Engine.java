package org.theopy.voice.spi;

/**
 * What every engine has in common: a descriptor, a health check and a lifecycle.
 *
 * <p>An engine is created by its provider, used by the core from many threads at once, and closed
 * once when the application shuts the pipeline down. Implementations must therefore be safe for
 * concurrent use; an engine whose underlying library is not must guard it itself (pooling or
 * locking) rather than rely on callers.
 */
public interface Engine extends AutoCloseable {

  /**
   * Returns the engine's descriptor, the same one its provider returns.
   *
   * @return the descriptor
   */
  EngineDescriptor descriptor();

  /**
   * Checks whether the engine can serve requests. Called by the core on demand (a health report, a
   * circuit breaker probe) from any thread; must return within about a second and must not throw: a
   * failure is reported as {@link HealthStatus#DOWN} with the reason.
   *
   * @return the current health
   */
  EngineHealth health();

  /**
   * Releases native memory, models, processes and connections. Idempotent: a second call does
   * nothing. Calls made after close fail with {@link EngineUnavailableException}.
   */
  @Override
  void close();
}
