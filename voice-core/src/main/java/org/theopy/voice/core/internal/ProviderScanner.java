package org.theopy.voice.core.internal;

import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.theopy.voice.core.EngineDiagnostic;
import org.theopy.voice.core.EngineDiagnostic.Problem;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineKind;
import org.theopy.voice.spi.EngineProvider;
import org.theopy.voice.spi.IntentClassifierProvider;
import org.theopy.voice.spi.SpeechToTextProvider;
import org.theopy.voice.spi.SpiVersion;
import org.theopy.voice.spi.TextToSpeechProvider;

/**
 * Loads engine providers one at a time, turning each failure into a diagnostic. Used once per
 * {@link org.theopy.voice.core.EngineRegistry} discovery, on the discovering thread.
 */
public final class ProviderScanner {

  /** Stops a ServiceLoader that keeps failing on the same entry from looping forever. */
  private static final int MAX_ERRORS_PER_SERVICE = 1000;

  private static final List<ServiceType> SERVICES =
      List.of(
          new ServiceType(SpeechToTextProvider.class, EngineKind.SPEECH_TO_TEXT),
          new ServiceType(TextToSpeechProvider.class, EngineKind.TEXT_TO_SPEECH),
          new ServiceType(IntentClassifierProvider.class, EngineKind.INTENT_CLASSIFICATION));

  private ProviderScanner() {}

  /**
   * A provider that loaded and passed the checks.
   *
   * @param provider the provider
   * @param descriptor its descriptor
   * @param source where its class came from
   */
  public record Found(EngineProvider<?> provider, EngineDescriptor descriptor, String source) {}

  /**
   * The outcome of a scan.
   *
   * @param found usable providers, in the order found
   * @param diagnostics the problems, in the order found
   */
  public record Result(List<Found> found, List<EngineDiagnostic> diagnostics) {}

  private record ServiceType(Class<? extends EngineProvider<?>> type, EngineKind kind) {}

  /**
   * Scans with a class loader, a module layer, or both.
   *
   * @param loader the class loader, or {@code null}
   * @param layer the module layer, or {@code null}
   * @return the providers and diagnostics
   */
  public static Result scan(ClassLoader loader, ModuleLayer layer) {
    List<Found> found = new ArrayList<>();
    List<EngineDiagnostic> diagnostics = new ArrayList<>();
    Map<Class<?>, Boolean> seen = new IdentityHashMap<>();
    for (ServiceType service : SERVICES) {
      if (loader != null) {
        load(ServiceLoader.load(service.type, loader), service, seen, found, diagnostics);
      }
      if (layer != null) {
        load(ServiceLoader.load(layer, service.type), service, seen, found, diagnostics);
      }
    }
    return new Result(found, diagnostics);
  }

  /**
   * Checks provider instances given directly.
   *
   * @param providers the providers
   * @return the providers and diagnostics
   */
  public static Result check(List<? extends EngineProvider<?>> providers) {
    List<Found> found = new ArrayList<>();
    List<EngineDiagnostic> diagnostics = new ArrayList<>();
    for (EngineProvider<?> provider : providers) {
      EngineKind kind = kindOf(provider);
      accept(provider, kind, found, diagnostics);
    }
    return new Result(found, diagnostics);
  }

  private static EngineKind kindOf(EngineProvider<?> provider) {
    for (ServiceType s : SERVICES) {
      if (s.type.isInstance(provider)) {
        return s.kind;
      }
    }
    throw new IllegalArgumentException(
        provider.getClass().getName()
            + " implements none of SpeechToTextProvider, TextToSpeechProvider and"
            + " IntentClassifierProvider");
  }

  private static <P extends EngineProvider<?>> void load(
      ServiceLoader<P> loader,
      ServiceType service,
      Map<Class<?>, Boolean> seen,
      List<Found> found,
      List<EngineDiagnostic> diagnostics) {
    Iterator<ServiceLoader.Provider<P>> it = loader.stream().iterator();
    int errors = 0;
    while (errors < MAX_ERRORS_PER_SERVICE) {
      ServiceLoader.Provider<P> entry;
      try {
        if (!it.hasNext()) {
          return;
        }
        entry = it.next();
      } catch (ServiceConfigurationError e) {
        errors++;
        diagnostics.add(
            new EngineDiagnostic(
                Problem.SERVICE_CONFIGURATION_ERROR,
                service.kind,
                null,
                null,
                "a "
                    + service.type.getSimpleName()
                    + " could not be loaded: "
                    + messageChain(e)
                    + "; check the META-INF/services file or module-info of the jar named",
                e));
        continue;
      } catch (LinkageError e) {
        errors++;
        diagnostics.add(missingLibrary(service.kind, null, e));
        continue;
      }
      Class<? extends P> type;
      try {
        type = entry.type();
      } catch (LinkageError e) {
        errors++;
        diagnostics.add(missingLibrary(service.kind, null, e));
        continue;
      }
      if (seen.put(type, Boolean.TRUE) != null) {
        continue;
      }
      P provider;
      try {
        provider = entry.get();
      } catch (ServiceConfigurationError e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof LinkageError linkage) {
          diagnostics.add(missingLibrary(service.kind, type.getName(), linkage));
        } else {
          diagnostics.add(
              new EngineDiagnostic(
                  Problem.PROVIDER_CONSTRUCTOR_FAILED,
                  service.kind,
                  null,
                  type.getName(),
                  "provider "
                      + type.getName()
                      + " could not be created: "
                      + messageChain(cause)
                      + "; its other engines still load; fix or remove its jar",
                  e));
        }
        continue;
      } catch (LinkageError e) {
        diagnostics.add(missingLibrary(service.kind, type.getName(), e));
        continue;
      } catch (RuntimeException e) {
        diagnostics.add(
            new EngineDiagnostic(
                Problem.PROVIDER_CONSTRUCTOR_FAILED,
                service.kind,
                null,
                type.getName(),
                "provider " + type.getName() + " could not be created: " + messageChain(e),
                e));
        continue;
      }
      accept(provider, service.kind, found, diagnostics);
    }
  }

  private static void accept(
      EngineProvider<?> provider,
      EngineKind kind,
      List<Found> found,
      List<EngineDiagnostic> diagnostics) {
    String className = provider.getClass().getName();
    EngineDescriptor descriptor;
    try {
      descriptor = provider.descriptor();
    } catch (LinkageError e) {
      diagnostics.add(missingLibrary(kind, className, e));
      return;
    } catch (RuntimeException e) {
      diagnostics.add(
          new EngineDiagnostic(
              Problem.BROKEN_DESCRIPTOR,
              kind,
              null,
              className,
              "provider " + className + " failed to describe its engine: " + messageChain(e),
              e));
      return;
    }
    if (descriptor == null || descriptor.kind() != kind) {
      diagnostics.add(
          new EngineDiagnostic(
              Problem.BROKEN_DESCRIPTOR,
              kind,
              descriptor == null ? null : descriptor.id(),
              className,
              "provider "
                  + className
                  + (descriptor == null
                      ? " returned no descriptor"
                      : " is registered for " + kind + " but describes a " + descriptor.kind())
                  + " engine; fix the provider",
              null));
      return;
    }
    if (!SpiVersion.isCompatible(descriptor.spiVersion())) {
      diagnostics.add(
          new EngineDiagnostic(
              Problem.INCOMPATIBLE_SPI_VERSION,
              kind,
              descriptor.id(),
              className,
              "engine '"
                  + descriptor.id()
                  + "' ("
                  + className
                  + ") was built against SPI "
                  + descriptor.spiVersion()
                  + " but this core runs SPI "
                  + SpiVersion.CURRENT
                  + " (same major version and a minor version not newer are required); use a"
                  + " release of the engine built for SPI "
                  + SpiVersion.MAJOR
                  + ".x",
              null));
      return;
    }
    found.add(new Found(provider, descriptor, sourceOf(provider.getClass())));
  }

  private static EngineDiagnostic missingLibrary(
      EngineKind kind, String className, LinkageError e) {
    return new EngineDiagnostic(
        Problem.MISSING_LIBRARY,
        kind,
        null,
        className,
        (className == null ? "a provider" : "provider " + className)
            + " needs a class or native library that is missing ("
            + e.getClass().getSimpleName()
            + ": "
            + e.getMessage()
            + "); add the library it depends on (for a native library, one built for this"
            + " operating system and architecture)",
        e);
  }

  static String sourceOf(Class<?> type) {
    Module module = type.getModule();
    if (module.isNamed()) {
      return "module " + module.getName();
    }
    try {
      CodeSource code = type.getProtectionDomain().getCodeSource();
      URL location = code == null ? null : code.getLocation();
      return location == null ? "an unknown location" : location.toString();
    } catch (SecurityException e) {
      return "an unknown location";
    }
  }

  static String messageChain(Throwable e) {
    StringBuilder out = new StringBuilder();
    Throwable t = e;
    int depth = 0;
    while (t != null && depth < 4) {
      if (depth > 0) {
        out.append(" <- ");
      }
      out.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
      t = t.getCause();
      depth++;
    }
    return out.toString();
  }
}
