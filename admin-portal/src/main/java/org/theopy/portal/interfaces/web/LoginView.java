package org.theopy.portal.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The sign-in page. */
@Named
@RequestScoped
public class LoginView {

  @Inject private SecurityContext securityContext;

  @NotBlank(message = "{org.theopy.portal.login.username.required}")
  @Size(max = 64, message = "{org.theopy.portal.TooLong.message}")
  private String username;

  @NotBlank(message = "{org.theopy.portal.login.password.required}")
  @Size(max = 128, message = "{org.theopy.portal.login.password.tooLong}")
  private String password;

  /** Sends a user who is already signed in on to the register. */
  public void redirectIfSignedIn() {
    if (securityContext.getCallerPrincipal() != null) {
      Faces.redirect("/risks.xhtml");
    }
  }

  /** Checks the user name and password and, when they match, opens the register. */
  public void signIn() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext context = faces.getExternalContext();
    AuthenticationStatus status =
        securityContext.authenticate(
            (HttpServletRequest) context.getRequest(),
            (HttpServletResponse) context.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(username.strip(), new Password(password))));
    password = null;
    switch (status) {
      case SUCCESS -> Faces.redirect("/risks.xhtml");
      case SEND_CONTINUE -> faces.responseComplete();
      default -> Faces.error(null, Faces.label("login.failed"));
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
