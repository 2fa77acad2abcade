package org.theopy.voice.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery on the module path: an engine module that declares its provider only with {@code
 * provides} in its module-info (no META-INF/services file) is compiled here, and the SPI, the core
 * and their dependencies are loaded as named modules in a module layer next to it.
 */
class ModulePathDiscoveryTest {

  @TempDir static Path dir;
  static ModuleLayer layer;

  @BeforeAll
  static void buildEngineModuleAndLayer() throws Exception {
    List<Path> modules = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.matches(
          ".*(voice-spi|voice-core.target.classes|slf4j-api|resilience4j|caffeine|jspecify"
              + "|error_prone).*")) {
        modules.add(Path.of(entry));
      }
    }
    Path spi =
        modules.stream().filter(p -> p.toString().contains("voice-spi")).findFirst().orElseThrow();
    Path src = dir.resolve("src/org/example/engine");
    Files.createDirectories(src);
    Files.writeString(
        dir.resolve("src/module-info.java"),
        "module org.example.engine {\n"
            + "  requires org.theopy.voice.spi;\n"
            + "  provides org.theopy.voice.spi.TextToSpeechProvider\n"
            + "      with org.example.engine.LayerTtsProvider;\n"
            + "}\n");
    Files.writeString(
        src.resolve("LayerTtsProvider.java"),
        "package org.example.engine;\n"
            + "import org.theopy.voice.spi.*;\n"
            + "public final class LayerTtsProvider implements TextToSpeechProvider {\n"
            + "  public EngineDescriptor descriptor() {\n"
            + "    return EngineDescriptor.builder(\"layer-tts\", EngineKind.TEXT_TO_SPEECH)\n"
            + "        .languages(\"en\").sampleRates(16000).build();\n"
            + "  }\n"
            + "  public TextToSpeech create(EngineConfig config) {\n"
            + "    throw new EngineUnavailableException(\"layer-tts\", \"not used here\", null);\n"
            + "  }\n"
            + "}\n");
    Path out = dir.resolve("out");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status =
        javac.run(
            null,
            null,
            null,
            "--module-path",
            spi.toString(),
            "-d",
            out.toString(),
            dir.resolve("src/module-info.java").toString(),
            src.resolve("LayerTtsProvider.java").toString());
    assertThat(status).isZero();
    modules.add(out);

    ModuleFinder finder = ModuleFinder.of(modules.toArray(Path[]::new));
    Configuration configuration =
        ModuleLayer.boot()
            .configuration()
            .resolve(
                finder, ModuleFinder.of(), Set.of("org.theopy.voice.core", "org.example.engine"));
    layer =
        ModuleLayer.boot()
            .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
  }

  @Test
  void shouldFindProviderDeclaredOnlyInModuleInfoWhenDiscoveringInALayer() throws Exception {
    Class<?> registryType = coreClass("org.theopy.voice.core.EngineRegistry");

    Object registry = registryType.getMethod("discover", ModuleLayer.class).invoke(null, layer);

    assertThat(ids(registryType, registry)).containsExactly("layer-tts");
    assertThat((List<?>) registryType.getMethod("diagnostics").invoke(registry)).isEmpty();
  }

  @Test
  void shouldFindProviderInNamedModuleWhenDiscoveringWithItsClassLoader() throws Exception {
    Class<?> registryType = coreClass("org.theopy.voice.core.EngineRegistry");

    Object registry =
        registryType
            .getMethod("discover", ClassLoader.class)
            .invoke(null, layer.findLoader("org.example.engine"));

    assertThat(ids(registryType, registry)).containsExactly("layer-tts");
    assertThat(registryType.getModule().getName()).isEqualTo("org.theopy.voice.core");
  }

  private static Class<?> coreClass(String name) throws ClassNotFoundException {
    return layer.findLoader("org.theopy.voice.core").loadClass(name);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<Object> ids(Class<?> registryType, Object registry) throws Exception {
    Class kindType = coreClass("org.theopy.voice.spi.EngineKind");
    Object tts = Enum.valueOf(kindType, "TEXT_TO_SPEECH");
    return (List<Object>) registryType.getMethod("ids", kindType).invoke(registry, tts);
  }
}
