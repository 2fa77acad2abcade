package org.theopy.portal.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.theopy.portal.application.CurrentUser;
import org.theopy.portal.domain.model.account.Role;

/** The signed-in user as the page template shows it, and signing out. */
@Named
@RequestScoped
public class SessionView {

  @Inject private CurrentUser currentUser;

  /** Returns the user name. */
  public String getUsername() {
    return currentUser.name();
  }

  /** Tells whether the user may change risks, indicators and users. */
  public boolean isAdmin() {
    return currentUser.hasRole(Role.ADMIN_NAME);
  }

  /** Ends the session and returns to the sign-in page. */
  public void signOut() throws ServletException {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) context.getRequest()).logout();
    context.invalidateSession();
    Faces.redirect("/login.xhtml?signedOut=true");
  }
}
