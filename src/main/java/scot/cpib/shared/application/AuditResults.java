package scot.cpib.shared.application;

import java.util.List;
import scot.cpib.shared.domain.AuditEntry;

/** One page of audit entries, newest first, with the total across all pages (page numbers start at 0). */
public record AuditResults(List<AuditEntry> items, long total, int page, int size) {

    public int pageCount() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
