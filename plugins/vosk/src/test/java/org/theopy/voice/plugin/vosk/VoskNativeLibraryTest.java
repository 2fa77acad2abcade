package org.theopy.voice.plugin.vosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A machine where Vosk's native library cannot be loaded: simulated in a child JVM in which JNA may
 * not unpack libraries from jars, so it finds no {@code libvosk}.
 */
class VoskNativeLibraryTest {

  @Test
  void shouldFailWithATypedErrorAndNotCrashWhenTheNativeLibraryIsMissing()
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
                java.toString(),
                "-Djna.nounpack=true",
                "-Djna.nosys=false",
                "-Djna.library.path=/nonexistent",
                "-cp",
                System.getProperty("java.class.path"),
                NativeLibraryProbe.class.getName(),
                SharedVosk.CACHE.toString())
            .redirectErrorStream(true);

    Process process = builder.start();
    boolean ended = process.waitFor(60, TimeUnit.SECONDS);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(ended).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    List<String> failures =
        output.lines().filter(l -> l.startsWith("EngineUnavailableException")).toList();
    assertThat(failures).as(output).hasSize(2);
    assertThat(failures.get(0)).contains("native library could not be loaded");
    assertThat(failures.get(1)).isEqualTo(failures.get(0));
  }
}
