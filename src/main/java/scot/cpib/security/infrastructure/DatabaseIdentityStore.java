package scot.cpib.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.List;
import java.util.stream.Collectors;
import scot.cpib.security.application.PasswordHashing;
import scot.cpib.security.domain.AppUser;
import scot.cpib.security.domain.Role;

/** Checks user names and passwords against the accounts in the database (PBKDF2 hashes). */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    /** Compared against when the user name is unknown, so that both cases take the same time. */
    private volatile String decoyHash;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHashing passwordHashing;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        List<AppUser> found = em.createQuery("SELECT u FROM AppUser u WHERE u.username = :name", AppUser.class)
                .setParameter("name", login.getCaller())
                .getResultList();
        String password = login.getPasswordAsString();
        if (found.isEmpty() || !found.get(0).isEnabled()) {
            passwordHashing.matches(password, decoyHash());
            return CredentialValidationResult.INVALID_RESULT;
        }
        AppUser user = found.get(0);
        if (!passwordHashing.matches(password, user.getPasswordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(user.getUsername(),
                user.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = passwordHashing.hash("decoy-password-not-used");
        }
        return decoyHash;
    }
}
