package org.theopy.voice.spi;

import java.util.List;

/**
 * Creates engines of one kind from configuration. The core finds providers with {@link
 * java.util.ServiceLoader} through the three kind-specific sub-interfaces.
 *
 * <p>A provider must have a public no-argument constructor that does no heavy work: loading a model
 * or a native library belongs in {@link #create}, so that a broken engine is reported as a
 * diagnostic instead of breaking discovery. Providers are used from one thread at a time during
 * start-up.
 *
 * @param <E> the kind of engine created
 */
public interface EngineProvider<E extends Engine> {

  /**
   * Describes the engines this provider creates. Called by the core once, right after discovery and
   * before {@link #create}, to check the SPI version and to select engines by id. Must be cheap and
   * must not throw.
   *
   * @return the descriptor
   */
  EngineDescriptor descriptor();

  /**
   * Lists the settings {@link #create} reads, for documentation, tools and typo detection.
   *
   * @return the keys; empty by default
   */
  default List<ConfigKey> configurationKeys() {
    return List.of();
  }

  /**
   * Creates an engine. Called by the core when an application builds a pipeline that uses this
   * engine; may load models and native libraries and so take seconds.
   *
   * @param config the engine's settings, with the engine prefix removed
   * @return a ready engine
   * @throws EngineConfigurationException when a setting is missing or wrong
   * @throws EngineUnavailableException when a resource the engine needs cannot be loaded now
   */
  E create(EngineConfig config);
}
