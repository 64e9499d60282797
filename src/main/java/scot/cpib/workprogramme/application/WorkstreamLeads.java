package scot.cpib.workprogramme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import scot.cpib.board.application.Owners;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.application.Versions;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.workprogramme.domain.ProgrammeStatus;
import scot.cpib.workprogramme.domain.Workstream;

/**
 * Who leads a workstream, kept by the secretariat: the leads as written ("Chair/IS", "Mark McAteer"),
 * each a person, an organisation, a group or a role on the board that stands for its holder on the day
 * the leads are saved (decision 77), shown as written: "Chair (Steve Grimmond)". Saved with the version
 * the form was opened at; a superseded version's or a retired workstream's leads stay as they were.
 */
@ApplicationScoped
public class WorkstreamLeads {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private Owners owners;

    @Inject
    private WorkProgrammeQueries queries;

    /** Whether the caller may change leads at all (the secretariat). */
    public boolean canAssign(Workstream workstream) {
        return currentUser.isSecretariat() && workstream.isActive()
                && workstream.getProgramme().getStatus() != ProgrammeStatus.SUPERSEDED;
    }

    /**
     * Replaces the workstream's leads with those written, in order; an empty text leaves the leads to
     * be agreed.
     *
     * @throws scot.cpib.shared.domain.ConcurrentEditException carrying the leads saved now (text) when
     *         the workstream changed since the form was opened
     * @throws DomainException on the "leads" field for a name nobody answers to, or a role nobody (or
     *         more than one person) holds today
     */
    @Transactional
    public Workstream assign(Long workstreamId, long expectedVersion, String written) {
        if (!currentUser.isSecretariat()) {
            throw new DomainException("workstream.leads.notAllowed");
        }
        Workstream workstream = queries.getWorkstream(workstreamId);
        if (!canAssign(workstream)) {
            throw new DomainException("workstream.leads.closed", "leads");
        }
        Versions.require(workstream, expectedVersion, workstream::getLeadLabel);
        String before = workstream.getLeadLabel();
        workstream.assignLeads(owners.leadsNamed(written, "leads", workstream.getProgramme().getBoard()));
        audit.change(workstream, "leads", before, workstream.getLeadLabel(),
                "Workstream " + workstream.getNumberedTitle() + ": leads");
        em.lock(workstream, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return workstream;
    }
}
