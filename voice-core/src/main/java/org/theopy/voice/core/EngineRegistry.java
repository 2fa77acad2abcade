package org.theopy.voice.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.theopy.voice.core.internal.ProviderScanner;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineKind;
import org.theopy.voice.spi.EngineProvider;

/**
 * The engine providers available to a pipeline, found with {@link java.util.ServiceLoader} on the
 * class path and the module path, and the {@link EngineDiagnostic}s of those that could not be
 * used.
 *
 * <p>Each provider is loaded on its own: a {@link java.util.ServiceConfigurationError}, an
 * exception in a provider's constructor, a missing class or native library ({@link LinkageError})
 * or an incompatible SPI version becomes a diagnostic and the other providers still load. When
 * several providers declare the same kind and id, the first one found is used and a diagnostic
 * names every candidate. Immutable after discovery and safe to share between threads and pipelines.
 */
public final class EngineRegistry {

  private static final Logger LOG = LoggerFactory.getLogger(EngineRegistry.class);

  private final Map<EngineKind, Map<String, List<Candidate>>> candidates;
  private final List<EngineDiagnostic> diagnostics;

  private EngineRegistry(List<Candidate> found, List<EngineDiagnostic> problems) {
    Map<EngineKind, Map<String, List<Candidate>>> byKind = new LinkedHashMap<>();
    for (EngineKind kind : EngineKind.values()) {
      byKind.put(kind, new LinkedHashMap<>());
    }
    for (Candidate c : found) {
      byKind
          .get(c.descriptor.kind())
          .computeIfAbsent(c.descriptor.id(), k -> new ArrayList<>())
          .add(c);
    }
    List<EngineDiagnostic> all = new ArrayList<>(problems);
    for (Map<String, List<Candidate>> ids : byKind.values()) {
      for (List<Candidate> several : ids.values()) {
        if (several.size() > 1) {
          all.add(severalCandidates(several));
        }
      }
    }
    this.candidates = byKind;
    this.diagnostics = List.copyOf(all);
    for (EngineDiagnostic d : diagnostics) {
      LOG.warn("{}: {}", d.engine().orElse("engine discovery"), d.message());
    }
  }

  /**
   * Discovers providers with the thread's context class loader (or, when there is none, the loader
   * of this class): every provider on the class path, and in named modules of the layers that
   * loader serves, including the boot layer's module path.
   *
   * @return the registry
   */
  public static EngineRegistry discover() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return discover(loader != null ? loader : EngineRegistry.class.getClassLoader());
  }

  /**
   * Discovers providers visible to a class loader.
   *
   * @param loader the class loader to search
   * @return the registry
   * @throws NullPointerException when the loader is {@code null}
   */
  public static EngineRegistry discover(ClassLoader loader) {
    Objects.requireNonNull(loader, "loader");
    return scan(ProviderScanner.scan(loader, null));
  }

  /**
   * Discovers providers in a module layer (and its parents), for applications that load engine
   * modules into their own layer, for example from a plugin directory.
   *
   * @param layer the layer to search
   * @return the registry
   * @throws NullPointerException when the layer is {@code null}
   */
  public static EngineRegistry discover(ModuleLayer layer) {
    Objects.requireNonNull(layer, "layer");
    return scan(ProviderScanner.scan(null, layer));
  }

  /**
   * Builds a registry from provider instances the application made itself, without {@link
   * java.util.ServiceLoader}; the SPI version and duplicate ids are checked the same way.
   *
   * @param providers the providers
   * @return the registry
   */
  public static EngineRegistry of(EngineProvider<?>... providers) {
    return scan(ProviderScanner.check(List.of(providers)));
  }

  private static EngineRegistry scan(ProviderScanner.Result result) {
    List<Candidate> found = new ArrayList<>();
    for (ProviderScanner.Found f : result.found()) {
      found.add(new Candidate(f.provider(), f.descriptor(), f.source()));
    }
    return new EngineRegistry(found, result.diagnostics());
  }

  /**
   * Returns the descriptors of the usable engines of one kind, the first candidate of each id, in
   * the order they were found.
   *
   * @param kind the kind
   * @return the descriptors
   */
  public List<EngineDescriptor> descriptors(EngineKind kind) {
    List<EngineDescriptor> out = new ArrayList<>();
    for (List<Candidate> c : candidates.get(kind).values()) {
      out.add(c.get(0).descriptor);
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the ids of the usable engines of one kind.
   *
   * @param kind the kind
   * @return the ids, in the order they were found
   */
  public List<String> ids(EngineKind kind) {
    return List.copyOf(candidates.get(kind).keySet());
  }

  /**
   * Returns the descriptor of one engine.
   *
   * @param kind the kind
   * @param id the engine id
   * @return the descriptor, empty when no usable provider declares it
   */
  public Optional<EngineDescriptor> descriptor(EngineKind kind, String id) {
    List<Candidate> c = candidates.get(kind).get(id);
    return c == null ? Optional.empty() : Optional.of(c.get(0).descriptor);
  }

  /**
   * Returns the provider that creates one engine (the first found when there are several).
   *
   * @param kind the kind
   * @param id the engine id
   * @return the provider, empty when no usable provider declares it
   */
  public Optional<EngineProvider<?>> provider(EngineKind kind, String id) {
    List<Candidate> c = candidates.get(kind).get(id);
    return c == null ? Optional.empty() : Optional.of(c.get(0).provider);
  }

  /**
   * Returns the class names of every usable provider that declares one engine.
   *
   * @param kind the kind
   * @param id the engine id
   * @return the class names, with where each was loaded from; empty when none
   */
  public List<String> candidates(EngineKind kind, String id) {
    List<Candidate> c = candidates.get(kind).getOrDefault(id, List.of());
    List<String> out = new ArrayList<>();
    for (Candidate candidate : c) {
      out.add(candidate.describe());
    }
    return out;
  }

  /**
   * Returns the problems found during discovery, in the order they were found.
   *
   * @return the diagnostics; empty when every provider loaded
   */
  public List<EngineDiagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * Describes the diagnostic for an engine id that no provider declares: which engines of the kind
   * exist and what to add.
   *
   * @param kind the kind
   * @param id the missing id
   * @return the diagnostic
   */
  public EngineDiagnostic noCandidate(EngineKind kind, String id) {
    return new EngineDiagnostic(
        EngineDiagnostic.Problem.NO_CANDIDATE,
        kind,
        id,
        null,
        "no "
            + PipelineException.label(kind)
            + " engine '"
            + id
            + "' is on the class path or module path (found: "
            + ids(kind)
            + "); add the jar that provides it (Theopy's engines ship as"
            + " org.theopy:voice-plugin-<name>) or correct the id in the chain",
        null);
  }

  private static EngineDiagnostic severalCandidates(List<Candidate> several) {
    EngineDescriptor d = several.get(0).descriptor;
    List<String> names = new ArrayList<>();
    for (Candidate c : several) {
      names.add(c.describe());
    }
    return new EngineDiagnostic(
        EngineDiagnostic.Problem.SEVERAL_CANDIDATES,
        d.kind(),
        d.id(),
        several.get(0).provider.getClass().getName(),
        several.size()
            + " providers declare "
            + PipelineException.label(d.kind())
            + " engine '"
            + d.id()
            + "': "
            + String.join(", ", names)
            + "; using the first; remove the others from the class path or module path",
        null);
  }

  @Override
  public String toString() {
    Map<EngineKind, List<String>> ids = new LinkedHashMap<>();
    for (EngineKind kind : EngineKind.values()) {
      ids.put(kind, ids(kind));
    }
    return "EngineRegistry" + ids + ", " + diagnostics.size() + " diagnostic(s)";
  }

  private static final class Candidate {
    private final EngineProvider<?> provider;
    private final EngineDescriptor descriptor;
    private final String source;

    Candidate(EngineProvider<?> provider, EngineDescriptor descriptor, String source) {
      this.provider = provider;
      this.descriptor = descriptor;
      this.source = source;
    }

    String describe() {
      return provider.getClass().getName() + " (from " + source + ")";
    }
  }
}
