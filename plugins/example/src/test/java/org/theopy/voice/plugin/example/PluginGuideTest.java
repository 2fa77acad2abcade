package org.theopy.voice.plugin.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/plugin-guide.md true: every code block the guide introduces with {@code <!-- from:
 * path -->} must appear, line for line, in that file of the repository.
 */
class PluginGuideTest {

  private static final Pattern SNIPPET =
      Pattern.compile("<!-- from: (\\S+) -->\\s*\\n```[a-z]*\\n(.*?)\\n```", Pattern.DOTALL);

  private static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("docs/plugin-guide.md"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("repository root holding docs/plugin-guide.md").isNotNull();
    return dir;
  }

  private static String lines(String text) {
    return text.lines().map(String::stripTrailing).collect(Collectors.joining("\n"));
  }

  @Test
  void shouldQuoteTheRepositoryWordForWordWhenGuideShowsCode() throws IOException {
    Path root = root();
    String guide = Files.readString(root.resolve("docs/plugin-guide.md"));
    Matcher m = SNIPPET.matcher(guide);
    List<String> stale = new ArrayList<>();
    int checked = 0;

    while (m.find()) {
      Path source = root.resolve(m.group(1));
      String file = Files.exists(source) ? lines(Files.readString(source)) : "";
      if (!file.contains(lines(m.group(2)))) {
        stale.add(m.group(1));
      }
      checked++;
    }

    assertThat(checked).as("code blocks checked").isGreaterThanOrEqualTo(6);
    assertThat(stale).as("guide blocks that no longer match their source file").isEmpty();
  }
}
