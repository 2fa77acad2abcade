package org.theopy.voice.testkit.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolutionException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * Finds a provider the way the core does: through {@code META-INF/services} on the class path, and
 * in a module layer built from the plugin's module and the modules it requires.
 */
public final class Discovery {

  private Discovery() {}

  /**
   * Returns where a class was loaded from: a jar file or a classes directory.
   *
   * @param type the class
   * @return its location
   * @throws AssertionError when the location cannot be determined
   */
  public static Path location(Class<?> type) {
    try {
      var source = type.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null) {
        throw new AssertionError("cannot tell where " + type.getName() + " was loaded from");
      }
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError("cannot tell where " + type.getName() + " was loaded from", e);
    }
  }

  /**
   * Reads the provider names listed in the service file of a plugin's jar or classes directory.
   *
   * @param providerClass a class of the plugin, which tells where the plugin is
   * @param service the service interface
   * @return the listed class names, without comments and blanks; empty when there is no file
   */
  public static List<String> servicesFileEntries(Class<?> providerClass, Class<?> service) {
    Path where = location(providerClass);
    String entry = "META-INF/services/" + service.getName();
    try {
      String text;
      if (Files.isDirectory(where)) {
        Path file = where.resolve(entry);
        if (!Files.exists(file)) {
          return List.of();
        }
        text = Files.readString(file, StandardCharsets.UTF_8);
      } else {
        try (JarFile jar = new JarFile(where.toFile())) {
          ZipEntry zipEntry = jar.getEntry(entry);
          if (zipEntry == null) {
            return List.of();
          }
          try (InputStream in = jar.getInputStream(zipEntry)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
        }
      }
      List<String> names = new ArrayList<>();
      for (String line : text.split("\\R")) {
        int hash = line.indexOf('#');
        String name = (hash >= 0 ? line.substring(0, hash) : line).trim();
        if (!name.isEmpty()) {
          names.add(name);
        }
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + entry + " in " + where, e);
    }
  }

  /**
   * Loads every provider of a service with the class loader of the plugin, as an application on the
   * class path would.
   *
   * @param service the service interface
   * @param providerClass a class of the plugin
   * @return the class names of the providers found
   * @throws AssertionError when a provider fails to load
   */
  public static List<String> loadFromClassPath(Class<?> service, Class<?> providerClass) {
    List<String> names = new ArrayList<>();
    try {
      for (Object provider : ServiceLoader.load(service, providerClass.getClassLoader())) {
        names.add(provider.getClass().getName());
      }
    } catch (ServiceConfigurationError e) {
      throw new AssertionError(
          "ServiceLoader could not load a " + service.getSimpleName() + ": " + e.getMessage(), e);
    }
    return names;
  }

  /**
   * What was found in a module layer.
   *
   * @param moduleName the plugin's module
   * @param providerClasses the class names of the providers found in the layer
   * @param descriptorIds the engine ids their descriptors give
   */
  public record ModulePathResult(
      String moduleName, List<String> providerClasses, List<String> descriptorIds) {}

  /**
   * Builds a module layer holding the plugin's module (its jar or classes directory), the SPI and
   * every module the plugin requires, taken from the class path or module path of the test, and
   * loads the service's providers from it. The layer has its own class loader, so the providers
   * found are independent of the test's class path.
   *
   * @param service the service interface
   * @param providerClass a class of the plugin
   * @return what was found
   * @throws AssertionError when the plugin is not a named module or a required module is missing
   */
  public static ModulePathResult loadFromModulePath(Class<?> service, Class<?> providerClass) {
    Module running = providerClass.getModule();
    if (running.isNamed() && running.getLayer() != null && !running.getDescriptor().isAutomatic()) {
      // The tests already run on the module path: the plugin's own layer is the one to check. A
      // second layer would hold second copies of its automatic modules, which cannot resolve.
      return load(running.getLayer(), running.getName(), service);
    }
    Path pluginLocation = location(providerClass);
    ModuleReference plugin = explicitModuleAt(pluginLocation);
    if (plugin == null) {
      throw new AssertionError(
          "the plugin at "
              + pluginLocation
              + " has no module-info.class; add a module-info.java that requires"
              + " org.theopy.voice.spi and declares 'provides "
              + service.getName()
              + " with "
              + providerClass.getName()
              + ";' so the plugin works on the module path");
    }
    String moduleName = plugin.descriptor().name();
    Map<String, Path> available = modulesOnPaths();
    available.put(moduleName, pluginLocation);
    available.putIfAbsent("org.theopy.voice.spi", location(service));

    Set<Path> chosen = requiredClosure(plugin.descriptor(), available);
    chosen.add(pluginLocation);
    ModuleLayer layer;
    try {
      ModuleFinder finder = ModuleFinder.of(chosen.toArray(Path[]::new));
      Configuration configuration =
          Configuration.resolve(
              finder,
              List.of(ModuleLayer.boot().configuration()),
              ModuleFinder.of(),
              Set.of(moduleName));
      layer =
          ModuleLayer.defineModulesWithOneLoader(
                  configuration, List.of(ModuleLayer.boot()), ClassLoader.getPlatformClassLoader())
              .layer();
    } catch (FindException | ResolutionException | LayerInstantiationException e) {
      throw new AssertionError(
          "module '" + moduleName + "' cannot be resolved on a module path: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new AssertionError(
          "module '" + moduleName + "' cannot be loaded as a module: " + e.getMessage(), e);
    }

    return load(layer, moduleName, service);
  }

  private static ModulePathResult load(ModuleLayer layer, String moduleName, Class<?> service) {
    List<String> classes = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    try {
      Class<?> layerService =
          layer.findModule("org.theopy.voice.spi").isPresent()
              ? layer.findLoader("org.theopy.voice.spi").loadClass(service.getName())
              : service;
      for (Object provider : ServiceLoader.load(layer, layerService)) {
        if (!moduleName.equals(provider.getClass().getModule().getName())) {
          continue;
        }
        classes.add(provider.getClass().getName());
        Object descriptor = layerService.getMethod("descriptor").invoke(provider);
        ids.add(String.valueOf(descriptor.getClass().getMethod("id").invoke(descriptor)));
      }
    } catch (ServiceConfigurationError e) {
      throw new AssertionError(
          "ServiceLoader could not load a provider from module '"
              + moduleName
              + "': "
              + e.getMessage(),
          e);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(
          "the provider in module '" + moduleName + "' failed to describe itself: " + e, e);
    }
    return new ModulePathResult(moduleName, classes, ids);
  }

  private static ModuleReference explicitModuleAt(Path location) {
    if (Files.isDirectory(location) && !Files.exists(location.resolve("module-info.class"))) {
      return null;
    }
    try {
      Optional<ModuleReference> found = ModuleFinder.of(location).findAll().stream().findFirst();
      if (found.isEmpty() || found.get().descriptor().isAutomatic()) {
        return null;
      }
      return found.get();
    } catch (FindException e) {
      throw new AssertionError("the plugin at " + location + " is not a valid module: " + e, e);
    }
  }

  /** Maps module names to the jars and module directories on the test's paths. */
  private static Map<String, Path> modulesOnPaths() {
    Map<String, Path> modules = new LinkedHashMap<>();
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property);
      if (value == null || value.isBlank()) {
        continue;
      }
      for (String element : value.split(File.pathSeparator)) {
        if (element.isBlank()) {
          continue;
        }
        Path path = Path.of(element);
        boolean jar = Files.isRegularFile(path) && element.endsWith(".jar");
        boolean exploded =
            Files.isDirectory(path) && Files.exists(path.resolve("module-info.class"));
        if (!jar && !exploded) {
          continue;
        }
        try {
          for (ModuleReference ref : ModuleFinder.of(path).findAll()) {
            modules.putIfAbsent(ref.descriptor().name(), path);
          }
        } catch (FindException e) {
          // A jar that cannot be a module (say, an invalid automatic name) is simply not offered.
        }
      }
    }
    return modules;
  }

  private static Set<Path> requiredClosure(ModuleDescriptor root, Map<String, Path> available) {
    ModuleFinder system = ModuleFinder.ofSystem();
    Set<Path> chosen = new LinkedHashSet<>();
    Set<String> seen = new LinkedHashSet<>();
    Deque<ModuleDescriptor> todo = new ArrayDeque<>();
    todo.add(root);
    seen.add(root.name());
    while (!todo.isEmpty()) {
      ModuleDescriptor current = todo.poll();
      for (ModuleDescriptor.Requires requires : current.requires()) {
        String name = requires.name();
        if (!seen.add(name)
            || system.find(name).isPresent()
            || requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)) {
          continue;
        }
        Path path = available.get(name);
        if (path == null) {
          throw new AssertionError(
              "module '"
                  + current.name()
                  + "' requires '"
                  + name
                  + "', which is on neither the test class path nor the module path; add the"
                  + " dependency, or make the requirement 'requires static' if it is optional");
        }
        chosen.add(path);
        ModuleFinder.of(path).find(name).ifPresent(ref -> todo.add(ref.descriptor()));
      }
    }
    return chosen;
  }
}
