package scot.cpib.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.action.application.ActionCriteria;
import scot.cpib.action.application.ActionRegister;
import scot.cpib.action.application.ActionSnapshot;
import scot.cpib.action.application.ActionSort;
import scot.cpib.action.application.ActionSummaries;
import scot.cpib.action.application.ActionSummary;
import scot.cpib.action.application.ActionUpdates;
import scot.cpib.action.application.OwnerFilter;
import scot.cpib.action.application.PageRequest;
import scot.cpib.action.application.ProgressUpdate;
import scot.cpib.action.application.ResultPage;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.application.Directory;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerGroup;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.it.container.ActingUser;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.security.domain.Role;
import scot.cpib.shared.application.AuditQueries;
import scot.cpib.shared.application.AuditResults;
import scot.cpib.shared.application.AuditSearch;
import scot.cpib.shared.domain.AuditEntry;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.PartialDate;

/**
 * Action updates and the register query against H2 and MariaDB. Every test makes its own meeting
 * (numbers 400–499) with its own actions, owned through the demo people, organisations and groups.
 */
@ExtendWith(ArquillianExtension.class)
class ActionUpdatesIT {

    private static final String LEAD = "Mark McAteer";
    private static final LocalDate TODAY = LocalDate.now();

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private ActionUpdates updates;

    @Inject
    private ActionRegister register;

    @Inject
    private ActionSummaries summaries;

    @Inject
    private AuditQueries audit;

    @Inject
    private Directory directory;

    @BeforeEach
    void nobodyActs() {
        ActingUser.actAs("anonymous", null);
    }

    @Test
    void secretariatUpdatesAnyActionAndTheTrailHasOldAndNewStatus() throws Exception {
        TestMeeting meeting = meeting(YearMonth.from(TODAY).minusMonths(1));
        Long id = meeting.action("Circulate the list", person("Audrey MacDougall"), PartialDate.inMonth(YearMonth.from(TODAY)));
        ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);

        updates.update(id, version(id), new ProgressUpdate("Started drafting", ActionStatus.IN_PROGRESS, null, null));

        AgreedAction saved = updates.get(id);
        assertEquals(ActionStatus.IN_PROGRESS, saved.getStatus());
        assertEquals("Started drafting", saved.latestProgress().orElseThrow().getNote());
        List<AuditEntry> history = audit.historyOf("AgreedAction", id);
        AuditEntry status = history.stream().filter(e -> "status".equals(e.getField())).findFirst().orElseThrow();
        assertEquals("OPEN", status.getOldValue());
        assertEquals("IN_PROGRESS", status.getNewValue());
        assertEquals("secretariat", status.getUsername());
        assertTrue(history.stream().anyMatch(e -> "progress".equals(e.getOperation())
                && e.getSummary().contains("Started drafting")));
    }

    @Test
    void leadUpdatesActionsOwnedThroughGroupAndOrganisationButNotOthers() throws Exception {
        TestMeeting meeting = meeting(YearMonth.from(TODAY).minusMonths(1));
        PartialDate due = PartialDate.inMonth(YearMonth.from(TODAY));
        Long viaGroup = meeting.action("Summarise the year", group("Workstream Leads"), due);
        Long viaOrganisation = meeting.action("Share fire data", organisation("Scottish Fire and Rescue Service"), due);
        Long notTheirs = meeting.action("Improvement plan", organisation("Improvement Service"), due);
        ActingUser.actAs("lead", LEAD, Role.LEAD);

        updates.update(viaGroup, version(viaGroup), new ProgressUpdate("Summary sent", null, null, null));
        updates.update(viaOrganisation, version(viaOrganisation), new ProgressUpdate(null, ActionStatus.COMPLETE, null, null));
        DomainException refused = assertThrows(DomainException.class, () -> updates.update(notTheirs, version(notTheirs),
                new ProgressUpdate("Not mine", ActionStatus.IN_PROGRESS, null, null)));

        assertEquals("action.update.notAllowed", refused.getMessageKey());
        assertEquals("Summary sent", updates.get(viaGroup).latestProgress().orElseThrow().getNote());
        assertEquals(ActionStatus.COMPLETE, updates.get(viaOrganisation).getStatus());
        assertEquals(ActionStatus.OPEN, updates.get(notTheirs).getStatus());
        assertTrue(updates.get(notTheirs).getProgress().isEmpty());
    }

    @Test
    void ownersCannotSupersedeAndNothingIsSavedWhenRefused() throws Exception {
        TestMeeting meeting = meeting(YearMonth.from(TODAY).minusMonths(1));
        Long id = meeting.action("Summarise the year", group("Workstream Leads"), PartialDate.inMonth(YearMonth.from(TODAY)));
        ActingUser.actAs("lead", LEAD, Role.LEAD);

        DomainException refused = assertThrows(DomainException.class, () -> updates.update(id, version(id),
                new ProgressUpdate("No longer needed", ActionStatus.SUPERSEDED, null, null)));

        assertEquals("action.status.notAllowed", refused.getMessageKey());
        assertEquals("status", refused.getField());
        assertEquals(ActionStatus.OPEN, updates.get(id).getStatus());
        assertTrue(updates.get(id).getProgress().isEmpty());
        assertTrue(audit.historyOf("AgreedAction", id).isEmpty());
    }

    @Test
    void secretariatCoversAnActionUnderAnItemOfItsOwnOrALaterMeeting() throws Exception {
        TestMeeting meeting = meeting(YearMonth.from(TODAY).minusMonths(1));
        Long id = meeting.action("Covered elsewhere", group("Workstream Leads"), PartialDate.inMonth(YearMonth.from(TODAY)));
        ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);
        AgreedAction action = updates.get(id);
        List<Long> options = updates.coverOptions(action).stream().map(AgendaItem::getId).toList();
        assertTrue(options.contains(meeting.itemId));
        assertTrue(updates.coverOptions(action).stream().noneMatch(i -> i.getMeeting().getDate().isBefore(action.getMeeting().getDate())));

        DomainException noItem = assertThrows(DomainException.class, () -> updates.update(id, version(id),
                new ProgressUpdate(null, ActionStatus.COVERED_ELSEWHERE, null, null)));
        updates.update(id, version(id), new ProgressUpdate(null, ActionStatus.COVERED_ELSEWHERE, meeting.itemId, null));

        assertEquals("coveredBy", noItem.getField());
        assertEquals(ActionStatus.COVERED_ELSEWHERE, updates.get(id).getStatus());
        assertEquals(meeting.itemId, updates.get(id).getCoveredByItem().getId());
    }

    @Test
    void ownersNoteOnAnActionCoveredElsewhereLeavesItsStatusAndTheirChoicesShowIt() throws Exception {
        TestMeeting meeting = meeting(YearMonth.from(TODAY).minusMonths(1));
        Long id = meeting.action("Covered, then noted", group("Workstream Leads"), PartialDate.inMonth(YearMonth.from(TODAY)));
        ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);
        updates.update(id, version(id), new ProgressUpdate(null, ActionStatus.COVERED_ELSEWHERE, meeting.itemId, null));
        ActingUser.actAs("lead", LEAD, Role.LEAD);

        Set<ActionStatus> choices = updates.statusesFor(updates.get(id));
        updates.update(id, version(id), new ProgressUpdate("Picked up under the other item", null, null, null));
        updates.update(id, version(id), new ProgressUpdate("Still there", ActionStatus.COVERED_ELSEWHERE, null, null));

        assertTrue(choices.contains(ActionStatus.COVERED_ELSEWHERE));
        assertTrue(!choices.contains(ActionStatus.SUPERSEDED));
        AgreedAction saved = updates.get(id);
        assertEquals(ActionStatus.COVERED_ELSEWHERE, saved.getStatus());
        assertEquals(meeting.itemId, saved.getCoveredByItem().getId());
        assertEquals(2, saved.getProgress().size());
        assertEquals(1, audit.historyOf("AgreedAction", id).stream().filter(e -> "status".equals(e.getField())).count());
    }

    @Test
    void emptyUpdateIsRefusedAtTheNoteField() throws Exception {
        TestMeeting meeting = meeting(YearMonth.from(TODAY).minusMonths(1));
        Long id = meeting.action("Summarise the year", group("Workstream Leads"), PartialDate.inMonth(YearMonth.from(TODAY)));
        ActingUser.actAs("lead", LEAD, Role.LEAD);

        DomainException refused = assertThrows(DomainException.class, () -> updates.update(id, version(id),
                new ProgressUpdate("  ", ActionStatus.OPEN, null, null)));

        assertEquals("action.update.nothing", refused.getMessageKey());
        assertEquals("note", refused.getField());
    }

    @Test
    void actionDueThisMonthIsNotOverdueButLastMonthIs() throws Exception {
        YearMonth thisMonth = YearMonth.from(TODAY);
        TestMeeting meeting = meeting(thisMonth.minusMonths(2));
        meeting.action("Due this month", group("Workstream Leads"), PartialDate.inMonth(thisMonth));
        Long lastMonth = meeting.action("Due last month", group("Workstream Leads"), PartialDate.inMonth(thisMonth.minusMonths(1)));
        meeting.action("Due on a day next year", group("Workstream Leads"), PartialDate.onDay(TODAY.plusYears(1)));

        List<AgreedAction> overdue = register.list(inMeeting(meeting).overdue(), TODAY);

        assertEquals(List.of(lastMonth), overdue.stream().map(AgreedAction::getId).toList());
        assertEquals(3, register.list(inMeeting(meeting), TODAY).size());
    }

    @Test
    void statusOwnerMeetingAndOverdueFiltersCombine() throws Exception {
        YearMonth thisMonth = YearMonth.from(TODAY);
        TestMeeting meeting = meeting(thisMonth.minusMonths(3));
        OwnerRef leads = group("Workstream Leads");
        OwnerRef is = organisation("Improvement Service");
        Long wanted = meeting.action("Overdue, open, the leads", leads, PartialDate.inMonth(thisMonth.minusMonths(1)));
        meeting.action("Overdue, open, the IS", is, PartialDate.inMonth(thisMonth.minusMonths(1)));
        meeting.action("Not yet due, the leads", leads, PartialDate.inMonth(thisMonth.plusMonths(2)));
        Long inProgress = meeting.action("Overdue but in progress, the leads", leads, PartialDate.inMonth(thisMonth.minusMonths(2)));
        ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);
        updates.update(inProgress, version(inProgress), new ProgressUpdate("Going", ActionStatus.IN_PROGRESS, null, null));

        ActionCriteria criteria = inMeeting(meeting).withStatuses(Set.of(ActionStatus.OPEN))
                .withOwners(OwnerFilter.ofKey(leads.getKey())).overdue();
        ResultPage<ActionSummary> found = summaries.page(criteria, new PageRequest(0, 10, ActionSort.DUE, true), TODAY);

        assertEquals(1, found.total());
        assertEquals(wanted, found.items().get(0).id());
        assertEquals(2, register.list(inMeeting(meeting).withOwners(OwnerFilter.ofKey(leads.getKey())).overdue(), TODAY).size());
    }

    @Test
    void pagesCarryTheTotalAcrossAllPages() throws Exception {
        YearMonth thisMonth = YearMonth.from(TODAY);
        TestMeeting meeting = meeting(thisMonth.minusMonths(1));
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ids.add(meeting.action("Paged action " + i, group("CPIB members"), PartialDate.inMonth(thisMonth.plusMonths(i))));
        }

        ResultPage<ActionSummary> first = summaries.page(inMeeting(meeting), new PageRequest(0, 2, ActionSort.DUE, true), TODAY);
        ResultPage<ActionSummary> last = summaries.page(inMeeting(meeting), new PageRequest(2, 2, ActionSort.DUE, true), TODAY);
        ResultPage<ActionSummary> newestFirst = summaries.page(inMeeting(meeting), new PageRequest(0, 2, ActionSort.DUE, false), TODAY);

        assertEquals(5, first.total());
        assertEquals(3, first.pageCount());
        assertEquals(ids.subList(0, 2), first.items().stream().map(ActionSummary::id).toList());
        assertEquals(List.of(ids.get(4)), last.items().stream().map(ActionSummary::id).toList());
        assertEquals(ids.get(4), newestFirst.items().get(0).id());
    }

    @Test
    void updateFromAStaleFormIsAConflictCarryingTheSavedVersion() throws Exception {
        TestMeeting meeting = meeting(YearMonth.from(TODAY).minusMonths(1));
        Long id = meeting.action("Summarise the year", group("Workstream Leads"), PartialDate.inMonth(YearMonth.from(TODAY)));
        ActingUser.actAs("lead", LEAD, Role.LEAD);
        long openedAt = version(id);
        updates.update(id, openedAt, new ProgressUpdate("First report", ActionStatus.IN_PROGRESS, null, null));

        ConcurrentEditException conflict = assertThrows(ConcurrentEditException.class, () -> updates.update(id, openedAt,
                new ProgressUpdate("Second report", ActionStatus.COMPLETE, null, null)));

        ActionSnapshot theirs = conflict.theirs(ActionSnapshot.class);
        assertEquals("IN_PROGRESS", theirs.status());
        assertEquals("First report", theirs.latestNote());
        assertEquals(1, updates.get(id).getProgress().size());
        assertEquals(ActionStatus.IN_PROGRESS, updates.get(id).getStatus());
    }

    @Test
    void myActionsFindWhatALeadOwnsThroughPersonOrganisationAndGroups() throws Exception {
        TestMeeting meeting = meeting(YearMonth.from(TODAY).minusMonths(1));
        PartialDate due = PartialDate.inMonth(YearMonth.from(TODAY));
        Long viaGroup = meeting.action("Through the group", group("Workstream Leads"), due);
        Long viaOrganisation = meeting.action("Through SFRS", organisation("Scottish Fire and Rescue Service"), due);
        Long personally = meeting.action("Personally", person(LEAD), due);
        Long other = meeting.action("Someone else", organisation("Improvement Service"), due);
        Person lead = em.createQuery("SELECT p FROM Person p WHERE p.fullName = :n", Person.class)
                .setParameter("n", LEAD).getSingleResult();
        Set<Long> groups = new java.util.HashSet<>();
        directory.groupsOf(lead).forEach(g -> groups.add(g.getId()));

        List<Long> mine = register.ownedBy(new OwnerFilter(Set.of(lead.getId()), Set.of(lead.getOrganisation().getId()), groups))
                .stream().map(AgreedAction::getId).toList();

        assertTrue(mine.containsAll(List.of(viaGroup, viaOrganisation, personally)));
        assertTrue(!mine.contains(other));
    }

    @Test
    void auditTrailFiltersByTypeUserDayAndWordsNewestFirst() throws Exception {
        TestMeeting meeting = meeting(YearMonth.from(TODAY).minusMonths(1));
        Long id = meeting.action("Audited action", group("Workstream Leads"), PartialDate.inMonth(YearMonth.from(TODAY)));
        ActingUser.actAs("lead", LEAD, Role.LEAD);
        String words = "audit-probe-" + id;
        updates.update(id, version(id), new ProgressUpdate(words + " first", null, null, null));
        updates.update(id, version(id), new ProgressUpdate(words + " second", null, null, null));
        LocalDate ukToday = LocalDate.now(scot.cpib.shared.web.Formats.LONDON);

        AuditResults found = audit.search(new AuditSearch("AgreedAction", "lead", ukToday, ukToday, words), 0, 1);
        AuditResults otherUser = audit.search(new AuditSearch("AgreedAction", "secretariat", null, null, words), 0, 10);
        AuditResults tomorrow = audit.search(new AuditSearch(null, null, ukToday.plusDays(1), null, words), 0, 10);

        assertEquals(2, found.total());
        assertEquals(2, found.pageCount());
        assertTrue(found.items().get(0).getSummary().endsWith(words + " second"));
        assertEquals(0, otherUser.total());
        assertEquals(0, tomorrow.total());
    }

    private static ActionCriteria inMeeting(TestMeeting meeting) {
        return new ActionCriteria(Set.of(), OwnerFilter.ANY, null, null, meeting.number, false, null);
    }

    private long version(Long id) {
        return updates.get(id).getVersion();
    }

    private OwnerRef person(String name) {
        return OwnerRef.of(em.createQuery("SELECT p FROM Person p WHERE p.fullName = :n", Person.class)
                .setParameter("n", name).getSingleResult());
    }

    private OwnerRef organisation(String name) {
        return OwnerRef.of(em.createQuery("SELECT o FROM Organisation o WHERE o.name = :n", Organisation.class)
                .setParameter("n", name).getSingleResult());
    }

    private OwnerRef group(String name) {
        return OwnerRef.of(em.createQuery("SELECT g FROM OwnerGroup g WHERE g.name = :n", OwnerGroup.class)
                .setParameter("n", name).getSingleResult());
    }

    /** A new meeting numbered in 400–499, on the first day of the month given, with one agenda item. */
    private TestMeeting meeting(YearMonth month) throws Exception {
        tx.begin();
        Integer highest = em.createQuery("SELECT MAX(m.number) FROM Meeting m WHERE m.number BETWEEN 400 AND 499",
                Integer.class).getSingleResult();
        int number = highest == null ? 400 : highest + 1;
        Meeting meeting = new Meeting(directory.board(), number, month.atDay(1), LocalTime.of(14, 0), LocalTime.of(16, 0));
        AgendaItem item = meeting.addItem("Test item for actions");
        em.persist(meeting);
        tx.commit();
        return new TestMeeting(number, item.getId());
    }

    /** A meeting the test made, to which it adds actions. */
    private final class TestMeeting {
        private final int number;
        private final Long itemId;
        private int actions;

        private TestMeeting(int number, Long itemId) {
            this.number = number;
            this.itemId = itemId;
        }

        Long action(String description, OwnerRef owner, PartialDate due) throws Exception {
            tx.begin();
            AgendaItem item = em.find(AgendaItem.class, itemId);
            OwnerRef managed = managed(owner);
            AgreedAction action = new AgreedAction(item, ++actions, description, List.of(managed), due,
                    LocalDateTime.now(ZoneOffset.UTC));
            em.persist(action);
            tx.commit();
            return action.getId();
        }

        private OwnerRef managed(OwnerRef owner) {
            if (owner.person() != null) {
                return OwnerRef.of(em.find(Person.class, owner.person().getId()));
            }
            if (owner.organisation() != null) {
                return OwnerRef.of(em.find(Organisation.class, owner.organisation().getId()));
            }
            return OwnerRef.of(em.find(OwnerGroup.class, owner.group().getId()));
        }
    }
}
