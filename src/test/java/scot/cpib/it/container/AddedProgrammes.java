package scot.cpib.it.container;

import jakarta.persistence.EntityManager;
import java.util.List;
import scot.cpib.shared.infrastructure.DataChanges;

/**
 * In-container tests only: removes a work programme version a test added, with everything under its
 * workstreams and the agreed actions the test linked to them, and raises the data version the bulk
 * deletes pass by (decision 89). Call it inside the test's transaction.
 */
public final class AddedProgrammes {

    private AddedProgrammes() {
    }

    public static void remove(EntityManager em, long programme, List<Long> actions) {
        if (!actions.isEmpty()) {
            em.createQuery("DELETE FROM ActionOwner o WHERE o.action.id IN :ids").setParameter("ids", actions).executeUpdate();
            em.createQuery("DELETE FROM AgreedAction a WHERE a.id IN :ids").setParameter("ids", actions).executeUpdate();
        }
        List<Long> ws = em.createQuery("SELECT w.id FROM Workstream w WHERE w.programme.id = :p", Long.class)
                .setParameter("p", programme).getResultList();
        if (!ws.isEmpty()) {
            em.createQuery("DELETE FROM MinuteDecisionLink l WHERE l.workstream.id IN :ws").setParameter("ws", ws).executeUpdate();
            em.createQuery("DELETE FROM ProgressUpdate u WHERE u.workstream.id IN :ws").setParameter("ws", ws).executeUpdate();
            em.createQuery("DELETE FROM WorkstreamLead l WHERE l.workstream.id IN :ws").setParameter("ws", ws).executeUpdate();
            em.createQuery("DELETE FROM WorkstreamResource r WHERE r.workstream.id IN :ws").setParameter("ws", ws).executeUpdate();
            em.createQuery("DELETE FROM LeadershipQuestion q WHERE q.workstream.id IN :ws").setParameter("ws", ws).executeUpdate();
            for (Long workstream : ws) {
                em.createNativeQuery("DELETE FROM workstream_outcome WHERE workstream_id = ?").setParameter(1, workstream).executeUpdate();
            }
            List<Long> activities = em.createQuery("SELECT a.id FROM Activity a WHERE a.workstream.id IN :ws", Long.class)
                    .setParameter("ws", ws).getResultList();
            if (!activities.isEmpty()) {
                em.createQuery("DELETE FROM ActivityOwner o WHERE o.activity.id IN :a").setParameter("a", activities).executeUpdate();
                em.createQuery("DELETE FROM Activity a WHERE a.id IN :a").setParameter("a", activities).executeUpdate();
            }
        }
        em.createQuery("DELETE FROM ReportingPeriod r WHERE r.programme.id = :p").setParameter("p", programme).executeUpdate();
        em.createQuery("DELETE FROM Workstream w WHERE w.programme.id = :p").setParameter("p", programme).executeUpdate();
        em.createQuery("DELETE FROM WorkProgramme p WHERE p.id = :p").setParameter("p", programme).executeUpdate();
        DataChanges.changedPastTheListener();
    }
}
