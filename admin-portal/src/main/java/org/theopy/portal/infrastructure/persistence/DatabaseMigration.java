package org.theopy.portal.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Defines the portal's data source and brings its schema up to date with Flyway when the
 * application starts, before anything else touches the database. Connection settings come from
 * MicroProfile Config: {@code theopy.db.url}, {@code theopy.db.user}, {@code theopy.db.password}
 * (or the environment variables {@code THEOPY_DB_URL}, {@code THEOPY_DB_USER}, {@code
 * THEOPY_DB_PASSWORD}).
 */
@DataSourceDefinition(
    name = DatabaseMigration.DATA_SOURCE,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=theopy.db.url}",
    user = "${MPCONFIG=theopy.db.user}",
    password = "${MPCONFIG=theopy.db.password}",
    // Payara pools the connections: a few always open, at most 20 (PostgreSQL's default limit is
    // 100 connections for everything on the server).
    minPoolSize = 2,
    maxPoolSize = 20,
    initialPoolSize = 2,
    properties = {
      // Give up quickly when the database is unreachable rather than hanging the request.
      "connectTimeout=10",
      "ApplicationName=theopy-portal",
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=auto-commit"
    })
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

  /** JNDI name of the data source. */
  public static final String DATA_SOURCE = "java:app/jdbc/theopy";

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  private volatile String schemaVersion = "unknown";

  @PostConstruct
  void migrate() {
    long start = System.nanoTime();

    Flyway flyway =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            // Never wipe a database from the application.
            .cleanDisabled(true)
            .load();
    MigrateResult result = flyway.migrate();

    schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : "unknown";
    if (flyway.info().current() != null) {
      schemaVersion = flyway.info().current().getVersion().getVersion();
    }
    LOG.info(
        () ->
            "portal-db: schema at version "
                + schemaVersion
                + ", "
                + result.migrationsExecuted
                + " migration(s) applied in "
                + (System.nanoTime() - start) / 1_000_000
                + " ms");
  }

  /**
   * Returns the schema version after the startup migration.
   *
   * @return for example {@code 2}
   */
  public String schemaVersion() {
    return schemaVersion;
  }
}
