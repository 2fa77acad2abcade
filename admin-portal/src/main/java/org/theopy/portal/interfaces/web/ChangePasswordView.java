package org.theopy.portal.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import org.theopy.portal.application.AccountService;
import org.theopy.portal.application.CurrentUser;
import org.theopy.portal.application.RuleViolationException;

/** The password change page, forced after a temporary password. */
@Named
@RequestScoped
public class ChangePasswordView {

  @Inject private AccountService accounts;
  @Inject private CurrentUser currentUser;

  @NotBlank(message = "{org.theopy.portal.password.current.required}")
  private String currentPassword;

  @NotBlank(message = "{org.theopy.portal.password.new.required}")
  private String newPassword;

  @NotBlank(message = "{org.theopy.portal.password.confirmation.required}")
  private String confirmation;

  /** Changes the password when the confirmation matches and the rules are met. */
  public void change() {
    if (!newPassword.equals(confirmation)) {
      Faces.error("form:confirmation", Faces.label("password.mismatch"));
      return;
    }
    try {
      accounts.changeOwnPassword(
          currentUser.name(), currentPassword.toCharArray(), newPassword.toCharArray());
    } catch (RuleViolationException e) {
      Faces.error(null, e.getMessage());
      return;
    }
    Faces.info(Faces.label("password.changed"));
    Faces.keepMessages();
    Faces.redirect("/risks.xhtml");
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
