package scot.cpib.workprogramme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Predicate;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.application.Versions;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;
import scot.cpib.workprogramme.domain.ProgressUpdate;
import scot.cpib.workprogramme.domain.ReportingPeriod;
import scot.cpib.workprogramme.domain.UpdateContent;
import scot.cpib.workprogramme.domain.WorkProgramme;
import scot.cpib.workprogramme.domain.Workstream;

/**
 * Progress updates on workstreams. Who may write one: the secretariat (or an admin) on any workstream;
 * a lead account (role LEAD) on a workstream it leads – named itself, through its organisation or
 * through a group it belongs to. Anyone else is refused. Updates go to the programme's open
 * reporting period; the domain enforces the rest (a reason for amber and red, no drafts).
 */
@ApplicationScoped
public class ProgressUpdates {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private WorkProgrammeQueries queries;

    @Inject
    private AuditTrail audit;

    /** Whether the signed-in person may write and correct this workstream's updates. */
    /** Whether the caller may write the updates of workstreams they lead (as {@link WorkProgrammeQueries#ledByMe} finds them). */
    public boolean canWriteWhatTheyLead() {
        return currentUser.isSecretariat() || currentUser.isLead();
    }

    public boolean canWrite(Workstream workstream) {
        return currentUser.isSecretariat() || (currentUser.isLead() && queries.isLedByMe(workstream));
    }

    /**
     * {@link #canWrite} for every workstream a page asks about, the signed-in person's groups read once
     * (a workstream page asks for each update it shows).
     */
    public Predicate<Workstream> writableByCaller() {
        if (currentUser.isSecretariat()) {
            return workstream -> true;
        }
        return currentUser.isLead() ? queries.ledByMe() : workstream -> false;
    }

    /**
     * The reporting period updates are written for now: the programme's latest (by its end), since
     * leads report on a period once it has run. Empty when none has been opened.
     */
    public Optional<ReportingPeriod> openPeriod(WorkProgramme programme) {
        return em.createQuery("SELECT r FROM ReportingPeriod r WHERE r.programme = :p ORDER BY r.endsOn DESC, r.id DESC",
                        ReportingPeriod.class)
                .setParameter("p", programme).setMaxResults(1).getResultStream().findFirst();
    }

    /** The workstream, if the caller may write its updates; otherwise "not found". */
    public Workstream getWritable(Long workstreamId) {
        return queries.findWorkstream(workstreamId).filter(this::canWrite)
                .orElseThrow(() -> new NotFoundException("Workstream", workstreamId));
    }

    /** The update, if the caller may correct it (a lead of its workstream or the secretariat); otherwise "not found". */
    public ProgressUpdate getCorrectable(Long updateId) {
        ProgressUpdate update = updateId == null ? null : em.find(ProgressUpdate.class, updateId);
        if (update == null || update.isNoUpdate() || !canWrite(update.getWorkstream())) {
            throw new NotFoundException("ProgressUpdate", updateId);
        }
        return update;
    }

    /** Gives a new update for the workstream's open reporting period. */
    @Transactional
    public ProgressUpdate submit(Long workstreamId, UpdateContent content) {
        Workstream workstream = refuseUnlessWritable(workstreamId);
        ReportingPeriod period = openPeriod(workstream.getProgramme())
                .orElseThrow(() -> new DomainException("workprogramme.update.period.none", "rag"));
        ProgressUpdate update = ProgressUpdate.submit(workstream, period, content, currentUser.getDisplayName(),
                LocalDateTime.now(ZoneOffset.UTC));
        em.persist(update);
        audit.record(update, "submitted", workstream.getNumberedTitle() + " – " + period.getTitle() + ": "
                + update.getRag() + (update.getRagReason() == null ? "" : " (" + update.getRagReason() + ")"));
        return update;
    }

    /**
     * Corrects an update if it is still as it was when the form was opened; otherwise a conflict
     * carrying the update as saved now ({@link UpdateSnapshot}).
     */
    @Transactional
    public ProgressUpdate correct(Long updateId, long expectedVersion, UpdateContent content) {
        ProgressUpdate update = em.find(ProgressUpdate.class, updateId);
        if (update == null || update.isNoUpdate() || !canWrite(update.getWorkstream())) {
            throw new DomainException("workprogramme.update.notAllowed");
        }
        Versions.require(update, expectedVersion, () -> UpdateSnapshot.of(update));
        UpdateContent before = update.toContent();
        update.correct(content, currentUser.getDisplayName(), LocalDateTime.now(ZoneOffset.UTC));
        String what = update.getWorkstream().getNumberedTitle() + " – " + update.getPeriod().getTitle();
        audit.change(update, "rag", before.rag(), content.rag(), what);
        audit.change(update, "ragReason", before.ragReason(), update.getRagReason(), what);
        audit.change(update, "achievements", before.achievements(), update.getAchievements(), what);
        audit.change(update, "differenceMade", before.differenceMade(), update.getDifferenceMade(), what);
        audit.change(update, "risksAndIssues", before.risksAndIssues(), update.getRisksAndIssues(), what);
        audit.change(update, "nextSteps", before.nextSteps(), update.getNextSteps(), what);
        em.flush();
        return update;
    }

    private Workstream refuseUnlessWritable(Long workstreamId) {
        Workstream workstream = workstreamId == null ? null : em.find(Workstream.class, workstreamId);
        if (workstream == null || !canWrite(workstream)) {
            throw new DomainException("workprogramme.update.notAllowed");
        }
        return workstream;
    }
}
