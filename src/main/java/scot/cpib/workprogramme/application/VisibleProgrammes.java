package scot.cpib.workprogramme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.application.Directory;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.domain.NotFoundException;
import scot.cpib.workprogramme.domain.ProgrammeStatus;
import scot.cpib.workprogramme.domain.ReportingPeriod;
import scot.cpib.workprogramme.domain.ResourceItem;
import scot.cpib.workprogramme.domain.ResourceKind;
import scot.cpib.workprogramme.domain.WorkProgramme;
import scot.cpib.workprogramme.domain.Workstream;

/**
 * Work programmes, workstreams and resources as the caller may see them, for the API and the
 * progress report: board roles see every version, drafts included; the public only approved
 * versions (current or superseded). Something the caller may not see is not found.
 */
@ApplicationScoped
public class VisibleProgrammes {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Directory directory;

    /** Search criteria of the resource catalogue; nulls mean "any". */
    public record ResourceFilter(String text, Long workstreamId, ResourceKind kind) {
    }

    /** Every visible programme version of the board, newest first. */
    public List<WorkProgramme> programmes() {
        String draft = currentUser.isBoardReader() ? "" : " AND p.status <> :draft";
        TypedQuery<WorkProgramme> query = em.createQuery("SELECT p FROM WorkProgramme p WHERE p.board.id = :board" + draft
                + " ORDER BY p.versionNumber DESC", WorkProgramme.class).setParameter("board", directory.boardId());
        if (!draft.isEmpty()) {
            query.setParameter("draft", ProgrammeStatus.DRAFT);
        }
        return query.getResultList();
    }

    public WorkProgramme programme(long id) {
        return Optional.ofNullable(em.find(WorkProgramme.class, id)).filter(this::maySee)
                .orElseThrow(() -> new NotFoundException("WorkProgramme", id));
    }

    public Workstream workstream(long id) {
        return Optional.ofNullable(em.find(Workstream.class, id)).filter(ws -> maySee(ws.getProgramme()))
                .orElseThrow(() -> new NotFoundException("Workstream", id));
    }

    public boolean maySee(WorkProgramme programme) {
        return programme.getStatus() != ProgrammeStatus.DRAFT || currentUser.isBoardReader();
    }

    /**
     * The resource catalogue by title, filtered: text in the title, description or provider; linked
     * to a (visible) workstream; of a kind. The catalogue itself is public.
     */
    public List<ResourceItem> resources(ResourceFilter filter) {
        StringBuilder jpql = new StringBuilder("SELECT DISTINCT r FROM ResourceItem r LEFT JOIN r.providerOrganisation o WHERE 1 = 1");
        if (filter.text() != null) {
            jpql.append(" AND (LOWER(r.title) LIKE :q OR LOWER(r.description) LIKE :q OR LOWER(r.providerName) LIKE :q"
                    + " OR LOWER(o.name) LIKE :q OR LOWER(o.shortName) LIKE :q)");
        }
        if (filter.workstreamId() != null) {
            workstream(filter.workstreamId());
            jpql.append(" AND EXISTS (SELECT wr FROM WorkstreamResource wr WHERE wr.resource = r AND wr.workstream.id = :ws)");
        }
        if (filter.kind() != null) {
            jpql.append(" AND r.kind = :kind");
        }
        jpql.append(" ORDER BY r.title");
        TypedQuery<ResourceItem> query = em.createQuery(jpql.toString(), ResourceItem.class);
        if (filter.text() != null) {
            query.setParameter("q", "%" + filter.text().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        if (filter.workstreamId() != null) {
            query.setParameter("ws", filter.workstreamId());
        }
        if (filter.kind() != null) {
            query.setParameter("kind", filter.kind());
        }
        return query.getResultList();
    }

    /** The agreed actions linked to the workstream (directly or through one of its activities), by reference. */
    public List<AgreedAction> actionsLinkedTo(Workstream workstream) {
        return em.createQuery("SELECT a FROM AgreedAction a LEFT JOIN a.meeting m WHERE a.workstream = :ws"
                        + " ORDER BY m.number, a.reference",
                AgreedAction.class).setParameter("ws", workstream).getResultList();
    }

    /** The programme's reporting periods, latest first. */
    public List<ReportingPeriod> periodsOf(WorkProgramme programme) {
        return em.createQuery("SELECT r FROM ReportingPeriod r WHERE r.programme = :p ORDER BY r.endsOn DESC, r.id DESC",
                ReportingPeriod.class).setParameter("p", programme).getResultList();
    }

    /** The reporting periods of each of the programmes, latest first: one query, however many programmes. */
    public Map<Long, List<ReportingPeriod>> periodsOf(List<WorkProgramme> programmes) {
        if (programmes.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<ReportingPeriod>> periods = new HashMap<>();
        em.createQuery("SELECT r.programme.id, r FROM ReportingPeriod r WHERE r.programme.id IN :p ORDER BY r.endsOn DESC, r.id DESC",
                        Object[].class).setParameter("p", programmes.stream().map(WorkProgramme::getId).toList()).getResultList()
                .forEach(row -> periods.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((ReportingPeriod) row[1]));
        return periods;
    }

    /** The workstreams of visible programmes that list the resource, by programme version and number. */
    public List<Workstream> workstreamsListing(ResourceItem resource) {
        return em.createQuery("SELECT wr.workstream FROM WorkstreamResource wr WHERE wr.resource = :r"
                        + " ORDER BY wr.workstream.programme.versionNumber, wr.workstream.number", Workstream.class)
                .setParameter("r", resource).getResultList().stream().filter(ws -> maySee(ws.getProgramme())).toList();
    }
}
