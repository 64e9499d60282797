package scot.cpib.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.List;

/** One e-mail the application sent or tried to send, with its outcome. Never changed once written. */
@Entity
@Table(name = "mail_log")
public class MailLogEntry extends BaseEntity {

    private static final int RECIPIENTS_MAX = 2000;
    private static final int SUBJECT_MAX = 300;
    private static final int DETAIL_MAX = 1000;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "sent_by", nullable = false, length = 100)
    private String sentBy;

    @Column(nullable = false, length = 60)
    private String purpose;

    @Column(nullable = false, length = RECIPIENTS_MAX)
    private String recipients;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailStatus status;

    @Column(length = DETAIL_MAX)
    private String detail;

    protected MailLogEntry() {
        // for JPA
    }

    public MailLogEntry(LocalDateTime createdAt, String sentBy, String purpose, List<String> recipients,
            String subject, String body, MailStatus status, String detail) {
        this.createdAt = createdAt;
        this.sentBy = sentBy;
        this.purpose = purpose;
        this.recipients = clip(String.join(", ", recipients), RECIPIENTS_MAX);
        this.subject = clip(subject, SUBJECT_MAX);
        this.body = body;
        this.status = status;
        this.detail = clip(detail, DETAIL_MAX);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getSentBy() {
        return sentBy;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getRecipients() {
        return recipients;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MailStatus getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }
}
