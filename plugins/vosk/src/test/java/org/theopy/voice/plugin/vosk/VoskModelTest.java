package org.theopy.voice.plugin.vosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.theopy.voice.plugin.vosk.internal.BundledModel;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.EngineConfigurationException;
import org.theopy.voice.spi.SpeechToText;

/** The bundled model's unpacking, and models that are missing, incomplete or damaged. */
class VoskModelTest {

  @TempDir Path temp;

  @Test
  void shouldUnpackOnceAndReuseTheCopyWhenCalledAgain() throws IOException {
    Path first = BundledModel.unpack("vosk", temp);
    Path marker = first.resolve(".theopy-unpacked");
    long writtenAt = Files.getLastModifiedTime(marker).toMillis();

    Path second = BundledModel.unpack("vosk", temp);

    assertThat(second).isEqualTo(first);
    assertThat(first.getFileName().toString()).isEqualTo("vosk-model-small-en-us-0.3.45");
    assertThat(first.resolve("am/final.mdl")).isNotEmptyFile();
    assertThat(Files.getLastModifiedTime(marker).toMillis()).isEqualTo(writtenAt);
    try (Stream<Path> leftovers = Files.list(temp)) {
      assertThat(leftovers.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.contains(".partial-"));
    }
  }

  @Test
  void shouldReplaceACopyThatWasDamagedAfterUnpacking() throws IOException {
    Path dir = BundledModel.unpack("vosk", temp);
    Path model = dir.resolve("am/final.mdl");
    long size = Files.size(model);
    Files.write(model, new byte[100]);

    Path again = BundledModel.unpack("vosk", temp);

    assertThat(again).isEqualTo(dir);
    assertThat(Files.size(model)).isEqualTo(size);
  }

  @Test
  void shouldUnpackOneCompleteCopyWhenManyThreadsAskAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Path>> results = new ArrayList<>();

    try {
      Callable<Path> unpack = () -> BundledModel.unpack("vosk", temp);
      for (int i = 0; i < 4; i++) {
        results.add(pool.submit(unpack));
      }
      for (Future<Path> f : results) {
        assertThat(f.get(120, TimeUnit.SECONDS)).isEqualTo(results.get(0).get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(results.get(0).get().resolve(".theopy-unpacked")).isNotEmptyFile();
  }

  @Test
  void shouldNameTheMissingModelDirectory() {
    Path missing = temp.resolve("no-such-model");

    assertThatThrownBy(() -> create(Map.of("model.path", missing.toString())))
        .isInstanceOf(EngineConfigurationException.class)
        .hasMessageContaining("model.path")
        .hasMessageContaining(missing.toString());
  }

  @Test
  void shouldListWhatIsMissingFromAnIncompleteModel() throws IOException {
    Path model = copyOfModel();
    Files.delete(model.resolve("graph/Gr.fst"));
    Files.delete(model.resolve("conf/mfcc.conf"));

    assertThatThrownBy(() -> create(Map.of("model.path", model.toString())))
        .isInstanceOf(EngineConfigurationException.class)
        .hasMessageContaining("conf/mfcc.conf")
        .hasMessageContaining("graph/HCLG.fst");
  }

  @Test
  void shouldFailWithAConfigurationErrorWhenTheAcousticModelIsTruncated() throws IOException {
    Path model = copyOfModel();
    truncate(model.resolve("am/final.mdl"), 100_000);

    assertThatThrownBy(() -> create(Map.of("model.path", model.toString())))
        .isInstanceOf(EngineConfigurationException.class)
        .hasMessageContaining("could not load the model");
  }

  @Test
  void shouldFailWithAConfigurationErrorWhenTheDecodingGraphIsTruncated() throws IOException {
    Path model = copyOfModel();
    truncate(model.resolve("graph/HCLr.fst"), 1_000_000);

    assertThatThrownBy(() -> create(Map.of("model.path", model.toString())))
        .isInstanceOf(EngineConfigurationException.class)
        .hasMessageContaining("decoding graph");
  }

  @Test
  void shouldUseAModelDirectoryGivenByPath() throws IOException {
    Path model = copyOfModel();

    try (SpeechToText engine = create(Map.of("model.path", model.toString()))) {
      assertThat(engine.transcribe(SpeechData.recording("wav_freetts", "17"), "en").text())
          .isEqualTo("call mom");
    }
  }

  @Test
  void shouldRefuseBadSettingsByName() {
    assertThatThrownBy(() -> create(Map.of("recognizers", "0")))
        .isInstanceOf(EngineConfigurationException.class)
        .hasMessageContaining("recognizers");
    assertThatThrownBy(() -> create(Map.of("padding", "5s")))
        .isInstanceOf(EngineConfigurationException.class)
        .hasMessageContaining("padding");
  }

  private SpeechToText create(Map<String, String> settings) {
    EngineConfig config = SharedVosk.config();
    for (Map.Entry<String, String> e : settings.entrySet()) {
      config = config.with(e.getKey(), e.getValue());
    }
    return new VoskSpeechToTextProvider().create(config);
  }

  private Path copyOfModel() throws IOException {
    Path source = BundledModel.unpack("vosk", SharedVosk.CACHE);
    Path target = temp.resolve("model");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path out = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(out);
        } else {
          Files.copy(file, out, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return target;
  }

  private static void truncate(Path file, int length) throws IOException {
    byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(file), length);
    Files.write(file, head);
  }
}
