package scot.cpib.workprogramme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.application.Versions;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.UkDates;
import scot.cpib.workprogramme.domain.Activity;
import scot.cpib.workprogramme.domain.FrameworkOutcome;
import scot.cpib.workprogramme.domain.OutcomeEvidence;
import scot.cpib.workprogramme.domain.OutcomeIndicator;
import scot.cpib.workprogramme.domain.OutcomesFramework;
import scot.cpib.workprogramme.domain.ProgrammeStatus;
import scot.cpib.workprogramme.domain.Workstream;

/**
 * The secretariat's changes to the outcomes framework: recording evidence towards an outcome and
 * letting a workstream or activity name an outcome it serves. Both raise the framework's version,
 * so a page opened before another change gets a conflict instead of writing over what it did not see.
 */
@ApplicationScoped
public class OutcomesFrameworkService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    /** Records evidence towards an outcome, optionally against one of its indicators. */
    @Transactional
    public OutcomeEvidence recordEvidence(Long outcomeId, long frameworkVersion, EvidenceDraft draft) {
        requireSecretariat();
        FrameworkOutcome outcome = outcomeId == null ? null : em.find(FrameworkOutcome.class, outcomeId);
        if (outcome == null) {
            throw new DomainException("outcomes.outcome.required", "outcome");
        }
        OutcomesFramework framework = outcome.getFramework();
        Versions.require(framework, frameworkVersion, framework::getTitle);
        OutcomeIndicator indicator = draft.indicatorId() == null ? null : em.find(OutcomeIndicator.class, draft.indicatorId());
        OutcomeEvidence evidence = outcome.recordEvidence(draft.summary(), draft.source(), indicator,
                draft.recordedOn(), currentUser.getDisplayName());
        em.persist(evidence);
        em.flush();
        audit.record(evidence, "recorded", label(outcome) + ": " + evidence.getSummary()
                + (evidence.getSource() == null ? "" : " (" + evidence.getSource() + ")")
                + ", " + UkDates.date(evidence.getRecordedOn()));
        em.lock(framework, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return evidence;
    }

    /**
     * Lets a workstream or an activity (target "w:id" or "a:id") name an outcome it serves. Only
     * workstreams of a version still in use (draft or current) take new outcomes.
     */
    @Transactional
    public void nameOutcome(String target, Long outcomeId, long frameworkVersion) {
        requireSecretariat();
        FrameworkOutcome outcome = outcomeId == null ? null : em.find(FrameworkOutcome.class, outcomeId);
        if (outcome == null) {
            throw new DomainException("outcomes.outcome.required", "servedOutcome");
        }
        OutcomesFramework framework = outcome.getFramework();
        Versions.require(framework, frameworkVersion, framework::getTitle);
        Long id = target != null && target.matches("[wa]:\\d{1,18}") ? Long.valueOf(target.substring(2)) : null;
        if (id != null && target.startsWith("w:") && em.find(Workstream.class, id) != null) {
            Workstream workstream = em.find(Workstream.class, id);
            requireInUse(workstream);
            requireNotNamed(workstream.getOutcomes().contains(outcome));
            workstream.serve(outcome);
            audit.record(workstream, "outcomeNamed", workstream.getNumberedTitle() + " serves " + label(outcome));
        } else if (id != null && target.startsWith("a:") && em.find(Activity.class, id) != null) {
            Activity activity = em.find(Activity.class, id);
            requireInUse(activity.getWorkstream());
            requireNotNamed(activity.getOutcomes().contains(outcome));
            activity.serve(outcome);
            audit.record(activity, "outcomeNamed", "Activity " + activity.getReference() + " serves " + label(outcome));
        } else {
            throw new DomainException("outcomes.serving.required", "serving");
        }
        em.lock(framework, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private static void requireInUse(Workstream workstream) {
        if (workstream.getProgramme().getStatus() == ProgrammeStatus.SUPERSEDED) {
            throw new DomainException("workprogramme.superseded", "serving");
        }
    }

    private static void requireNotNamed(boolean already) {
        if (already) {
            throw new DomainException("outcomes.serving.already", "servedOutcome");
        }
    }

    /** "Short-term outcome 2" in the audit trail. */
    static String label(FrameworkOutcome outcome) {
        return outcome.getTerm().name().charAt(0) + outcome.getTerm().name().substring(1).toLowerCase()
                + "-term outcome " + outcome.getNumber();
    }

    private void requireSecretariat() {
        if (!currentUser.isSecretariat()) {
            throw new DomainException("outcomes.notAllowed");
        }
    }
}
