package org.theopy.portal.domain.model.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.theopy.portal.domain.validation.PlainText;

/** A person who signs in to the portal. The password is stored only as a PBKDF2 hash. */
@Entity
@Table(name = "user_account")
public class UserAccount implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank(message = "{org.theopy.portal.user.username.required}")
  @Size(min = 3, max = 64, message = "{org.theopy.portal.user.username.length}")
  @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "{org.theopy.portal.Username.message}")
  @Column(nullable = false, unique = true, length = 64)
  private String username;

  @Size(max = 120, message = "{org.theopy.portal.TooLong.message}")
  @PlainText
  @Column(name = "display_name", length = 120)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword = true;

  @Column(nullable = false)
  private boolean enabled = true;

  @NotEmpty
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 16)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Column(name = "password_changed_at")
  private Instant passwordChangedAt;

  @Version private long version;

  /** For JPA. */
  public UserAccount() {}

  /**
   * Creates an enabled account that must change its password at first sign-in.
   *
   * @param username the sign-in name
   * @param passwordHash the PBKDF2 hash of the initial password
   * @param roles the roles
   */
  public UserAccount(String username, String passwordHash, Set<Role> roles) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.roles = EnumSet.copyOf(roles);
  }

  /**
   * Returns the role names for Jakarta Security.
   *
   * @return for example {@code [admin]}
   */
  public Set<String> roleNames() {
    return roles.stream().map(Role::roleName).collect(Collectors.toSet());
  }

  /**
   * Returns the values that the audit trail compares (never the password hash).
   *
   * @return an ordered map of field name to display value
   */
  public Map<String, String> auditSnapshot() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("username", username);
    values.put("displayName", Objects.toString(displayName, ""));
    values.put("roles", roles.stream().map(Role::roleName).sorted().toList().toString());
    values.put("enabled", Boolean.toString(enabled));
    values.put("mustChangePassword", Boolean.toString(mustChangePassword));
    values.put("passwordChangedAt", Objects.toString(passwordChangedAt, ""));
    return values;
  }

  /**
   * Replaces the password hash.
   *
   * @param newHash the PBKDF2 hash of the new password
   * @param temporary true when the user must change it at the next sign-in
   */
  public void changePasswordHash(String newHash, boolean temporary) {
    this.passwordHash = newHash;
    this.mustChangePassword = temporary;
    this.passwordChangedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public Set<Role> getRoles() {
    return roles;
  }

  public void setRoles(Set<Role> roles) {
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getPasswordChangedAt() {
    return passwordChangedAt;
  }
}
