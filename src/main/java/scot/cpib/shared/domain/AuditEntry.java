package scot.cpib.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One line of the audit trail: who changed what, when, from which value to which. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends BaseEntity {

    private static final int SUMMARY_MAX = 400;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "entity_type", nullable = false, length = 60)
    private String entityType;

    @Column(name = "entity_id")
    private Long entityId;

    @Column(nullable = false, length = 30)
    private String operation;

    @Column(length = 60)
    private String field;

    @Column(name = "old_value", columnDefinition = "TEXT")
    private String oldValue;

    @Column(name = "new_value", columnDefinition = "TEXT")
    private String newValue;

    @Column(length = SUMMARY_MAX)
    private String summary;

    protected AuditEntry() {
    }

    public AuditEntry(LocalDateTime occurredAt, String username, String entityType, Long entityId, String operation,
                      String field, String oldValue, String newValue, String summary) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.entityType = entityType;
        this.entityId = entityId;
        this.operation = operation;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.summary = summary == null || summary.length() <= SUMMARY_MAX ? summary : summary.substring(0, SUMMARY_MAX);
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getOperation() {
        return operation;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getSummary() {
        return summary;
    }
}
