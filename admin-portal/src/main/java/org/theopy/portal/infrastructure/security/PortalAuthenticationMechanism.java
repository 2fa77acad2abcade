package org.theopy.portal.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.theopy.portal.application.AccountService;
import org.theopy.portal.application.AccountService.Caller;

/**
 * Authenticates every request of the portal.
 *
 * <ul>
 *   <li>{@code /api/...} and {@code /metrics}, and any request that carries one: a bearer token in
 *       the {@code Authorization} header, checked against the stored token hashes on each call; no
 *       session is created. Without a valid token the answer is 401 with a JSON body.
 *   <li>Pages: the sign-in page calls {@code SecurityContext.authenticate} with the user name and
 *       password; on success the session id is renewed (against session fixation) and the user name
 *       is kept in the session. Later requests of that session are signed in from it, with roles
 *       re-read at most every 30 seconds, so a disabled account is locked out quickly. Protected
 *       pages without a session redirect to the sign-in page; a user with a temporary password is
 *       sent to the password change page until it is changed.
 * </ul>
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** Session attribute holding the signed-in user name. */
  public static final String SESSION_USER = "theopy.user";

  /** The sign-in page. */
  public static final String LOGIN_PAGE = "/login.xhtml";

  /** The password change page. */
  public static final String CHANGE_PASSWORD_PAGE = "/change-password.xhtml";

  @Inject private IdentityStoreHandler identityStoreHandler;
  @Inject private AccountService accounts;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String authorization = request.getHeader("Authorization");
    boolean hasBearer =
        authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    if (isTokenOnly(path) || hasBearer) {
      return bearer(request, response, context);
    }

    Credential credential =
        context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
    if (credential != null) {
      return signIn(request, context, credential);
    }

    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_USER) instanceof String username) {
      Optional<Caller> caller = accounts.activeCaller(username);
      if (caller.isPresent()) {
        if (caller.get().mustChangePassword() && !allowedDuringPasswordChange(path)) {
          return redirect(request, response, context, CHANGE_PASSWORD_PAGE);
        }
        return context.notifyContainerAboutLogin(username, caller.get().roles());
      }
      session.invalidate();
    }
    if (context.isProtected()) {
      return redirect(request, response, context, LOGIN_PAGE);
    }
    return context.doNothing();
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    CredentialValidationResult result = identityStoreHandler.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    String username = result.getCallerPrincipal().getName();
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    request.getSession(true).setAttribute(SESSION_USER, username);
    Set<String> roles = result.getCallerGroups();
    return context.notifyContainerAboutLogin(username, roles);
  }

  private AuthenticationStatus bearer(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return unauthorized(
          response,
          "Bearer realm=\"theopy\"",
          "this API needs a bearer token: Authorization: Bearer tpy_...");
    }
    Optional<Caller> caller = accounts.authenticateToken(header.substring(7).strip());
    if (caller.isEmpty()) {
      return unauthorized(
          response,
          "Bearer realm=\"theopy\", error=\"invalid_token\"",
          "the bearer token is unknown, revoked or expired");
    }
    return context.notifyContainerAboutLogin(caller.get().username(), caller.get().roles());
  }

  private static AuthenticationStatus unauthorized(
      HttpServletResponse response, String challenge, String message) {
    try {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", challenge);
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write("{\"status\":401,\"error\":\"unauthorized\",\"message\":\"" + message + "\"}");
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the 401 answer", e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static AuthenticationStatus redirect(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String page) {
    String location = request.getContextPath() + page;
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      // An Ajax request of an expired session: tell the Faces client to navigate.
      try {
        response.setContentType("text/xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + location
                    + "\"/></partial-response>");
      } catch (IOException e) {
        throw new IllegalStateException("cannot write the redirect", e);
      }
      return AuthenticationStatus.SEND_CONTINUE;
    }
    return context.redirect(location);
  }

  /** The REST API and the metrics (for Prometheus) take bearer tokens only, never a session. */
  private static boolean isTokenOnly(String path) {
    return path.equals("/api")
        || path.startsWith("/api/")
        || path.equals("/metrics")
        || path.startsWith("/metrics/");
  }

  private static boolean allowedDuringPasswordChange(String path) {
    return path.equals(CHANGE_PASSWORD_PAGE)
        || path.equals(LOGIN_PAGE)
        || path.startsWith("/jakarta.faces.resource/");
  }
}
