package scot.cpib.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import scot.cpib.shared.domain.AuditEntry;
import scot.cpib.shared.domain.BaseEntity;

/**
 * Writes the audit trail in the same transaction as the change it describes: who, when, what, and
 * the old and new value of each field that changed.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Actor currentUser;

    /** A whole-record event: "created", "deleted", "approved", "issued" … */
    public void record(BaseEntity entity, String operation, String summary) {
        write(entity, operation, null, null, null, summary);
    }

    /**
     * An event not made by the signed-in person, such as a sign-in attempt: written under the user
     * name given (cut to the column's length), about a kind of record that may have no row.
     */
    public void recordFor(String username, String entityType, Long entityId, String operation, String summary) {
        String who = username == null || username.isBlank() ? "anonymous" : username.strip();
        em.persist(new AuditEntry(LocalDateTime.now(ZoneOffset.UTC), who.length() > 100 ? who.substring(0, 100) : who,
                entityType, entityId, operation, null, null, null, summary));
    }

    /** One field's change; nothing is written when the value did not change. */
    public void change(BaseEntity entity, String field, Object oldValue, Object newValue, String summary) {
        String before = text(oldValue);
        String after = text(newValue);
        if (Objects.equals(before, after)) {
            return;
        }
        write(entity, "updated", field, before, after, summary);
    }

    private void write(BaseEntity entity, String operation, String field, String oldValue, String newValue, String summary) {
        if (entity.isNew()) {
            em.flush();
        }
        em.persist(new AuditEntry(LocalDateTime.now(ZoneOffset.UTC), currentUser.getUsername(),
                entity.getClass().getSimpleName(), entity.getId(), operation, field, oldValue, newValue, summary));
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        return s.isEmpty() ? null : s;
    }
}
