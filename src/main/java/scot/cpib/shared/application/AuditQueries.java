package scot.cpib.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scot.cpib.shared.domain.AuditEntry;
import scot.cpib.shared.domain.UkDates;

/** Reads the audit trail: browsing it with filters, and the history of one record. */
@ApplicationScoped
public class AuditQueries {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    /**
     * The most entries counted: beyond it the page says "more than 10,000" (counting the whole trail,
     * 500,000 entries at national scale, read its whole time index on every page).
     */
    public static final int MOST_COUNTED = 10_000;

    @PersistenceContext
    private EntityManager em;

    /**
     * Newest first, paged in the database; page numbers start at 0. The entries are counted only when
     * there are at most {@link #MOST_COUNTED}: whether there are more is one look {@code MOST_COUNTED}
     * entries down the time index.
     */
    public AuditResults search(AuditSearch search, int page, int size) {
        int pageSize = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        int pageNumber = Math.min(Math.max(0, page), Integer.MAX_VALUE / pageSize - 1);
        Map<String, Object> parameters = new HashMap<>();
        String where = where(search, parameters);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM AuditEntry e" + where, Long.class);
        TypedQuery<Long> beyond = em.createQuery("SELECT e.id FROM AuditEntry e" + where
                + " ORDER BY e.occurredAt DESC, e.id DESC", Long.class);
        TypedQuery<AuditEntry> select = em.createQuery("SELECT e FROM AuditEntry e" + where
                + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEntry.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            beyond.setParameter(name, value);
            select.setParameter(name, value);
        });
        List<AuditEntry> items = select.setFirstResult(pageNumber * pageSize).setMaxResults(pageSize).getResultList();
        if (pageNumber == 0 && items.size() < pageSize) {
            return new AuditResults(items, items.size(), 0, pageSize);
        }
        boolean more = !beyond.setFirstResult(MOST_COUNTED).setMaxResults(1).getResultList().isEmpty();
        return new AuditResults(items, more ? MOST_COUNTED : count.getSingleResult(), pageNumber, pageSize, more);
    }

    /** Everything recorded about one record, newest first. */
    public List<AuditEntry> historyOf(String entityType, Long entityId) {
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.entityType = :type AND e.entityId = :id"
                        + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEntry.class)
                .setParameter("type", entityType).setParameter("id", entityId).getResultList();
    }

    /**
     * The names of the people behind the given sign-in names, as progress notes show them ("Mark
     * McAteer" for "lead"); a sign-in name without a person is left out.
     */
    public Map<String, String> namesOf(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        em.createQuery("SELECT u.username, u.person.fullName FROM AppUser u WHERE u.username IN :names AND u.person IS NOT NULL",
                        Object[].class).setParameter("names", usernames).getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    /** The kinds of record the trail mentions, for the filter. */
    public List<String> entityTypes() {
        return em.createQuery("SELECT DISTINCT e.entityType FROM AuditEntry e ORDER BY e.entityType", String.class)
                .getResultList();
    }

    /** The people who changed anything, for the filter. */
    public List<String> usernames() {
        return em.createQuery("SELECT DISTINCT e.username FROM AuditEntry e ORDER BY e.username", String.class)
                .getResultList();
    }

    private static String where(AuditSearch search, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (search.entityType() != null && !search.entityType().isBlank()) {
            where.append(" AND e.entityType = :type");
            parameters.put("type", search.entityType().strip());
        }
        if (search.username() != null && !search.username().isBlank()) {
            where.append(" AND e.username = :user");
            parameters.put("user", search.username().strip());
        }
        if (search.from() != null) {
            where.append(" AND e.occurredAt >= :from");
            parameters.put("from", utcStartOf(search.from()));
        }
        if (search.to() != null) {
            where.append(" AND e.occurredAt < :to");
            parameters.put("to", utcStartOf(search.to().plusDays(1)));
        }
        if (search.text() != null && !search.text().isBlank()) {
            where.append(" AND (LOWER(e.summary) LIKE :text OR LOWER(e.field) LIKE :text OR LOWER(e.operation) LIKE :text)");
            parameters.put("text", "%" + search.text().strip().toLowerCase() + "%");
        }
        return where.toString();
    }

    /** Midnight of a UK day as the UTC timestamp the trail stores. */
    static LocalDateTime utcStartOf(LocalDate day) {
        return day.atStartOfDay(UkDates.LONDON).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
