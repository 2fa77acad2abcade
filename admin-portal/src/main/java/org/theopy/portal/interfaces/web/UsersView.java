package org.theopy.portal.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import org.theopy.portal.application.AccountService;
import org.theopy.portal.domain.model.account.Role;
import org.theopy.portal.domain.model.account.UserAccount;

/** User accounts (admin): add users, change roles, lock out, reset passwords. */
@Named
@ViewScoped
public class UsersView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountService accounts;

  private List<UserAccount> users;
  private String newUsername;
  private String newDisplayName;
  private Role newRole = Role.VIEWER;
  private String issuedPassword;

  /** Loads the accounts. */
  public void load() {
    users = accounts.listUsers();
  }

  /** Adds a user with a temporary password shown once. */
  public void create() {
    try {
      issuedPassword =
          accounts.createUser(
              newUsername == null ? null : newUsername.strip(),
              newDisplayName,
              EnumSet.of(newRole));
      Faces.info(Faces.label("user.created") + ": " + newUsername);
      newUsername = null;
      newDisplayName = null;
      load();
    } catch (RuntimeException e) {
      if (!Faces.showRefusal(e)) {
        throw e;
      }
    }
  }

  /** Gives a user a new temporary password, shown once. */
  public void resetPassword(UserAccount user) {
    issuedPassword = accounts.resetPassword(user.getId());
    Faces.info(Faces.label("user.passwordReset") + ": " + user.getUsername());
    load();
  }

  /** Locks a user out or lets them back in. */
  public void toggleEnabled(UserAccount user) {
    try {
      accounts.updateUser(user.getId(), user.getRoles(), !user.isEnabled());
      load();
    } catch (RuntimeException e) {
      if (!Faces.showRefusal(e)) {
        throw e;
      }
    }
  }

  public List<UserAccount> getUsers() {
    return users;
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public String getNewUsername() {
    return newUsername;
  }

  public void setNewUsername(String newUsername) {
    this.newUsername = newUsername;
  }

  public String getNewDisplayName() {
    return newDisplayName;
  }

  public void setNewDisplayName(String newDisplayName) {
    this.newDisplayName = newDisplayName;
  }

  public Role getNewRole() {
    return newRole;
  }

  public void setNewRole(Role newRole) {
    this.newRole = newRole;
  }

  public String getIssuedPassword() {
    return issuedPassword;
  }
}
