package scot.cpib.action.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.List;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.domain.BaseEntity;

/**
 * A reminder to action owners: a person's weekly digest (claimed for its week before it is sent, so
 * that only one server sends it) or a chase of one action, with to whom it went and what became of it.
 */
@Entity
@Table(name = "action_reminder")
public class ActionReminder extends BaseEntity {

    public static final int RECIPIENTS_MAX = 2000;
    public static final int DETAIL_MAX = 1000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReminderKind kind;

    @ManyToOne
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(length = 10)
    private String period;

    @ManyToOne
    @JoinColumn(name = "action_id")
    private AgreedAction action;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "sent_by", nullable = false, length = 100)
    private String sentBy;

    @Column(name = "action_count", nullable = false)
    private int actionCount;

    @Column(length = RECIPIENTS_MAX)
    private String recipients;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReminderOutcome outcome;

    @Column(length = DETAIL_MAX)
    private String detail;

    @Column(name = "mail_log_id")
    private Long mailLogId;

    protected ActionReminder() {
    }

    private ActionReminder(ReminderKind kind, LocalDateTime at, String by, int actionCount) {
        this.kind = kind;
        this.createdAt = at;
        this.sentBy = clip(by, 100);
        this.actionCount = actionCount;
        this.outcome = ReminderOutcome.CLAIMED;
    }

    /** Claims a person's digest for a week ("2026-W49"), before it is sent. */
    public static ActionReminder claimDigest(Person person, String period, int actionCount, LocalDateTime at, String by) {
        ActionReminder reminder = new ActionReminder(ReminderKind.DIGEST, at, by, actionCount);
        reminder.person = person;
        reminder.period = period;
        return reminder;
    }

    /** A chase of one action, about to be sent. */
    public static ActionReminder chase(AgreedAction action, LocalDateTime at, String by) {
        ActionReminder reminder = new ActionReminder(ReminderKind.CHASE, at, by, 1);
        reminder.action = action;
        return reminder;
    }

    /** What became of it: the addresses, the outcome, the mail server's word and the mail log row. */
    public void settle(List<String> to, ReminderOutcome newOutcome, String newDetail, Long logId) {
        this.recipients = clip(String.join(", ", to), RECIPIENTS_MAX);
        this.outcome = newOutcome;
        this.detail = clip(newDetail, DETAIL_MAX);
        this.mailLogId = logId;
    }

    private static String clip(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    public ReminderKind getKind() {
        return kind;
    }

    public Person getPerson() {
        return person;
    }

    public String getPeriod() {
        return period;
    }

    public AgreedAction getAction() {
        return action;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getSentBy() {
        return sentBy;
    }

    public int getActionCount() {
        return actionCount;
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
