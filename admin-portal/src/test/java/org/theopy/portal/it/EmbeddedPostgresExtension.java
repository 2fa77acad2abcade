package org.theopy.portal.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one real PostgreSQL (embedded binaries) for all integration tests of the JVM, on the port
 * that the build reserved ({@code it.db.port}) and that the portal under test is told about through
 * {@code THEOPY_DB_URL}. Declare it before the Arquillian extension, so the database is up before
 * Payara Micro starts. It stops when the JVM ends, after the servers.
 */
public class EmbeddedPostgresExtension implements BeforeAllCallback {

  private static EmbeddedPostgres postgres;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    start();
  }

  /**
   * Returns the database that the portal uses, for arranging and checking data.
   *
   * @return the {@code postgres} database
   */
  public static synchronized DataSource dataSource() throws IOException {
    start();
    return postgres.getPostgresDatabase();
  }

  private static synchronized void start() throws IOException {
    if (postgres != null) {
      return;
    }
    int port = Integer.parseInt(System.getProperty("it.db.port", "55432"));
    postgres = EmbeddedPostgres.builder().setPort(port).start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    postgres.close();
                  } catch (IOException e) {
                    System.err.println("embedded PostgreSQL did not stop: " + e.getMessage());
                  }
                }));
  }
}
