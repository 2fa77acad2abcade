package org.theopy.portal.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Set;
import org.theopy.portal.application.AccountService;

/** Checks user names and passwords against the accounts in the database. */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

  @Inject private AccountService accounts;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return accounts
        .checkPassword(login.getCaller(), login.getPassword().getValue())
        .map(c -> new CredentialValidationResult(c.username(), c.roles()))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  @Override
  public Set<ValidationType> validationTypes() {
    // The result of validate() already carries the roles.
    return EnumSet.of(ValidationType.VALIDATE);
  }
}
