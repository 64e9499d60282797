package scot.cpib.home.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * When a person was last here: the sign-in before the one they are in now (the audit trail keeps every
 * sign-in), so the home page can mark papers and packs that came since.
 */
@ApplicationScoped
public class LastVisit {

    private static final String SIGN_IN = "SignIn";

    @PersistenceContext
    private EntityManager em;

    /** The time of the account's previous sign-in (UTC); empty on the first. */
    public Optional<LocalDateTime> previousSignIn(String username) {
        List<LocalDateTime> latest = em.createQuery("SELECT e.occurredAt FROM AuditEntry e WHERE e.entityType = :type"
                        + " AND e.operation = 'signed in' AND e.username = :user ORDER BY e.occurredAt DESC, e.id DESC",
                        LocalDateTime.class)
                .setParameter("type", SIGN_IN).setParameter("user", username).setMaxResults(2).getResultList();
        return latest.size() < 2 ? Optional.empty() : Optional.of(latest.get(1));
    }
}
