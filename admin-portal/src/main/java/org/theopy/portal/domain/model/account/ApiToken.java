package org.theopy.portal.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import org.theopy.portal.domain.validation.PlainText;

/**
 * A bearer token for the REST API, acting for its user with the user's roles. Only the SHA-256 hash
 * of the token is stored; the token itself is shown once, when it is created.
 */
@Entity
@Table(name = "api_token")
public class ApiToken implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "user_id", nullable = false)
  private UserAccount user;

  @NotBlank(message = "{org.theopy.portal.token.name.required}")
  @Size(max = 100, message = "{org.theopy.portal.TooLong.message}")
  @PlainText
  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  /** The first characters of the token, so that a user can tell tokens apart. */
  @Column(nullable = false, length = 12)
  private String prefix;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  /** For JPA. */
  public ApiToken() {}

  /**
   * Creates a token record.
   *
   * @param user whose token it is
   * @param name what it is for
   * @param tokenHash SHA-256 of the token, hex
   * @param prefix the first characters of the token
   * @param expiresAt when it stops working
   */
  public ApiToken(
      UserAccount user, String name, String tokenHash, String prefix, Instant expiresAt) {
    this.user = user;
    this.name = name;
    this.tokenHash = tokenHash;
    this.prefix = prefix;
    this.expiresAt = expiresAt;
  }

  /**
   * Tells whether the token may be used now.
   *
   * @param now the current instant
   * @return true when neither revoked nor expired and the user is enabled
   */
  public boolean isUsable(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt) && user.isEnabled();
  }

  /** Revokes the token now; it stops working at once. */
  public void revoke() {
    if (revokedAt == null) {
      revokedAt = Instant.now();
    }
  }

  public void markUsed(Instant now) {
    lastUsedAt = now;
  }

  public Long getId() {
    return id;
  }

  public UserAccount getUser() {
    return user;
  }

  public String getName() {
    return name;
  }

  public String getPrefix() {
    return prefix;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }
}
