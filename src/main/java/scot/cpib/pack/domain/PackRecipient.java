package scot.cpib.pack.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.domain.BaseEntity;

/** A board member told about a pack version: the address used, whether cleared for confidential papers, and the e-mail's fate. */
@Entity
@Table(name = "pack_recipient")
public class PackRecipient extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "pack_issue_id")
    private PackIssue issue;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(nullable = false)
    private boolean cleared;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_status", nullable = false, length = 20)
    private DeliveryStatus status = DeliveryStatus.PENDING;

    @Column(name = "mail_log_id")
    private Long mailLogId;

    @Column(length = 500)
    private String detail;

    protected PackRecipient() {
    }

    PackRecipient(PackIssue issue, Person person, boolean cleared) {
        this.issue = issue;
        this.person = person;
        this.email = person.getEmail();
        this.cleared = cleared;
    }

    public void delivered(DeliveryStatus outcome, Long logId, String why) {
        this.status = outcome;
        this.mailLogId = logId;
        this.detail = why == null || why.length() <= 500 ? why : why.substring(0, 500);
    }

    public PackIssue getIssue() {
        return issue;
    }

    public Person getPerson() {
        return person;
    }

    public String getEmail() {
        return email;
    }

    public boolean isCleared() {
        return cleared;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public Long getMailLogId() {
        return mailLogId;
    }

    public String getDetail() {
        return detail;
    }
}
