package scot.cpib.shared.application;

import java.util.List;
import scot.cpib.shared.domain.AuditEntry;

/**
 * One page of audit entries, newest first, with the total across all pages (page numbers start at 0).
 * Where more entries match than are counted ({@code more}), the total is the number counted and the
 * pages run on as long as pages are full.
 */
public record AuditResults(List<AuditEntry> items, long total, int page, int size, boolean more) {

    public AuditResults(List<AuditEntry> items, long total, int page, int size) {
        this(items, total, page, size, false);
    }

    public int pageCount() {
        if (size == 0) {
            return 0;
        }
        int counted = (int) ((total + size - 1) / size);
        return more ? Math.max(counted, page + (items.size() == size ? 2 : 1)) : counted;
    }
}
