package org.theopy.portal.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes and verifies passwords with Jakarta Security's PBKDF2 ({@code PBKDF2WithHmacSHA512},
 * 32-byte salt, 64-byte key). The stored form names algorithm and iterations, so raising the
 * iteration count later still verifies older hashes.
 */
@ApplicationScoped
public class PasswordHashing {

  /** Longest password accepted: PBKDF2 cost grows with length, and no one types more. */
  public static final int MAX_PASSWORD_LENGTH = 128;

  @Inject private Pbkdf2PasswordHash pbkdf2;

  @Inject
  @ConfigProperty(name = "theopy.security.pbkdf2-iterations", defaultValue = "210000")
  private int iterations;

  private String dummyHash;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    dummyHash = pbkdf2.generate("not-a-password".toCharArray());
  }

  /**
   * Hashes a password.
   *
   * @param password the password
   * @return the encoded hash, with algorithm, iterations and salt
   */
  public String hash(char[] password) {
    return pbkdf2.generate(password);
  }

  /**
   * Verifies a password against a stored hash.
   *
   * @param password the password typed
   * @param storedHash the stored hash, or null when the user does not exist (then a dummy hash is
   *     checked so that the answer takes as long as for a real user)
   * @return true when the password matches
   */
  public boolean verify(char[] password, String storedHash) {
    if (password.length > MAX_PASSWORD_LENGTH) {
      return false;
    }
    if (storedHash == null) {
      pbkdf2.verify(password, dummyHash);
      return false;
    }
    return pbkdf2.verify(password, storedHash);
  }
}
