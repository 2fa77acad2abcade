package org.theopy.voice.plugin.vosk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.theopy.voice.spi.EngineConfigurationException;
import org.theopy.voice.spi.EngineUnavailableException;

/**
 * The English model that the {@code voice-plugin-vosk-model-en} jar carries, and its unpacked copy
 * in a cache directory.
 *
 * <p>Native code can only read a model from a directory, so on first use the model's files are
 * copied out of the archive that the jar carries. The copy is made in a temporary directory beside
 * the target, a marker listing every file and its size is written last, and the directory is then
 * renamed into place in one atomic step; a lock file serialises processes that start at the same
 * moment. A later start finds the marker, checks the sizes and reuses the copy; a copy that is
 * incomplete or damaged is replaced.
 */
public final class BundledModel {

  /** Where the model jar keeps its description, relative to the class path root. */
  static final String DESCRIPTION = "theopy-vosk-model/en-us.properties";

  /** The marker written into a completely unpacked model. */
  static final String MARKER = ".theopy-unpacked";

  private static final Logger LOG = LoggerFactory.getLogger(BundledModel.class);

  private BundledModel() {}

  /**
   * Returns the default cache directory: {@code $XDG_CACHE_HOME/theopy/vosk} when that variable is
   * set, else {@code ~/.cache/theopy/vosk}.
   *
   * @return the directory
   */
  public static Path defaultCacheDirectory() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("theopy").resolve("vosk");
  }

  /**
   * Returns the directory of the unpacked bundled model, unpacking it first when needed. Safe to
   * call from several threads and processes at once.
   *
   * @param engineId the engine, for messages and logs
   * @param cacheRoot the cache directory; the model goes into a subdirectory named after the
   *     model's name and version
   * @return the model directory
   * @throws EngineConfigurationException when the model jar is not on the class path or cannot be
   *     read from where it is
   * @throws EngineUnavailableException when the cache directory cannot be written
   */
  public static Path unpack(String engineId, Path cacheRoot) {
    URL description = findDescription();
    if (description == null) {
      throw new EngineConfigurationException(
          engineId,
          "no model configured and the bundled English model (artifact"
              + " org.theopy:voice-plugin-vosk-model-en) is not on the class path; add it, or set"
              + " 'model.path' to a Vosk model directory",
          null);
    }
    Properties props = readProperties(engineId, description);
    String name = props.getProperty("name", "vosk-model") + "-" + props.getProperty("version", "0");
    Path target = cacheRoot.resolve(name);
    synchronized (BundledModel.class) {
      if (isComplete(target)) {
        return target;
      }
      try {
        Files.createDirectories(cacheRoot);
        try (FileChannel channel =
                FileChannel.open(
                    cacheRoot.resolve(name + ".lock"),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.lock()) {
          if (isComplete(target)) {
            return target;
          }
          copyOut(engineId, description, props, target);
          return target;
        }
      } catch (IOException e) {
        throw new EngineUnavailableException(
            engineId,
            "could not unpack the bundled model into "
                + cacheRoot
                + " ("
                + e
                + "); make it writable or set 'model.cache-dir'",
            e);
      }
    }
  }

  private static URL findDescription() {
    URL url = BundledModel.class.getClassLoader().getResource(DESCRIPTION);
    if (url == null && Thread.currentThread().getContextClassLoader() != null) {
      url = Thread.currentThread().getContextClassLoader().getResource(DESCRIPTION);
    }
    return url;
  }

  private static Properties readProperties(String engineId, URL description) {
    Properties props = new Properties();
    try (InputStream in = description.openStream()) {
      props.load(in);
      return props;
    } catch (IOException e) {
      throw new EngineConfigurationException(
          engineId, "could not read the bundled model's description " + description, e);
    }
  }

  /**
   * Tells whether a directory holds a complete copy: the marker is there and every file it lists
   * has the listed size.
   */
  static boolean isComplete(Path dir) {
    Path marker = dir.resolve(MARKER);
    if (!Files.isRegularFile(marker)) {
      return false;
    }
    try {
      List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
      if (lines.isEmpty()) {
        return false;
      }
      for (String line : lines) {
        int tab = line.lastIndexOf('\t');
        if (tab < 0) {
          return false;
        }
        Path file = dir.resolve(line.substring(0, tab));
        if (!Files.isRegularFile(file)
            || Files.size(file) != Long.parseLong(line.substring(tab + 1))) {
          return false;
        }
      }
      return true;
    } catch (IOException | NumberFormatException e) {
      return false;
    }
  }

  private static void copyOut(String engineId, URL description, Properties props, Path target)
      throws IOException {
    long started = System.nanoTime();
    Path partial =
        Files.createTempDirectory(target.getParent(), target.getFileName() + ".partial-");
    try {
      List<String> listing = new ArrayList<>();
      long bytes = extract(engineId, description, props, partial, listing);
      if (listing.isEmpty()) {
        throw new EngineConfigurationException(
            engineId, "the bundled model archive beside " + description + " holds no model", null);
      }
      Files.write(partial.resolve(MARKER), listing, StandardCharsets.UTF_8);
      if (Files.exists(target)) {
        LOG.warn("{}: replacing the incomplete or damaged model copy at {}", engineId, target);
        deleteTree(target);
      }
      try {
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, target);
      }
      LOG.info(
          "{}: unpacked the bundled model ({} files, {} MB) to {} in {} ms",
          engineId,
          listing.size(),
          bytes / (1024 * 1024),
          target,
          (System.nanoTime() - started) / 1_000_000);
    } finally {
      if (Files.exists(partial)) {
        deleteTree(partial);
      }
    }
  }

  /**
   * Copies the model folder's files out of the archive that lies beside the description, checking
   * each entry's name (nothing may land outside the target) and size.
   */
  private static long extract(
      String engineId, URL description, Properties props, Path to, List<String> listing)
      throws IOException {
    String folder = props.getProperty("folder", "assets/model-en-us/");
    URL archive = new URL(description, props.getProperty("archive", "en-us.aar"));
    long bytes = 0;
    Path root = to.toAbsolutePath().normalize();
    try (InputStream raw = archive.openStream();
        ZipInputStream zip = new ZipInputStream(raw)) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        String name = entry.getName();
        if (entry.isDirectory() || !name.startsWith(folder) || name.length() == folder.length()) {
          continue;
        }
        String relative = name.substring(folder.length());
        Path out = root.resolve(relative).normalize();
        if (!out.startsWith(root) || relative.contains("\\")) {
          throw new EngineConfigurationException(
              engineId, "the bundled model archive has a suspicious entry '" + name + "'", null);
        }
        Files.createDirectories(out.getParent());
        long size = Files.copy(zip, out);
        if (entry.getSize() >= 0 && entry.getSize() != size) {
          throw new IOException(
              "entry " + name + " has " + size + " bytes, expected " + entry.getSize());
        }
        bytes += size;
        listing.add(relative + "\t" + size);
      }
    } catch (java.io.FileNotFoundException e) {
      throw new EngineConfigurationException(
          engineId,
          "the bundled model archive " + archive + " is missing; the model jar is damaged",
          e);
    }
    return bytes;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
