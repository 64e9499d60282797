package scot.cpib.workprogramme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import scot.cpib.action.application.ActionRegister;
import scot.cpib.action.application.OwnerFilter;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.application.Directory;
import scot.cpib.board.domain.OwnerGroup;
import scot.cpib.board.domain.Person;
import scot.cpib.meeting.application.MeetingQueries;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.domain.DatePrecision;
import scot.cpib.shared.domain.NotFoundException;
import scot.cpib.shared.domain.PartialDate;
import scot.cpib.workprogramme.domain.MinuteDecisionLink;
import scot.cpib.workprogramme.domain.ProgrammeStatus;
import scot.cpib.workprogramme.domain.ProgressUpdate;
import scot.cpib.workprogramme.domain.ResourceItem;
import scot.cpib.workprogramme.domain.WorkProgramme;
import scot.cpib.workprogramme.domain.Workstream;
import scot.cpib.workprogramme.domain.WorkstreamMapping;
import scot.cpib.workprogramme.domain.WorkstreamResource;

/**
 * Reads the board's work programme as the caller may see it. Board readers (members, leads, the
 * secretariat) see every version, drafts included; the public sees approved versions only (current
 * or superseded), as it sees only published minutes. A version or workstream the caller may not see
 * is "not found".
 *
 * <p>A workstream's history follows the mappings back through earlier versions: its
 * {@link #lineage lineage} is itself and every workstream it continues (carried over, merged or
 * split from), so updates, actions and decisions of the old strand show on the new one.
 */
@ApplicationScoped
public class WorkProgrammeQueries {

    @Inject
    private BoardClock clock;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Directory directory;

    @Inject
    private MeetingQueries meetings;

    @Inject
    private ActionRegister register;

    /** Whether the caller may see this version: any version for board readers, approved ones for all. */
    public boolean canSee(WorkProgramme programme) {
        return currentUser.isBoardReader() || programme.getStatus() != ProgrammeStatus.DRAFT;
    }

    /** Every version of the board's programme the caller may see, newest first. */
    public List<WorkProgramme> versions() {
        return withWorkstreams(em.createQuery("SELECT p FROM WorkProgramme p WHERE p.board.id = :board ORDER BY p.versionNumber DESC",
                        WorkProgramme.class))
                .setParameter("board", directory.boardId()).getResultList().stream().filter(this::canSee).toList();
    }

    /** The version the board is working to (status CURRENT), if one has been approved. */
    public Optional<WorkProgramme> current() {
        return withWorkstreams(em.createQuery("SELECT p FROM WorkProgramme p WHERE p.board.id = :board AND p.status = :status",
                        WorkProgramme.class))
                .setParameter("board", directory.boardId()).setParameter("status", ProgrammeStatus.CURRENT)
                .getResultStream().findFirst();
    }

    /**
     * Reads the programmes' workstreams, their leads and what they continue in one query each when first
     * shown, and joins the meeting each version was presented at (the overview shows its date).
     */
    private static TypedQuery<WorkProgramme> withWorkstreams(TypedQuery<WorkProgramme> query) {
        query.setHint("eclipselink.left-join-fetch", "p.presentedAt");
        query.setHint("eclipselink.batch.type", "IN");
        for (String path : List.of("p.workstreams", "p.workstreams.programme", "p.workstreams.leads", "p.workstreams.leads.person",
                "p.workstreams.leads.person.organisation", "p.workstreams.leads.organisation", "p.workstreams.leads.group",
                "p.workstreams.predecessors", "p.workstreams.predecessors.from", "p.workstreams.predecessors.from.programme",
                "p.workstreams.predecessors.from.predecessors", "p.workstreams.updates", "p.workstreams.updates.period",
                "p.workstreams.predecessors.from.updates", "p.workstreams.predecessors.from.updates.period")) {
            query.setHint("eclipselink.batch", path);
        }
        return query;
    }

    /**
     * The version the overview opens at: the newest the caller may see. For board readers that is a
     * draft revision when one is before the board; for the public the newest approved version.
     */
    public Optional<WorkProgramme> newestVisible() {
        return versions().stream().findFirst();
    }

    /** A version of this board's programme (another board's is not found). */
    public Optional<WorkProgramme> findVersion(Long id) {
        return (id == null ? Optional.<WorkProgramme>empty()
                : em.createQuery("SELECT p FROM WorkProgramme p WHERE p.id = :id AND p.board.id = :board", WorkProgramme.class)
                        .setParameter("id", id).setParameter("board", directory.boardId()).getResultStream().findFirst())
                .filter(this::canSee);
    }

    public WorkProgramme getVersion(Long id) {
        return findVersion(id).orElseThrow(() -> new NotFoundException("WorkProgramme", id));
    }

    /**
     * A workstream of this board's programme, with its version joined; what its page shows is read in
     * one query per kind when first shown, not one per row (issue 13): updates with their periods,
     * leads and activity owners with who they are, and the workstreams it continues with theirs.
     */
    public Optional<Workstream> findWorkstream(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        TypedQuery<Workstream> query = em.createQuery("SELECT w FROM Workstream w WHERE w.id = :id AND w.programme.board.id = :board",
                Workstream.class).setParameter("id", id).setParameter("board", directory.boardId());
        query.setHint("eclipselink.join-fetch", "w.programme");
        query.setHint("eclipselink.batch.type", "IN");
        for (String path : List.of("w.updates", "w.updates.period", "w.leads", "w.leads.person", "w.leads.person.organisation",
                "w.leads.organisation", "w.leads.group", "w.activities", "w.activities.owners", "w.activities.owners.person",
                "w.activities.owners.person.organisation", "w.activities.owners.organisation", "w.activities.owners.group",
                "w.predecessors", "w.predecessors.from", "w.predecessors.from.programme", "w.predecessors.from.updates",
                "w.predecessors.from.updates.period", "w.predecessors.from.predecessors", "w.predecessors.from.predecessors.from",
                "w.predecessors.from.predecessors.from.programme", "w.predecessors.from.predecessors.from.updates",
                "w.predecessors.from.predecessors.from.updates.period")) {
            query.setHint("eclipselink.batch", path);
        }
        return query.getResultStream().findFirst().filter(w -> canSee(w.getProgramme()));
    }

    public Workstream getWorkstream(Long id) {
        return findWorkstream(id).orElseThrow(() -> new NotFoundException("Workstream", id));
    }

    /**
     * The overview rows of a version, in workstream order. The actions are counted from one query of
     * due dates (no action is loaded) and the updates read in one query for every workstream, so the
     * page's cost does not grow with the actions or updates it does not show (issue 13).
     */
    public List<WorkstreamSummary> overview(WorkProgramme programme) {
        LocalDate today = clock.today();
        Map<Workstream, List<Workstream>> lineages = new LinkedHashMap<>();
        for (Workstream workstream : programme.getWorkstreams()) {
            lineages.put(workstream, lineage(workstream));
        }
        Set<Workstream> all = lineages.values().stream().flatMap(List::stream).collect(Collectors.toCollection(LinkedHashSet::new));
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT a.workstream.id, a.due.date, a.due.precision FROM AgreedAction a"
                        + " WHERE a.workstream IN :all AND a.status IN :outstanding", Object[].class)
                .setParameter("all", List.copyOf(all))
                .setParameter("outstanding", List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS)).getResultList()) {
            long[] count = counts.computeIfAbsent((Long) row[0], id -> new long[2]);
            count[0]++;
            if (row[1] != null && PartialDate.of((LocalDate) row[1], (DatePrecision) row[2]).isPassedOn(today)) {
                count[1]++;
            }
        }
        Map<Workstream, ProgressUpdate> latest = new HashMap<>();
        // The updates' workstreams (and their versions) joined, not read again one by one.
        for (ProgressUpdate update : em.createQuery("SELECT u FROM ProgressUpdate u JOIN FETCH u.period WHERE u.workstream IN :all",
                        ProgressUpdate.class).setParameter("all", List.copyOf(all))
                .setHint("eclipselink.join-fetch", "u.workstream.programme").getResultList()) {
            latest.merge(update.getWorkstream(), update, (a, b) -> ProgressUpdate.CHRONOLOGICAL.compare(a, b) >= 0 ? a : b);
        }
        List<WorkstreamSummary> rows = new ArrayList<>();
        lineages.forEach((workstream, lineage) -> {
            long open = 0;
            long overdue = 0;
            ProgressUpdate newest = null;
            for (Workstream strand : lineage) {
                long[] count = counts.getOrDefault(strand.getId(), new long[2]);
                open += count[0];
                overdue += count[1];
                ProgressUpdate candidate = latest.get(strand);
                if (candidate != null && (newest == null || ProgressUpdate.CHRONOLOGICAL.compare(candidate, newest) > 0)) {
                    newest = candidate;
                }
            }
            rows.add(new WorkstreamSummary(workstream, newest, open, overdue));
        });
        return rows;
    }

    /** The workstream and every workstream of earlier versions it continues, nearest first. */
    public List<Workstream> lineage(Workstream workstream) {
        Set<Workstream> found = new LinkedHashSet<>();
        List<Workstream> toVisit = new ArrayList<>(List.of(workstream));
        while (!toVisit.isEmpty()) {
            Workstream next = toVisit.remove(0);
            if (found.add(next)) {
                next.getPredecessors().stream().map(WorkstreamMapping::getFrom)
                        .filter(from -> from != null).forEach(toVisit::add);
            }
        }
        return List.copyOf(found);
    }

    /** Every update of the workstream and of those it continues, oldest period first. */
    public List<ProgressUpdate> history(Workstream workstream) {
        return lineage(workstream).stream().flatMap(w -> w.getUpdates().stream())
                .sorted(ProgressUpdate.CHRONOLOGICAL).toList();
    }

    /** The update that counts now, across the workstream's lineage. */
    public Optional<ProgressUpdate> latestUpdate(Workstream workstream) {
        List<ProgressUpdate> all = history(workstream);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /**
     * RAG over time: for each reporting period, oldest first, the latest update given for it by each
     * strand of the lineage (one row per period, or one per old workstream where two were merged).
     */
    public List<ProgressUpdate> ragHistory(Workstream workstream) {
        return ragHistoryOf(history(workstream));
    }

    /** {@link #ragHistory(Workstream) RAG over time} from a lineage's history, oldest period first. */
    static List<ProgressUpdate> ragHistoryOf(List<ProgressUpdate> history) {
        List<ProgressUpdate> perPeriod = new ArrayList<>();
        for (ProgressUpdate update : history) {
            perPeriod.removeIf(u -> u.getPeriod().equals(update.getPeriod()) && u.getWorkstream().equals(update.getWorkstream()));
            perPeriod.add(update);
        }
        return perPeriod.stream().sorted(ProgressUpdate.CHRONOLOGICAL).toList();
    }

    /** Agreed actions linked to the workstream or to the workstreams it continues. */
    public List<AgreedAction> actionsOf(Workstream workstream) {
        return linkedTo(lineage(workstream)).stream().sorted(Comparator.comparing(AgreedAction::getReference)).toList();
    }

    /**
     * The agreed actions of each of these workstreams (with the workstreams it continues), read in one
     * query for them all rather than one (and its batches) per workstream: the progress report's.
     */
    public Map<Workstream, List<AgreedAction>> actionsOfEach(List<Workstream> workstreams) {
        Map<Workstream, List<Workstream>> lineages = new LinkedHashMap<>();
        workstreams.forEach(ws -> lineages.put(ws, lineage(ws)));
        List<AgreedAction> found = linkedTo(lineages.values().stream().flatMap(List::stream).distinct().toList());
        Map<Workstream, List<AgreedAction>> each = new LinkedHashMap<>();
        lineages.forEach((ws, lineage) -> each.put(ws, found.stream().filter(a -> lineage.contains(a.getWorkstream()))
                .sorted(Comparator.comparing(AgreedAction::getReference)).toList()));
        return each;
    }

    private List<AgreedAction> linkedTo(List<Workstream> workstreams) {
        if (workstreams.isEmpty()) {
            return List.of();
        }
        TypedQuery<AgreedAction> query = em.createQuery("SELECT a FROM AgreedAction a WHERE a.workstream IN :lineage",
                AgreedAction.class);
        // the meeting and item joined, owners (and who they are) and notes one IN-batch each: not per action
        query.setHint("eclipselink.left-join-fetch", "a.meeting");
        query.setHint("eclipselink.left-join-fetch", "a.agendaItem");
        query.setHint("eclipselink.batch.type", "IN");
        for (String path : List.of("a.owners", "a.owners.person", "a.owners.person.organisation", "a.owners.organisation",
                "a.owners.group", "a.progress", "a.progress.meeting", "a.agendaItem.parent")) {
            query.setHint("eclipselink.batch", path);
        }
        return query.setParameter("lineage", workstreams).getResultList();
    }

    /** The linked actions grouped overdue / open / closed, as they stand today. */
    public LinkedActions linkedActions(Workstream workstream) {
        return LinkedActions.of(actionsOf(workstream), clock.today());
    }

    /**
     * Decisions of minutes linked to the workstream or to those it continues, in meeting order; only
     * those of meetings the caller may see (the public: published minutes).
     */
    public List<MinuteDecisionLink> decisions(Workstream workstream) {
        return decisionsOf(lineage(workstream));
    }

    /** {@link #decisions(Workstream) The decisions} linked to a lineage's workstreams. */
    List<MinuteDecisionLink> decisionsOf(List<Workstream> lineage) {
        // the entry, its item and the meeting joined: not three queries per decision
        return em.createQuery("SELECT l FROM MinuteDecisionLink l WHERE l.workstream IN :lineage", MinuteDecisionLink.class)
                .setHint("eclipselink.join-fetch", "l.minuteEntry")
                .setHint("eclipselink.join-fetch", "l.minuteEntry.agendaItem")
                .setHint("eclipselink.join-fetch", "l.minuteEntry.agendaItem.meeting")
                .setParameter("lineage", lineage).getResultList().stream()
                .filter(l -> meetings.canSee(l.getMinuteEntry().getAgendaItem().getMeeting()))
                .sorted(Comparator.comparing((MinuteDecisionLink l) -> l.getMinuteEntry().getAgendaItem().getMeeting().getDate())
                        .thenComparing(l -> l.getMinuteEntry().getAgendaItem().getLabel()))
                .toList();
    }

    /**
     * Whether the signed-in person is one of the workstream's leads: named themselves, through their
     * organisation, or through a group they belong to.
     */
    public boolean isLedByMe(Workstream workstream) {
        Optional<Person> person = currentUser.person();
        if (person.isEmpty()) {
            return false;
        }
        Set<OwnerGroup> groups = directory.groupsOf(person.get());
        return isLedBy(workstream, person.get(), groups);
    }

    private static boolean isLedBy(Workstream workstream, Person person, Set<OwnerGroup> groups) {
        return workstream.getLeadRefs().stream().anyMatch(ref -> ref.covers(person, groups));
    }

    /** The workstreams of the version that the signed-in person leads, in number order (their groups read once). */
    public List<Workstream> ledByMe(WorkProgramme programme) {
        return programme.getWorkstreams().stream().filter(ledByMe()).toList();
    }

    /**
     * Whether the signed-in person leads a workstream, their groups asked for once for every workstream it is
     * asked of (a page that shows the workstreams they lead in two versions asks once; the groups are kept
     * under the data version, {@code Directory.groupIdsOf}).
     */
    public Predicate<Workstream> ledByMe() {
        Optional<Person> person = currentUser.person();
        if (person.isEmpty()) {
            return w -> false;
        }
        Set<Long> groups = directory.groupIdsOf(person.get());
        return w -> w.getLeadRefs().stream().anyMatch(ref -> ref.coversMember(person.get(), groups));
    }

    /** The actions the signed-in person owns – themselves, through their organisation or a group – outstanding first. */
    public List<AgreedAction> myActions() {
        Optional<Person> person = currentUser.person();
        if (person.isEmpty()) {
            return List.of();
        }
        Set<Long> groups = directory.groupsOf(person.get()).stream().map(OwnerGroup::getId).collect(Collectors.toSet());
        Set<Long> organisations = person.get().getOrganisation() == null
                ? Set.of() : Set.of(person.get().getOrganisation().getId());
        return register.ownedBy(new OwnerFilter(Set.of(person.get().getId()), organisations, groups));
    }

    /** The resource catalogue filtered by text, workstream (one the caller may see) and kind, by title. */
    public List<ResourceItem> resources(ResourceSearch search) {
        List<ResourceItem> candidates;
        if (search.workstreamId() != null) {
            Workstream workstream = getWorkstream(search.workstreamId());
            candidates = workstream.getResources().stream().map(WorkstreamResource::getResource).toList();
        } else {
            candidates = em.createQuery("SELECT r FROM ResourceItem r", ResourceItem.class).getResultList();
        }
        return candidates.stream().filter(search::matchesText).filter(search::matchesKind)
                .sorted(Comparator.comparing(ResourceItem::getTitle, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The workstreams of the visible versions that list the resource, newest version first. */
    public List<Workstream> workstreamsListing(ResourceItem resource) {
        return em.createQuery("SELECT l.workstream FROM WorkstreamResource l WHERE l.resource = :r", Workstream.class)
                .setParameter("r", resource).getResultList().stream()
                .filter(w -> canSee(w.getProgramme()))
                .sorted(Comparator.comparing((Workstream w) -> -w.getProgramme().getVersionNumber())
                        .thenComparing(Workstream::getNumber))
                .toList();
    }
}
