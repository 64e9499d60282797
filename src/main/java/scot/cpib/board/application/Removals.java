package scot.cpib.board.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.domain.BaseEntity;

/**
 * Removes a record in a transaction of its own, so that a record still referred to somewhere in the
 * board record (an action's owner, an attendance row …) is refused by the database's foreign keys
 * without spoiling the caller's transaction: the caller catches the failure and says why.
 */
@ApplicationScoped
public class Removals {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    /** Removes the record and writes {@code summary} into the audit trail, together or not at all. */
    @Transactional(TxType.REQUIRES_NEW)
    public void remove(Class<? extends BaseEntity> type, long id, String summary) {
        BaseEntity found = em.find(type, id);
        if (found != null) {
            audit.record(found, "deleted", summary);
            em.remove(found);
            em.flush();
        }
    }
}
