package scot.cpib.shared.infrastructure;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.Set;

/**
 * Tells {@link DataChanges} of every row written (the default entity listener of META-INF/orm.xml;
 * JPA calls it once the row's statement has run), except the rows no page or API answer is made of:
 * the audit trail and the mail log (written on sign-in and for every mail sent), and the sign-in
 * secrets (two-step codes, recovery codes, API tokens).
 */
public class DataChangeListener {

    static final Set<String> NOT_SHOWN = Set.of("AuditEntry", "MailLogEntry", "TwoStep", "RecoveryCode", "ApiToken");

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        if (!NOT_SHOWN.contains(entity.getClass().getSimpleName())) {
            DataChanges.rowWritten();
        }
    }
}
