package org.theopy.voice.plugin.espeak.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.theopy.voice.spi.EngineConfigurationException;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineHealth;
import org.theopy.voice.spi.EngineKind;
import org.theopy.voice.spi.EngineTimeoutException;
import org.theopy.voice.spi.EngineUnavailableException;
import org.theopy.voice.spi.HealthStatus;
import org.theopy.voice.spi.InvalidInputException;
import org.theopy.voice.spi.SynthesizedSpeech;
import org.theopy.voice.spi.TextToSpeech;
import org.theopy.voice.spi.UnsupportedLanguageException;
import org.theopy.voice.spi.audio.Audio;
import org.theopy.voice.spi.audio.AudioFormat;

/**
 * Text-to-speech with the espeak-ng program. Each text starts one process with a fixed argument
 * list (no shell is involved) and reaches it on standard input, so nothing in the text can act as
 * an option or a command. The process writes a WAV file to standard output, which is read, and is
 * killed when it outlives the time limit or the caller is interrupted.
 *
 * <p>The program is looked up on every call and health check, so installing it later brings the
 * engine up without a restart.
 */
public final class EspeakTextToSpeech implements TextToSpeech {

  /** The engine id, also used in configuration and logs. */
  public static final String ID = "espeak";

  /** The rate of the audio returned; espeak-ng itself speaks at 22,050 Hz. */
  static final int RATE = 16_000;

  /** One hour of espeak-ng's 22,050 Hz output: a bound on memory. */
  private static final int MAX_WAV_BYTES = 2 * 22_050 * 3600 + 1024;

  private static final Logger LOG = LoggerFactory.getLogger(EspeakTextToSpeech.class);

  private final EngineDescriptor descriptor = describe();
  private final EspeakSettings settings;
  private final Semaphore running;
  private final AtomicInteger busy = new AtomicInteger();
  private final ExecutorService streams;
  private final AtomicBoolean closed = new AtomicBoolean();

  private EspeakTextToSpeech(EspeakSettings settings) {
    this.settings = settings;
    this.running = new Semaphore(settings.processes(), true);
    AtomicInteger count = new AtomicInteger();
    this.streams =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "theopy-espeak-io-" + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Builds the engine's descriptor.
   *
   * @return the descriptor
   */
  public static EngineDescriptor describe() {
    return EngineDescriptor.builder(ID, EngineKind.TEXT_TO_SPEECH)
        .displayName("eSpeak NG")
        .vendor("eSpeak NG project")
        .version("system program")
        .languages("en")
        .sampleRates(RATE)
        .build();
  }

  /**
   * Creates the engine. When the program is present it speaks a word to check the voice; when it is
   * missing the engine is still created and reports DOWN until the program appears.
   *
   * @param settings the checked settings
   * @return the engine
   * @throws EngineConfigurationException when the program is present but refuses the voice or the
   *     rate
   */
  public static EspeakTextToSpeech open(EspeakSettings settings) {
    EspeakTextToSpeech engine = new EspeakTextToSpeech(settings);
    Optional<Path> program = engine.findProgram();
    if (program.isEmpty()) {
      LOG.warn("{}: {}", ID, engine.missingReason());
      return engine;
    }
    try {
      engine.synthesize("ok", "en");
    } catch (EngineUnavailableException | EngineTimeoutException | InvalidInputException e) {
      engine.close();
      throw new EngineConfigurationException(
          ID,
          "espeak-ng at "
              + program.get()
              + " could not speak with voice '"
              + settings.voice()
              + "' at "
              + settings.wordsPerMinute()
              + " words a minute; check the settings 'voice' and 'speed'",
          e);
    }
    LOG.info("{}: using {} with voice {}", ID, program.get(), settings.voice());
    return engine;
  }

  @Override
  public EngineDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public SynthesizedSpeech synthesize(String text, String language) {
    ensureOpen();
    Objects.requireNonNull(language, "language");
    if (!descriptor.supportsLanguage(language)) {
      throw new UnsupportedLanguageException(ID, language, descriptor.languages());
    }
    Objects.requireNonNull(text, "text");
    String cleaned = clean(text);
    if (cleaned.isBlank()) {
      throw new InvalidInputException(ID, "text is empty; give at least one word to speak", null);
    }
    if (text.length() > settings.maxCharacters()) {
      throw new InvalidInputException(
          ID,
          "text of "
              + text.length()
              + " characters is longer than the limit of "
              + settings.maxCharacters()
              + " ('max.characters'); split it into several calls",
          null);
    }
    Path program =
        findProgram().orElseThrow(() -> new EngineUnavailableException(ID, missingReason(), null));

    acquire();
    try {
      busy.incrementAndGet();
      byte[] wav = run(program, cleaned);
      checkInterrupted();
      Audio audio = Audio.readWav(completeHeader(wav)).toMono();
      if (audio.isEmpty()) {
        throw new InvalidInputException(
            ID, "the text has nothing espeak-ng can speak (no words or numbers)", null);
      }
      LOG.debug("{}: spoke {} characters as {}", ID, text.length(), audio);
      return new SynthesizedSpeech(toSpeechRate(audio), settings.voice());
    } finally {
      busy.decrementAndGet();
      running.release();
    }
  }

  private byte[] run(Path program, String text) {
    List<String> command =
        List.of(
            program.toString(),
            "-v",
            settings.voice(),
            "-s",
            Integer.toString(settings.wordsPerMinute()),
            "-b",
            "1",
            "--stdout",
            "--stdin");
    Process process;
    try {
      process = new ProcessBuilder(command).start();
    } catch (IOException e) {
      throw new EngineUnavailableException(
          ID, "could not start " + program + ": " + e.getMessage(), e);
    }
    try {
      Future<byte[]> stdout = streams.submit(() -> readLimited(process.getInputStream()));
      Future<byte[]> stderr = streams.submit(() -> process.getErrorStream().readNBytes(4096));
      streams.submit(() -> writeText(process.getOutputStream(), text));
      if (!process.waitFor(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
        throw new EngineTimeoutException(ID, settings.timeout(), null);
      }
      byte[] wav = stdout.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
      if (process.exitValue() != 0) {
        String error = new String(stderr.get(1, TimeUnit.SECONDS), StandardCharsets.UTF_8).strip();
        throw new EngineUnavailableException(
            ID,
            "espeak-ng exited with status "
                + process.exitValue()
                + (error.isEmpty() ? "" : ": " + error),
            null);
      }
      return wav;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EngineUnavailableException(ID, "interrupted; the espeak-ng process was killed", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof InvalidInputException tooLong) {
        throw tooLong;
      }
      throw new EngineUnavailableException(
          ID, "could not read espeak-ng's output: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new EngineTimeoutException(ID, settings.timeout(), e);
    } finally {
      if (process.isAlive()) {
        process.destroyForcibly();
      }
    }
  }

  private static void checkInterrupted() {
    if (Thread.currentThread().isInterrupted()) {
      throw new EngineUnavailableException(ID, "interrupted while converting the speech", null);
    }
  }

  /**
   * Resamples espeak-ng's mono output to 16 kHz in blocks of about five seconds, checking for an
   * interrupt between blocks, so that the speech of a long text (minutes of audio) does not keep an
   * abandoned call busy. Each block is resampled with a margin of input on both sides that is wider
   * than the filter's reach and then trimmed; blocks start at multiples of the rates' common
   * period, so the result matches resampling the whole audio at once.
   *
   * @param mono mono audio at espeak-ng's rate
   * @return the audio at 16 kHz
   * @throws EngineUnavailableException when the thread is interrupted
   */
  public static Audio toSpeechRate(Audio mono) {
    int rate = mono.format().sampleRate();
    if (rate == RATE) {
      return mono;
    }
    int gcd = java.math.BigInteger.valueOf(rate).gcd(java.math.BigInteger.valueOf(RATE)).intValue();
    int inStep = rate / gcd;
    int outStep = RATE / gcd;
    int block = inStep * Math.max(1, 5 * rate / inStep);
    int margin = inStep * Math.max(1, (int) Math.ceil(64.0 * rate / RATE / inStep));
    int frames = mono.frameCount();
    int outFrames = (int) ((long) frames * RATE / rate);
    short[] out = new short[outFrames];
    for (int start = 0; start < frames; start += block) {
      checkInterrupted();
      int from = Math.max(0, start - margin);
      int to = Math.min(frames, start + block + margin);
      short[] part = mono.slice(from, to).resample(RATE).samples();
      int offset = (start - from) / inStep * outStep;
      int outStart = start / inStep * outStep;
      int count = Math.min(block / inStep * outStep, outFrames - outStart);
      count = Math.min(count, part.length - offset);
      if (count > 0) {
        System.arraycopy(part, offset, out, outStart, count);
      }
    }
    return Audio.of(out, AudioFormat.SPEECH_16K);
  }

  private static byte[] readLimited(InputStream in) throws IOException {
    byte[] data = in.readNBytes(MAX_WAV_BYTES + 1);
    if (data.length > MAX_WAV_BYTES) {
      throw new InvalidInputException(
          ID, "the speech for this text exceeds one hour of audio; split the text", null);
    }
    return data;
  }

  private static Void writeText(OutputStream stdin, String text) throws IOException {
    try (OutputStream out = stdin) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.write('\n');
    }
    return null;
  }

  /**
   * espeak-ng writes to a pipe, so it cannot go back to fill in the sizes in the WAV header and
   * leaves placeholders near 2 GiB; the sizes are set to what actually arrived.
   */
  static byte[] completeHeader(byte[] wav) {
    if (wav.length < 12) {
      return wav;
    }
    ByteBuffer buf = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
    int pos = 12;
    while (pos + 8 <= wav.length) {
      String id = new String(wav, pos, 4, StandardCharsets.US_ASCII);
      long size = buf.getInt(pos + 4) & 0xFFFFFFFFL;
      int body = pos + 8;
      if (id.equals("data")) {
        long available = wav.length - body;
        if (size > available) {
          buf.putInt(pos + 4, (int) (available & ~1L));
          buf.putInt(4, wav.length - 8);
        }
        return wav;
      }
      pos = (int) Math.min(wav.length, body + size + (size & 1));
    }
    return wav;
  }

  private static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c) || Character.isISOControl(c)) {
        out.append(' ');
      } else {
        out.append(Character.isSpaceChar(c) ? ' ' : c);
      }
    }
    return out.toString();
  }

  private void acquire() {
    try {
      if (!running.tryAcquire(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
        throw new EngineUnavailableException(
            ID,
            "all "
                + settings.processes()
                + " espeak-ng processes stayed busy for "
                + settings.timeout().toMillis()
                + " ms; raise 'processes' or send fewer calls at once",
            null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EngineUnavailableException(ID, "interrupted while waiting to run espeak-ng", e);
    }
  }

  /** Finds the program: a path when the setting holds a separator, else a search of PATH. */
  Optional<Path> findProgram() {
    String binary = settings.binary();
    if (binary.contains("/") || binary.contains(File.separator)) {
      Path path = Path.of(binary);
      return Files.isRegularFile(path) && Files.isExecutable(path)
          ? Optional.of(path)
          : Optional.empty();
    }
    String searchPath = System.getenv("PATH");
    if (searchPath == null) {
      return Optional.empty();
    }
    for (String dir : searchPath.split(File.pathSeparator)) {
      if (dir.isBlank()) {
        continue;
      }
      Path candidate = Path.of(dir, binary);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private String missingReason() {
    String binary = settings.binary();
    String where =
        binary.contains("/") || binary.contains(File.separator)
            ? "'" + binary + "' is not an executable file"
            : "'" + binary + "' is not on the PATH";
    return "the espeak-ng program is missing: "
        + where
        + "; install it (Debian: apt-get install espeak-ng) or set 'binary' to its path";
  }

  @Override
  public EngineHealth health() {
    if (closed.get()) {
      return EngineHealth.down("engine '" + ID + "' is closed");
    }
    Optional<Path> program = findProgram();
    if (program.isEmpty()) {
      return EngineHealth.down(missingReason());
    }
    int now = busy.get();
    if (now >= settings.processes()) {
      return EngineHealth.degraded(
          "all " + settings.processes() + " espeak-ng processes are busy; new calls wait");
    }
    return new EngineHealth(
        HealthStatus.UP,
        "ready: " + program.get() + ", voice " + settings.voice() + ", " + now + " running",
        Instant.now());
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      streams.shutdownNow();
      LOG.info("{}: closed", ID);
    }
  }

  private void ensureOpen() {
    if (closed.get()) {
      throw new EngineUnavailableException(ID, "the engine is closed", null);
    }
  }
}
