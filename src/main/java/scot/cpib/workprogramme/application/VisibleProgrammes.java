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
import scot.cpib.action.application.ActionRegister;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.application.Directory;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.domain.NotFoundException;
import scot.cpib.workprogramme.domain.Activity;
import scot.cpib.workprogramme.domain.ActivityOwner;
import scot.cpib.workprogramme.domain.ProgrammeStatus;
import scot.cpib.workprogramme.domain.ProgressUpdate;
import scot.cpib.workprogramme.domain.ReportingPeriod;
import scot.cpib.workprogramme.domain.ResourceItem;
import scot.cpib.workprogramme.domain.ResourceKind;
import scot.cpib.workprogramme.domain.WorkProgramme;
import scot.cpib.workprogramme.domain.Workstream;
import scot.cpib.workprogramme.domain.WorkstreamLead;
import scot.cpib.workprogramme.domain.WorkstreamResource;

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

    /**
     * A workstream with its version joined, for the API (issue 13). What it shows is read with
     * {@link #leadsOf}, {@link #activitiesOf}, {@link #activityOwnersOf}, {@link #resourcesOf} and
     * {@link #updatesOf}, one query per kind, within one transaction: the rows they return refer back to
     * the workstream, its activities and periods, found there rather than read again. Not batch hints
     * on this query: joining the version (eclipselink.join-fetch) beside them left every batched list
     * empty without a statement, and without the join the nested batches (each update's period) were
     * not applied to a query of one row, so each period was still read on its own.
     */
    public Workstream workstreamToShow(long id) {
        return em.createQuery("SELECT w FROM Workstream w WHERE w.id = :id", Workstream.class).setParameter("id", id)
                .setHint("eclipselink.join-fetch", "w.programme").getResultStream().findFirst()
                .filter(ws -> maySee(ws.getProgramme())).orElseThrow(() -> new NotFoundException("Workstream", id));
    }

    /** The workstream's leads in order, each with who it is (person and their organisation, organisation or group) joined. */
    public List<OwnerRef> leadsOf(Workstream workstream) {
        TypedQuery<WorkstreamLead> query = em.createQuery("SELECT l FROM WorkstreamLead l WHERE l.workstream = :ws ORDER BY l.position",
                WorkstreamLead.class).setParameter("ws", workstream);
        return joiningWho(query, "l").getResultList().stream().map(WorkstreamLead::toRef).toList();
    }

    /** The workstream's activities by number. */
    public List<Activity> activitiesOf(Workstream workstream) {
        return em.createQuery("SELECT a FROM Activity a WHERE a.workstream = :ws ORDER BY a.number", Activity.class)
                .setParameter("ws", workstream).getResultList();
    }

    /** The owners of each of the workstream's activities (by the activity's id), in order, each with who it is joined. */
    public Map<Long, List<OwnerRef>> activityOwnersOf(Workstream workstream) {
        TypedQuery<ActivityOwner> query = em.createQuery("SELECT o FROM ActivityOwner o WHERE o.activity.workstream = :ws"
                + " ORDER BY o.activity.id, o.position", ActivityOwner.class).setParameter("ws", workstream);
        Map<Long, List<OwnerRef>> owners = new HashMap<>();
        joiningWho(query, "o").getResultList()
                .forEach(o -> owners.computeIfAbsent(o.getActivity().getId(), k -> new ArrayList<>()).add(o.toRef()));
        return owners;
    }

    /** The resources the workstream lists, in its order, with their providers joined. */
    public List<ResourceItem> resourcesOf(Workstream workstream) {
        return em.createQuery("SELECT r FROM WorkstreamResource r WHERE r.workstream = :ws ORDER BY r.position", WorkstreamResource.class)
                .setParameter("ws", workstream).setHint("eclipselink.join-fetch", "r.resource")
                .setHint("eclipselink.left-join-fetch", "r.resource.providerOrganisation").getResultList().stream()
                .map(WorkstreamResource::getResource).toList();
    }

    /** Every update of the workstream with its reporting period joined, oldest period first (as {@link Workstream#getUpdates()}). */
    public List<ProgressUpdate> updatesOf(Workstream workstream) {
        return em.createQuery("SELECT u FROM ProgressUpdate u JOIN FETCH u.period WHERE u.workstream = :ws", ProgressUpdate.class)
                .setParameter("ws", workstream).getResultList().stream().sorted(ProgressUpdate.CHRONOLOGICAL).toList();
    }

    private static <T> TypedQuery<T> joiningWho(TypedQuery<T> query, String alias) {
        for (String path : List.of(".person", ".person.organisation", ".organisation", ".group")) {
            query.setHint("eclipselink.left-join-fetch", alias + path);
        }
        return query;
    }

    /**
     * The programme's workstreams by number, with their leads (and who they are) and their updates
     * (with their periods) read in one query per kind for them all when first touched, not one set per
     * workstream and one period per update (issue 13). Within a transaction, as {@link #workstreamToShow}.
     */
    public List<Workstream> workstreamsWithLeadsAndUpdates(WorkProgramme programme) {
        TypedQuery<Workstream> query = em.createQuery("SELECT w FROM Workstream w WHERE w.programme = :p ORDER BY w.number",
                Workstream.class).setParameter("p", programme);
        return batching(query, "w.leads", "w.leads.person", "w.leads.person.organisation", "w.leads.organisation", "w.leads.group",
                "w.updates", "w.updates.period").getResultList();
    }

    private static <T> TypedQuery<T> batching(TypedQuery<T> query, String... paths) {
        query.setHint("eclipselink.batch.type", "IN");
        for (String path : paths) {
            query.setHint("eclipselink.batch", path);
        }
        return query;
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

    /**
     * The agreed actions linked to the workstream (directly or through one of its activities), by
     * reference, with what a list of actions shows of them batched as the register batches it.
     */
    public List<AgreedAction> actionsLinkedTo(Workstream workstream) {
        return ActionRegister.fetchingRelations(em.createQuery("SELECT a FROM AgreedAction a LEFT JOIN a.meeting m WHERE a.workstream = :ws"
                        + " ORDER BY m.number, a.reference",
                AgreedAction.class)).setParameter("ws", workstream).getResultList();
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
