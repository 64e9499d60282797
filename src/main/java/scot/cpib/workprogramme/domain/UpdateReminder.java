package scot.cpib.workprogramme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.List;
import scot.cpib.shared.domain.BaseEntity;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.Texts;

/**
 * A reminder the secretariat sent (or tried to send) to the leads of a workstream that has no
 * update for a reporting period: to whom, by whom, when, and what became of it. Kept as a record of
 * the chase; never changed.
 */
@Entity
@Table(name = "update_reminder")
public class UpdateReminder extends BaseEntity {

    public static final int RECIPIENTS_MAX = 2000;
    public static final int DETAIL_MAX = 1000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "period_id")
    private ReportingPeriod period;

    @ManyToOne(optional = false)
    @JoinColumn(name = "workstream_id")
    private Workstream workstream;

    @Column(name = "sent_at", nullable = false)
    private LocalDateTime sentAt;

    @Column(name = "sent_by", nullable = false, length = ProgressUpdate.SUBMITTER_MAX)
    private String sentBy;

    @Column(length = RECIPIENTS_MAX)
    private String recipients;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReminderOutcome outcome;

    @Column(length = DETAIL_MAX)
    private String detail;

    @Column(name = "mail_log_id")
    private Long mailLogId;

    protected UpdateReminder() {
    }

    /** Records a reminder for the workstream's update for the period; the period must be its programme's. */
    public UpdateReminder(ReportingPeriod period, Workstream workstream, List<String> to, String by,
                          LocalDateTime at, ReminderOutcome outcome, String detail, Long mailLogId) {
        if (!period.getProgramme().equals(workstream.getProgramme())) {
            throw new DomainException("workprogramme.update.period.otherProgramme", "period");
        }
        this.period = period;
        this.workstream = workstream;
        this.recipients = clip(String.join(", ", to), RECIPIENTS_MAX);
        this.sentBy = Texts.required(by, ProgressUpdate.SUBMITTER_MAX, "workprogramme.update.submittedBy", "sentBy");
        this.sentAt = at;
        this.outcome = outcome;
        this.detail = clip(detail, DETAIL_MAX);
        this.mailLogId = mailLogId;
    }

    private static String clip(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public Workstream getWorkstream() {
        return workstream;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }

    public String getSentBy() {
        return sentBy;
    }

    public String getRecipients() {
        return recipients;
    }

    public ReminderOutcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }

    public Long getMailLogId() {
        return mailLogId;
    }
}
