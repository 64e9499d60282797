package scot.cpib.home.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import scot.cpib.security.application.SignInAudit;
import scot.cpib.security.application.SignInChannel;

/**
 * When a person was last here: the sign-in on the sign-in page before the one they are in now (the audit
 * trail keeps every sign-in; calls to the API are no visit), so the home page can mark papers and packs
 * that came since.
 */
@ApplicationScoped
public class LastVisit {

    @PersistenceContext
    private EntityManager em;

    /** The time of the account's previous sign-in (UTC); empty on the first. */
    public Optional<LocalDateTime> previousSignIn(String username) {
        List<LocalDateTime> latest = em.createQuery("SELECT e.occurredAt FROM AuditEntry e WHERE e.entityType = :type"
                        + " AND e.operation = 'signed in' AND e.username = :user AND e.summary LIKE :page"
                        + " ORDER BY e.occurredAt DESC, e.id DESC", LocalDateTime.class)
                .setParameter("type", SignInAudit.ENTITY_TYPE).setParameter("user", username)
                .setParameter("page", "Signed in " + SignInChannel.PAGE.description() + "%")
                .setMaxResults(2).getResultList();
        return latest.size() < 2 ? Optional.empty() : Optional.of(latest.get(1));
    }
}
