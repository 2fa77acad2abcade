package org.theopy.portal.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** Who acts in the current request, as established by sign-in or bearer token. */
@RequestScoped
public class CurrentUser {

  /** The actor name used for changes made by the application itself. */
  public static final String SYSTEM = "system";

  @Inject private SecurityContext securityContext;

  /**
   * Returns the caller's user name.
   *
   * @return the name, or {@value #SYSTEM} outside a signed-in request
   */
  public String name() {
    Principal principal = securityContext.getCallerPrincipal();
    return principal == null ? SYSTEM : principal.getName();
  }

  /**
   * Tells whether the caller has a role.
   *
   * @param role a role name such as {@code admin}
   * @return true when the caller has it
   */
  public boolean hasRole(String role) {
    return securityContext.isCallerInRole(role);
  }

  /**
   * Fails unless the caller has the role.
   *
   * @param role a role name
   * @throws SecurityException naming the role when the caller lacks it
   */
  public void require(String role) {
    if (!hasRole(role)) {
      throw new SecurityException("this needs the role '" + role + "'");
    }
  }
}
