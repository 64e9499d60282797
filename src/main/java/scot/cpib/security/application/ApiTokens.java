package scot.cpib.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import scot.cpib.security.domain.ApiToken;
import scot.cpib.security.domain.AppUser;
import scot.cpib.security.domain.Role;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;

/** Personal API tokens: a person makes, lists and revokes their own; the API looks them up by hash. */
@ApplicationScoped
public class ApiTokens {

    public static final int MAX_ACTIVE = 10;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail auditTrail;

    /** The signed-in person's tokens, newest first. */
    public List<ApiToken> mine() {
        return currentUser.account().map(account -> em.createQuery(
                        "SELECT t FROM ApiToken t WHERE t.account.id = :account ORDER BY t.createdAt DESC, t.id DESC", ApiToken.class)
                .setParameter("account", account.getId()).getResultList()).orElse(List.of());
    }

    /** A new token for the signed-in person; returns the token itself, which is shown once. */
    @Transactional
    public String create(String name) {
        AppUser account = signedInAccount();
        long active = em.createQuery("SELECT COUNT(t) FROM ApiToken t WHERE t.account = :account AND t.revokedAt IS NULL", Long.class)
                .setParameter("account", account).getSingleResult();
        if (active >= MAX_ACTIVE) {
            throw new DomainException("token.tooMany", "tokenName", MAX_ACTIVE);
        }
        StringBuilder secret = new StringBuilder();
        ApiToken token = ApiToken.issue(account, name, now(), secret);
        em.persist(token);
        auditTrail.record(token, "token created", "API token \u201c" + token.getName() + "\u201d created by " + account.getUsername());
        return secret.toString();
    }

    /** Revokes one of the signed-in person's own tokens. */
    @Transactional
    public void revoke(long id) {
        AppUser account = signedInAccount();
        ApiToken token = Optional.ofNullable(em.find(ApiToken.class, id))
                .filter(t -> t.getAccount().getId().equals(account.getId()))
                .orElseThrow(() -> new NotFoundException("API token", id));
        token.revoke(now());
        auditTrail.record(token, "token revoked", "API token \u201c" + token.getName() + "\u201d revoked by " + account.getUsername());
    }

    /**
     * Who a token sent to the API signs in as: the user name and roles of its enabled account, if the
     * token is known and not revoked. One statement on the token's unique index (one row per role),
     * not the account, person and organisation entities with their eager links (issue 13: every API
     * request pays this). Nothing is cached, so a revoked token or disabled account is refused by
     * every server at once (decision 84).
     */
    public Optional<TokenCaller> callerFor(String token) {
        if (!looksLikeToken(token)) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createQuery("SELECT u.username, r FROM ApiToken t JOIN t.account u LEFT JOIN u.roles r"
                        + " WHERE t.tokenHash = :hash AND t.revokedAt IS NULL AND u.enabled = TRUE", Object[].class)
                .setParameter("hash", ApiToken.hashOf(token)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rows.stream().map(row -> row[1]).filter(Role.class::isInstance).map(Role.class::cast).forEach(roles::add);
        return Optional.of(new TokenCaller((String) rows.get(0)[0], roles));
    }

    /** The account a token signs in as: its user name and roles. */
    public record TokenCaller(String username, Set<Role> roles) {

        public TokenCaller {
            roles = roles.isEmpty() ? Set.of() : Set.copyOf(roles);
        }
    }

    private static boolean looksLikeToken(String token) {
        return token != null && token.startsWith(ApiToken.PREFIX) && token.length() <= 100;
    }

    private AppUser signedInAccount() {
        return currentUser.account().map(a -> em.find(AppUser.class, a.getId()))
                .orElseThrow(() -> new NotFoundException("account", currentUser.getUsername()));
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
