package org.theopy.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.theopy.portal.domain.model.account.ApiToken;
import org.theopy.portal.domain.model.account.UserAccount;

/** Stores and finds user accounts and their API tokens. */
@ApplicationScoped
public class AccountRepository {

  @PersistenceContext(unitName = "theopy")
  private EntityManager em;

  /**
   * Finds an account by its sign-in name.
   *
   * @param username the name, exactly as stored
   * @return the account, or empty
   */
  public Optional<UserAccount> findByUsername(String username) {
    return em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
        .setParameter("name", username)
        .getResultStream()
        .findFirst();
  }

  /**
   * Finds an account by id.
   *
   * @param id the id
   * @return the account, or empty
   */
  public Optional<UserAccount> find(long id) {
    return Optional.ofNullable(em.find(UserAccount.class, id));
  }

  /**
   * Returns all accounts by name.
   *
   * @return the accounts
   */
  public List<UserAccount> findAll() {
    return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
        .getResultList();
  }

  /**
   * Counts the accounts.
   *
   * @return the number of accounts
   */
  public long count() {
    return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
  }

  /**
   * Stores a new account.
   *
   * @param account the account
   */
  public void add(UserAccount account) {
    em.persist(account);
  }

  /** Writes pending changes now, so that generated ids are known. */
  public void flush() {
    em.flush();
  }

  /**
   * Finds a token by the hash of its value.
   *
   * @param tokenHash SHA-256 of the token, hex
   * @return the token record, or empty
   */
  public Optional<ApiToken> findTokenByHash(String tokenHash) {
    return em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
        .setParameter("hash", tokenHash)
        .getResultStream()
        .findFirst();
  }

  /**
   * Returns the tokens of a user, newest first.
   *
   * @param username the user
   * @return the token records
   */
  public List<ApiToken> findTokens(String username) {
    return em.createQuery(
            "select t from ApiToken t where t.user.username = :name order by t.createdAt desc",
            ApiToken.class)
        .setParameter("name", username)
        .getResultList();
  }

  /**
   * Finds a token record by id.
   *
   * @param id the id
   * @return the token record, or empty
   */
  public Optional<ApiToken> findToken(long id) {
    return Optional.ofNullable(em.find(ApiToken.class, id));
  }

  /**
   * Stores a new token record.
   *
   * @param token the record
   */
  public void addToken(ApiToken token) {
    em.persist(token);
  }
}
