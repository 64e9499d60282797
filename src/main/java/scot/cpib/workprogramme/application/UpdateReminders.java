package scot.cpib.workprogramme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.AppLinks;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.application.MailReceipt;
import scot.cpib.shared.application.Mailer;
import scot.cpib.shared.application.OutgoingMail;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;
import scot.cpib.shared.domain.UkDates;
import scot.cpib.shared.application.BundleTexts;
import scot.cpib.workprogramme.domain.ReminderOutcome;
import scot.cpib.workprogramme.domain.ReportingPeriod;
import scot.cpib.workprogramme.domain.UpdateReminder;
import scot.cpib.workprogramme.domain.Workstream;

/**
 * Reminds the leads of workstreams without an update for a period, by e-mail with the due date and
 * a link to the update form, and records each reminder (whom, when, and whether it went) with an
 * audit entry. A failed send is recorded and reported, never thrown.
 */
@ApplicationScoped
public class UpdateReminders {

    @Inject
    private BoardClock clock;

    static final String PURPOSE = "update-reminder";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ReportingPeriods periods;

    @Inject
    private LeadRecipients recipients;

    @Inject
    private Mailer mailer;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    /** Reminds one workstream's leads; the workstream must still be without an update for the period. */
    @Transactional
    public UpdateReminder remind(Long periodId, Long workstreamId) {
        periods.requireSecretariat();
        PeriodReturn missing = periods.returns(periodId).stream()
                .filter(r -> r.workstream().getId().equals(workstreamId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Workstream", workstreamId));
        if (!missing.isMissing()) {
            throw new DomainException("periods.remind.notMissing", null, missing.workstream().getNumberedTitle());
        }
        return send(periods.getPeriod(periodId), missing.workstream());
    }

    /** Reminds the leads of every workstream still without an update; returns the reminders made. */
    @Transactional
    public List<UpdateReminder> remindAllMissing(Long periodId) {
        periods.requireSecretariat();
        ReportingPeriod period = periods.getPeriod(periodId);
        List<UpdateReminder> sent = new ArrayList<>();
        for (PeriodReturn r : periods.returns(periodId)) {
            if (r.isMissing()) {
                sent.add(send(period, r.workstream()));
            }
        }
        if (sent.isEmpty()) {
            throw new DomainException("periods.remind.noneMissing");
        }
        return sent;
    }

    private UpdateReminder send(ReportingPeriod period, Workstream workstream) {
        LocalDate today = clock.today();
        LeadRecipients.Resolved to = recipients.resolve(workstream.getLeadRefs(),
                period.getProgramme().getBoard(), today);
        ReminderOutcome outcome;
        String detail;
        Long logId = null;
        if (to.addresses().isEmpty()) {
            outcome = ReminderOutcome.NO_ADDRESS;
            detail = workstream.getLeads().isEmpty() ? BundleTexts.text("periods.remind.noLead")
                    : BundleTexts.text("periods.remind.noAddress", String.join(", ", to.unreachable()));
        } else {
            MailReceipt receipt = mailer.send(new OutgoingMail(to.addresses(), subject(period, workstream),
                    body(period, workstream), PURPOSE));
            logId = receipt.logId();
            outcome = ReminderOutcome.valueOf(receipt.status().name());
            detail = receipt.detail();
            if (!to.unreachable().isEmpty()) {
                String note = BundleTexts.text("periods.remind.noAddress", String.join(", ", to.unreachable()));
                detail = detail == null || detail.isBlank() ? note : detail + " " + note;
            }
        }
        UpdateReminder reminder = new UpdateReminder(period, workstream, to.addresses(), currentUser.getDisplayName(),
                LocalDateTime.now(ZoneOffset.UTC), outcome, detail, logId);
        em.persist(reminder);
        audit.record(reminder, "reminded", workstream.getNumberedTitle() + ", " + period.getTitle() + ": "
                + (to.addresses().isEmpty() ? "-" : String.join(", ", to.addresses())) + " (" + outcome.name() + ")");
        return reminder;
    }

    static String subject(ReportingPeriod period, Workstream workstream) {
        return BundleTexts.text("periods.mail.subject", workstream.getNumberedTitle(), UkDates.date(period.getDueDate()));
    }

    String body(ReportingPeriod period, Workstream workstream) {
        String lead = workstream.getLeadLabel().isEmpty() ? BundleTexts.text("periods.mail.anyLead") : workstream.getLeadLabel();
        return BundleTexts.text("periods.mail.body", lead, workstream.getNumberedTitle(),
                period.getProgramme().getTitle(), period.getTitle(), UkDates.date(period.getDueDate()),
                AppLinks.absolute("/work-programme/update.xhtml?workstream=" + workstream.getId()),
                currentUser.getDisplayName());
    }
}
