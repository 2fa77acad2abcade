package org.theopy.portal.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the portal for a person trying it out: an embedded PostgreSQL (real binaries, data kept
 * between runs) and Payara Micro with the portal's WAR, as a child process. With {@code
 * THEOPY_DB_URL} (or {@code -Dtheopy.db.url}) set, it uses that database instead and starts no
 * embedded one. Ctrl-C stops Payara Micro, then PostgreSQL.
 *
 * <p>Settings (system property or environment variable): {@code theopy.port} / {@code THEOPY_PORT}
 * (8080), {@code theopy.data-dir} / {@code THEOPY_DATA_DIR} (the embedded database's directory, by
 * default {@code .theopy/portal-db} under the project).
 */
public final class PortalLauncher {

  private static volatile boolean stopping;

  private PortalLauncher() {}

  /**
   * Runs the portal until Ctrl-C or until Payara Micro ends.
   *
   * @param args ignored
   * @throws Exception when something cannot be started
   */
  public static void main(String[] args) throws Exception {
    Path war = Path.of(required("theopy.launcher.war"));
    Path microJar = Path.of(required("theopy.launcher.micro-jar"));
    Path projectDir = Path.of(System.getProperty("theopy.launcher.project-dir", "."));
    int port = Integer.parseInt(setting("theopy.port", "THEOPY_PORT", "8080"));
    String externalUrl = setting("theopy.db.url", "THEOPY_DB_URL", null);

    EmbeddedPostgres postgres = null;
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx768m");
    Path dataDir = null;
    if (externalUrl == null) {
      dataDir =
          Path.of(
                  setting(
                      "theopy.data-dir",
                      "THEOPY_DATA_DIR",
                      projectDir.resolve(".theopy/portal-db").toString()))
              .toAbsolutePath()
              .normalize();
      Files.createDirectories(dataDir);
      int dbPort = freePort();
      System.out.println("[theopy] starting the embedded PostgreSQL, data in " + dataDir);
      postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(false)
              .setPort(dbPort)
              .start();
      createDatabaseIfMissing(postgres);
      command.add("-Dtheopy.db.url=jdbc:postgresql://localhost:" + dbPort + "/theopy");
      command.add("-Dtheopy.db.user=postgres");
      command.add("-Dtheopy.db.password=postgres");
    } else {
      System.out.println("[theopy] using the external database " + redact(externalUrl));
      for (String key : List.of("theopy.db.url", "theopy.db.user", "theopy.db.password")) {
        String value = System.getProperty(key);
        if (value != null) {
          command.add("-D" + key + "=" + value);
        }
      }
    }
    command.addAll(
        List.of(
            "-jar",
            microJar.toString(),
            "--nocluster",
            "--nohazelcast",
            "--disablephonehome",
            "--port",
            Integer.toString(port),
            "--contextroot",
            "/",
            "--deploy",
            war.toString()));

    long start = System.nanoTime();
    Process payara = new ProcessBuilder(command).inheritIO().start();
    EmbeddedPostgres database = postgres;
    Thread stopper =
        new Thread(
            () -> {
              stopping = true;
              System.out.println("[theopy] stopping the portal");
              stop(payara);
              closeQuietly(database);
            },
            "theopy-launcher-stop");
    Runtime.getRuntime().addShutdownHook(stopper);

    String url = "http://localhost:" + port + "/";
    if (waitUntilUp(payara, URI.create(url + "login.xhtml"), Duration.ofMinutes(3))) {
      long seconds = (System.nanoTime() - start) / 1_000_000_000L;
      System.out.println(
          """

          ================================================================
           Theopy portal is running at %s  (ready in %d s)
           Sign in as 'admin'. On the first start its temporary password
           is printed above in the 'first start' box; you then choose
           your own. Later starts keep your data%s.
           Health: %shealth  Metrics: %smetrics  OpenAPI: %sopenapi
           Press Ctrl-C to stop.
          ================================================================
          """
              .formatted(
                  url,
                  seconds,
                  dataDir == null ? " in the external database" : " in " + dataDir,
                  url,
                  url,
                  url));
    } else if (payara.isAlive()) {
      System.out.println("[theopy] the portal did not answer within 3 minutes; see the log above");
    }
    int exit = payara.waitFor();
    if (exit != 0 && !stopping) {
      System.out.println("[theopy] Payara Micro ended with exit code " + exit);
    }
  }

  private static boolean waitUntilUp(Process payara, URI page, Duration limit)
      throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline && payara.isAlive()) {
      try {
        HttpResponse<Void> response =
            client.send(
                HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return true;
        }
      } catch (IOException e) {
        // Not listening yet.
      }
      Thread.sleep(250);
    }
    return false;
  }

  private static void stop(Process payara) {
    if (!payara.isAlive()) {
      return;
    }
    payara.destroy();
    try {
      if (!payara.waitFor(30, TimeUnit.SECONDS)) {
        payara.destroyForcibly();
      }
    } catch (InterruptedException e) {
      payara.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static void closeQuietly(EmbeddedPostgres postgres) {
    if (postgres == null) {
      return;
    }
    try {
      postgres.close();
    } catch (IOException e) {
      System.out.println("[theopy] PostgreSQL did not stop cleanly: " + e.getMessage());
    }
  }

  private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("select 1 from pg_database where datname = 'theopy'")) {
      if (!rows.next()) {
        statement.execute("create database theopy");
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException(
          "system property " + property + " is missing: start through ./mvnw -Prun");
    }
    return value;
  }

  private static String setting(String property, String variable, String fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(variable);
    }
    return value == null || value.isBlank() ? fallback : value;
  }

  private static String redact(String url) {
    return url.replaceAll("password=[^&]*", "password=***");
  }
}
