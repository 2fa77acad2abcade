package org.theopy.portal.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.theopy.portal.application.AccountService;
import org.theopy.portal.domain.model.account.ApiToken;

/** The caller's API tokens: create (shown once), list, revoke. */
@Named
@ViewScoped
public class TokensView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountService accounts;

  private List<ApiToken> tokens;
  private String name;
  private int days = 90;
  private String issuedToken;

  /** Loads the caller's tokens. */
  public void load() {
    tokens = accounts.listOwnTokens();
  }

  /** Creates a token and shows it once. */
  public void create() {
    try {
      issuedToken = accounts.createToken(name, days);
      name = null;
      load();
    } catch (RuntimeException e) {
      if (!Faces.showRefusal(e)) {
        throw e;
      }
    }
  }

  /** Revokes a token. */
  public void revoke(ApiToken token) {
    accounts.revokeToken(token.getId());
    load();
  }

  public List<ApiToken> getTokens() {
    return tokens;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = days;
  }

  public String getIssuedToken() {
    return issuedToken;
  }
}
