package org.theopy.voice.evaluation.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.theopy.voice.spi.EngineProvider;

/**
 * Finds engine providers on the class path with {@link ServiceLoader}. A provider that fails to
 * load is skipped and remembered, so that one broken jar does not hide the others.
 */
public final class Engines {

  private Engines() {}

  /** What the class path offers for one kind of engine. */
  public record Found<P>(List<P> providers, List<String> failures) {

    /** Returns the ids of the providers found. */
    public List<String> ids() {
      List<String> ids = new ArrayList<>();
      for (P p : providers) {
        ids.add(((EngineProvider<?>) p).descriptor().id());
      }
      return ids;
    }
  }

  /**
   * Lists the providers of one kind.
   *
   * @param type the provider interface
   * @param <P> the provider type
   * @return the providers and the load failures
   */
  public static <P extends EngineProvider<?>> Found<P> find(Class<P> type) {
    List<P> providers = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    Iterator<P> it = ServiceLoader.load(type).iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        providers.add(it.next());
      } catch (ServiceConfigurationError e) {
        failures.add(e.getMessage());
      }
    }
    return new Found<>(providers, failures);
  }

  /**
   * Finds the provider with an engine id.
   *
   * @param type the provider interface
   * @param id the engine id
   * @param kind the kind's name for messages, such as "speech-to-text"
   * @param <P> the provider type
   * @return the provider
   * @throws UsageException when no provider has that id, naming those found
   */
  public static <P extends EngineProvider<?>> P byId(Class<P> type, String id, String kind) {
    Found<P> found = find(type);
    for (P p : found.providers()) {
      if (p.descriptor().id().equals(id)) {
        return p;
      }
    }
    throw new UsageException(
        "no "
            + kind
            + " engine '"
            + id
            + "' on the class path; found: "
            + (found.ids().isEmpty() ? "none" : String.join(", ", found.ids()))
            + (found.failures().isEmpty() ? "" : "; failed to load: " + found.failures()));
  }
}
