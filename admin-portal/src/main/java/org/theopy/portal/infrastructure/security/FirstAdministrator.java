package org.theopy.portal.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.theopy.portal.application.AccountService;

/**
 * On a database with no account at all, creates the administrator {@code admin}. Its password comes
 * from {@code theopy.admin.initial-password} when set (it is then never printed), else it is random
 * and printed once on the console. Either way it must be changed at the first sign-in.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstAdministrator {

  /** The first administrator's user name. */
  public static final String USERNAME = "admin";

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @Inject private AccountService accounts;

  @Inject
  @ConfigProperty(name = "theopy.admin.initial-password")
  private Optional<String> configuredPassword;

  @PostConstruct
  void createWhenNoAccountExists() {
    boolean random = configuredPassword.map(String::isBlank).orElse(true);
    String password = random ? AccountService.randomPassword() : configuredPassword.get();

    boolean created = accounts.createFirstAdmin(USERNAME, password.toCharArray());

    if (!created) {
      return;
    }
    if (random) {
      // Printed on purpose, once: this is how the operator learns the first password. It is
      // temporary and must be changed at the first sign-in.
      System.out.println(
          """

          ================================================================
           Theopy portal: first start, administrator account created
             user name: %s
             password : %s
           Sign in and choose your own password (this one is temporary).
          ================================================================
          """
              .formatted(USERNAME, password));
    }
    LOG.info(
        () ->
            "portal-security: created the first administrator '"
                + USERNAME
                + "' with "
                + (random ? "a random password (printed once)" : "the configured password"));
  }
}
