package org.theopy.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.theopy.portal.domain.model.account.ApiToken;
import org.theopy.portal.domain.model.account.Role;
import org.theopy.portal.domain.model.account.UserAccount;
import org.theopy.portal.infrastructure.persistence.AccountRepository;
import org.theopy.portal.infrastructure.security.PasswordHashing;

/**
 * User accounts, passwords and API tokens: sign-in checks, password changes, account administration
 * and bearer tokens. Passwords are kept as PBKDF2 hashes, tokens as SHA-256 hashes; neither is ever
 * logged.
 */
@ApplicationScoped
@Transactional
public class AccountService {

  /** Shortest password accepted. */
  public static final int MIN_PASSWORD_LENGTH = 12;

  /** Prefix of every API token, so that secret scanners recognise them. */
  public static final String TOKEN_PREFIX = "tpy_";

  /** Longest token lifetime. */
  public static final int MAX_TOKEN_DAYS = 365;

  private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
  private static final Duration ROLE_CACHE_TTL = Duration.ofSeconds(30);
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private AccountRepository accounts;
  @Inject private PasswordHashing hashing;
  @Inject private AuditTrail auditTrail;
  @Inject private EntityValidation validation;
  @Inject private CurrentUser currentUser;

  private final Map<String, CachedCaller> callers = new ConcurrentHashMap<>();
  private final SignInThrottle throttle = new SignInThrottle(java.time.Clock.systemUTC());

  /**
   * What the portal knows about a signed-in caller.
   *
   * @param username the user name
   * @param roles role names
   * @param mustChangePassword true while a temporary password is in use
   */
  public record Caller(String username, Set<String> roles, boolean mustChangePassword) {}

  private record CachedCaller(Caller caller, Instant expires) {}

  /**
   * Checks a user name and password.
   *
   * @param username the name typed
   * @param password the password typed
   * @return the caller when the account exists, is enabled and the password matches
   */
  public Optional<Caller> checkPassword(String username, char[] password) {
    if (throttle.isLocked(username)) {
      // Same work as a real check, so that the answer does not tell a locked name apart.
      hashing.verify(password, null);
      LOG.warning(() -> "sign-in: refused, user name locked after repeated failures");
      auditTrail.recordSignIn(
          username,
          accounts.findByUsername(username).map(UserAccount::getId).orElse(null),
          AuditTrail.SIGN_IN_FAILED,
          Map.of("reason", "user name locked after repeated failures"));
      return Optional.empty();
    }
    Optional<UserAccount> account = accounts.findByUsername(username);
    boolean matches =
        hashing.verify(password, account.map(UserAccount::getPasswordHash).orElse(null));
    if (!matches || !account.get().isEnabled()) {
      Long accountId = account.map(UserAccount::getId).orElse(null);
      String reason =
          account.isEmpty()
              ? "unknown user name"
              : !matches ? "wrong password" : "account disabled by an admin";
      auditTrail.recordSignIn(
          username, accountId, AuditTrail.SIGN_IN_FAILED, Map.of("reason", reason));
      if (throttle.failed(username)) {
        LOG.warning(
            () ->
                "sign-in: "
                    + SignInThrottle.MAX_FAILURES
                    + " failures for one user name, locked for "
                    + SignInThrottle.LOCK.toMinutes()
                    + " min");
        auditTrail.recordSignIn(
            username,
            accountId,
            AuditTrail.LOCKED_OUT,
            Map.of(
                "failures",
                String.valueOf(SignInThrottle.MAX_FAILURES),
                "lockedMinutes",
                String.valueOf(SignInThrottle.LOCK.toMinutes())));
      }
      LOG.info(() -> "sign-in: refused for a user name of length " + username.length());
      return Optional.empty();
    }
    throttle.succeeded(username);
    auditTrail.recordSignIn(username, account.get().getId(), AuditTrail.SIGN_IN, Map.of());
    LOG.info(() -> "sign-in: " + username);
    return Optional.of(toCaller(account.get()));
  }

  /**
   * Returns the current state of a signed-in user, cached for 30 seconds; a disabled account or a
   * changed role takes effect at most that long after the change.
   *
   * @param username the user name
   * @return the caller, or empty when the account is gone or disabled
   */
  public Optional<Caller> activeCaller(String username) {
    Instant now = Instant.now();
    CachedCaller cached = callers.get(username);
    if (cached != null && cached.expires().isAfter(now)) {
      return Optional.of(cached.caller());
    }
    Optional<Caller> caller =
        accounts.findByUsername(username).filter(UserAccount::isEnabled).map(this::toCaller);
    caller.ifPresentOrElse(
        c -> callers.put(username, new CachedCaller(c, now.plus(ROLE_CACHE_TTL))),
        () -> callers.remove(username));
    return caller;
  }

  /**
   * Changes the caller's own password.
   *
   * @param username the caller
   * @param currentPassword the password in use
   * @param newPassword the new password
   * @throws RuleViolationException when the current password is wrong or the new one is weak
   */
  public void changeOwnPassword(String username, char[] currentPassword, char[] newPassword) {
    UserAccount account =
        accounts
            .findByUsername(username)
            .orElseThrow(() -> new UnknownEntityException("user", username));
    if (!hashing.verify(currentPassword, account.getPasswordHash())) {
      throw new RuleViolationException("currentPassword", "the current password is wrong");
    }
    checkStrength(username, newPassword);
    if (hashing.verify(newPassword, account.getPasswordHash())) {
      throw new RuleViolationException(
          "newPassword", "the new password must differ from the current one");
    }
    Map<String, String> before = account.auditSnapshot();

    account.changePasswordHash(hashing.hash(newPassword), false);
    callers.remove(username);
    auditTrail.record(
        username, "UserAccount", account.getId(), "PASSWORD", before, account.auditSnapshot());
    LOG.info(() -> "account: " + username + " changed their password");
  }

  /**
   * Creates the first administrator when there is no account at all.
   *
   * @param username the administrator's name
   * @param password the initial password (to be changed at first sign-in)
   * @return true when the account was created, false when accounts already exist
   */
  public boolean createFirstAdmin(String username, char[] password) {
    if (accounts.count() > 0) {
      return false;
    }
    UserAccount admin = new UserAccount(username, hashing.hash(password), Set.of(Role.ADMIN));
    admin.setDisplayName("Administrator");
    accounts.add(admin);
    accounts.flush();
    auditTrail.record(
        CurrentUser.SYSTEM,
        "UserAccount",
        admin.getId(),
        "CREATE",
        Map.of(),
        admin.auditSnapshot());
    return true;
  }

  /**
   * Creates an account with a random temporary password that must be changed at first sign-in.
   *
   * @param username the new user's name
   * @param displayName the name shown, or null
   * @param roles the roles, at least one
   * @return the temporary password, to be handed to the user once
   * @throws ConflictException when the name is taken
   */
  public String createUser(String username, String displayName, Set<Role> roles) {
    currentUser.require(Role.ADMIN_NAME);
    if (accounts.findByUsername(username).isPresent()) {
      throw new ConflictException("a user named '" + username + "' exists");
    }
    String password = randomPassword();
    UserAccount account = new UserAccount(username, hashing.hash(password.toCharArray()), roles);
    account.setDisplayName(displayName);
    validation.check(account);

    accounts.add(account);
    accounts.flush();
    auditTrail.record(
        currentUser.name(),
        "UserAccount",
        account.getId(),
        "CREATE",
        Map.of(),
        account.auditSnapshot());
    return password;
  }

  /**
   * Changes roles and the enabled flag of an account.
   *
   * @param id the account's id
   * @param roles the new roles, at least one
   * @param enabled false to lock the account out
   */
  public void updateUser(long id, Set<Role> roles, boolean enabled) {
    currentUser.require(Role.ADMIN_NAME);
    UserAccount account =
        accounts.find(id).orElseThrow(() -> new UnknownEntityException("user", id));
    if (account.getUsername().equals(currentUser.name())
        && (!enabled || !roles.contains(Role.ADMIN))) {
      throw new RuleViolationException(
          "roles", "you cannot remove your own admin role or disable your own account");
    }
    Map<String, String> before = account.auditSnapshot();
    account.setRoles(roles);
    account.setEnabled(enabled);
    validation.check(account);

    callers.remove(account.getUsername());
    auditTrail.record(
        currentUser.name(), "UserAccount", id, "UPDATE", before, account.auditSnapshot());
  }

  /**
   * Gives an account a new random temporary password.
   *
   * @param id the account's id
   * @return the temporary password, to be handed to the user once
   */
  public String resetPassword(long id) {
    currentUser.require(Role.ADMIN_NAME);
    UserAccount account =
        accounts.find(id).orElseThrow(() -> new UnknownEntityException("user", id));
    Map<String, String> before = account.auditSnapshot();
    String password = randomPassword();

    account.changePasswordHash(hashing.hash(password.toCharArray()), true);
    callers.remove(account.getUsername());
    auditTrail.record(
        currentUser.name(), "UserAccount", id, "PASSWORD", before, account.auditSnapshot());
    return password;
  }

  /**
   * Returns all accounts.
   *
   * @return the accounts by name
   */
  public List<UserAccount> listUsers() {
    currentUser.require(Role.ADMIN_NAME);
    return accounts.findAll();
  }

  /**
   * Creates an API token for the caller.
   *
   * @param name what the token is for
   * @param days how long it stays valid, 1 to {@value #MAX_TOKEN_DAYS}
   * @return the token, shown once; only its hash is stored
   */
  public String createToken(String name, int days) {
    if (days < 1 || days > MAX_TOKEN_DAYS) {
      throw new RuleViolationException(
          "days", "a token lives between 1 and " + MAX_TOKEN_DAYS + " days, got " + days);
    }
    String username = currentUser.name();
    UserAccount account =
        accounts
            .findByUsername(username)
            .orElseThrow(() -> new UnknownEntityException("user", username));
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    ApiToken record =
        new ApiToken(
            account,
            name == null ? null : name.strip(),
            sha256(token),
            token.substring(0, 8),
            Instant.now().plus(Duration.ofDays(days)));
    validation.check(record);

    accounts.addToken(record);
    accounts.flush();
    auditTrail.record(
        username,
        "ApiToken",
        record.getId(),
        "CREATE",
        Map.of(),
        Map.of("name", record.getName(), "expiresAt", record.getExpiresAt().toString()));
    return token;
  }

  /**
   * Returns the caller's tokens.
   *
   * @return the token records, newest first
   */
  public List<ApiToken> listOwnTokens() {
    return accounts.findTokens(currentUser.name());
  }

  /**
   * Revokes one of the caller's tokens (an admin may revoke anyone's).
   *
   * @param id the token's id
   */
  public void revokeToken(long id) {
    ApiToken token =
        accounts.findToken(id).orElseThrow(() -> new UnknownEntityException("token", id));
    if (!token.getUser().getUsername().equals(currentUser.name())) {
      currentUser.require(Role.ADMIN_NAME);
    }
    token.revoke();
    auditTrail.record(
        currentUser.name(),
        "ApiToken",
        id,
        "REVOKE",
        Map.of("revokedAt", ""),
        Map.of("revokedAt", token.getRevokedAt().toString()));
  }

  /**
   * Authenticates a bearer token.
   *
   * @param token the token presented
   * @return the caller when the token is known, not revoked, not expired, and its user enabled and
   *     past the first-password change
   */
  public Optional<Caller> authenticateToken(String token) {
    if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 100) {
      return Optional.empty();
    }
    Instant now = Instant.now();
    Optional<ApiToken> record = accounts.findTokenByHash(sha256(token));
    if (record.isEmpty() || !record.get().isUsable(now)) {
      LOG.warning(
          () ->
              "api-token: "
                  + (record.isEmpty() ? "unknown" : "revoked or expired")
                  + " token presented"
                  + record.map(r -> " (prefix " + r.getPrefix() + ")").orElse(""));
      return Optional.empty();
    }
    ApiToken used = record.get();
    if (used.getLastUsedAt() == null || used.getLastUsedAt().isBefore(now.minusSeconds(60))) {
      used.markUsed(now);
    }
    Caller caller = toCaller(used.getUser());
    return caller.mustChangePassword() ? Optional.empty() : Optional.of(caller);
  }

  /**
   * Returns the SHA-256 of a token as lower-case hex, the form in which tokens are stored.
   *
   * @param token the token
   * @return 64 hex digits
   */
  public static String sha256(String token) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /**
   * Returns a random password of 20 letters and digits (about 119 bits).
   *
   * @return the password
   */
  public static String randomPassword() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return password.toString();
  }

  private static void checkStrength(String username, char[] password) {
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw new RuleViolationException(
          "newPassword", "the new password needs at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    if (password.length > PasswordHashing.MAX_PASSWORD_LENGTH) {
      throw new RuleViolationException(
          "newPassword",
          "the new password may have at most "
              + PasswordHashing.MAX_PASSWORD_LENGTH
              + " characters");
    }
    if (new String(password).equalsIgnoreCase(username)) {
      throw new RuleViolationException("newPassword", "the new password must not be the user name");
    }
  }

  private Caller toCaller(UserAccount account) {
    return new Caller(account.getUsername(), account.roleNames(), account.isMustChangePassword());
  }
}
