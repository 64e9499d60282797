package scot.cpib.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.action.application.ActionRegister;
import scot.cpib.action.application.ActionUpdates;
import scot.cpib.action.application.ResultPage;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.application.Directory;
import scot.cpib.board.domain.Membership;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.it.container.ActingUser;
import scot.cpib.it.container.StatementCounter;
import scot.cpib.meeting.application.AttendanceLine;
import scot.cpib.meeting.application.AttendanceRecording;
import scot.cpib.meeting.application.Interests;
import scot.cpib.meeting.application.MeetingLines;
import scot.cpib.meeting.application.MeetingQueries;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.AgendaPurpose;
import scot.cpib.meeting.domain.Attendance;
import scot.cpib.meeting.domain.InterestDeclaration;
import scot.cpib.meeting.domain.AttendanceKind;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.Paper;
import scot.cpib.minutes.application.MinuteAction;
import scot.cpib.minutes.application.MinuteLines;
import scot.cpib.minutes.application.MinuteQueries;
import scot.cpib.minutes.domain.MinuteEntry;
import scot.cpib.pack.application.PackIssues;
import scot.cpib.security.domain.Role;
import scot.cpib.shared.domain.PartialDate;

/**
 * Issue 13 on the meeting's own pages: the meeting page, the minute, matters arising, attendance and the agenda read a fixed number of
 * SQL statements however many actions, people or organisations they show. Each test reads as its page
 * does, as the secretariat and outside a transaction, on rows it creates and removes afterwards
 * (meetings 1970–1989, in 2037: MariaDB's TIMESTAMP ends in January 2038), enough that a query per
 * row would break the bound.
 */
@ExtendWith(ArquillianExtension.class)
class MeetingPageStatementsIT {

    /** The issue's bound: no page issuing more than about 10 statements. */
    private static final int MOST = 10;

    /** Matters arising shows up to this many actions a page (MattersArisingPage.PAGE_SIZE). */
    private static final int PAGE = 50;

    private static final String FIXTURE = "Statements fixture action";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private ActionRegister register;

    @Inject
    private ActionUpdates updates;

    @Inject
    private MeetingQueries meetings;

    @Inject
    private Directory directory;

    @Inject
    private MeetingLines lines;

    @Inject
    private MinuteLines minuteLines;

    @Inject
    private MinuteQueries minutes;

    @Inject
    private PackIssues packs;

    @Inject
    private Interests interests;

    private final List<Long> created = new ArrayList<>();

    @BeforeEach
    void actAsTheSecretariat() {
        ActingUser.actAs("secretariat", Role.SECRETARIAT);
    }

    @AfterEach
    void removeWhatWasCreated() throws Exception {
        tx.begin();
        List<Long> meetingIds = created.isEmpty() ? List.of(-1L) : created;
        em.createQuery("SELECT d FROM InterestDeclaration d WHERE d.agendaItem.meeting.id IN :m", InterestDeclaration.class)
                .setParameter("m", meetingIds).getResultList().forEach(em::remove);
        em.createQuery("SELECT e FROM MinuteEntry e WHERE e.agendaItem.meeting.id IN :m", MinuteEntry.class)
                .setParameter("m", meetingIds).getResultList().forEach(em::remove);
        em.createQuery("SELECT a FROM AgreedAction a WHERE a.meeting.id IN :m", AgreedAction.class)
                .setParameter("m", created.isEmpty() ? List.of(-1L) : created).getResultList().forEach(em::remove);
        em.flush();
        created.stream().map(id -> em.find(Meeting.class, id)).filter(Objects::nonNull).forEach(em::remove);
        tx.commit();
        created.clear();
    }

    @Test
    void mattersArisingReadsAPageOfActionsInAFixedNumberOfStatementsTheLatestMeetingFirst() throws Exception {
        List<Person> owners = peopleOfDistinctOrganisations();
        Meeting today = outstandingActionsFrom(List.of(1970, 1971, 1972), 25, owners);
        List<AgreedAction>[] shown = new List[1];
        long[] total = new long[1];
        int statements = count(() -> {
            Meeting meeting = meetings.findVisible(today.getId()).orElseThrow();
            meeting.getAgendaInReadingOrder().forEach(AgendaItem::getLabel);
            ResultPage<AgreedAction> page = register.outstandingBefore(meeting.getDate(), null, 0, PAGE);
            page.items().forEach(a -> readAsMattersArisingDoes(a, meeting));
            shown[0] = page.items();
            total[0] = page.total();
            return null;
        });
        assertEquals(PAGE, shown[0].size());
        assertTrue(total[0] >= 75, "every outstanding action is counted: " + total[0]);
        for (int i = 1; i < shown[0].size(); i++) {
            assertTrue(number(shown[0].get(i - 1)) >= number(shown[0].get(i)), "the latest meeting's actions first");
        }
        assertTrue(statements <= MOST, statements + " statements for a page of " + PAGE + " actions");
    }

    @Test
    void mattersArisingFindsActionsByWordsAPageAtATime() throws Exception {
        Meeting today = outstandingActionsFrom(List.of(1973, 1974), 30, peopleOfDistinctOrganisations());
        ResultPage<AgreedAction> first = register.outstandingBefore(today.getDate(), "STATEMENTS fixture", 0, PAGE);
        ResultPage<AgreedAction> second = register.outstandingBefore(today.getDate(), "statements fixture", 1, PAGE);
        assertEquals(60, first.total());
        assertEquals(PAGE, first.items().size());
        assertEquals(10, second.items().size());
        assertEquals(1974, first.items().get(0).getMeeting().getNumber(), "the latest meeting's actions first");
        assertEquals(1973, second.items().get(0).getMeeting().getNumber());
        assertTrue(second.items().stream().allMatch(a -> a.getDescription().startsWith(FIXTURE)));
        assertEquals(0, register.outstandingBefore(today.getDate(), "no action says this", 0, PAGE).total());
        assertEquals(60, register.outstandingBefore(today.getDate(), "statements fixture", 5, PAGE).total(),
                "a page past the last still says how many match");
    }

    @Test
    void attendanceReadsMembersAttendeesAndThePeoplePickerInAFixedNumberOfStatements() throws Exception {
        List<Person> people = peopleOfDistinctOrganisations();
        tx.begin();
        Meeting fixture = new Meeting(directory.board(), 1975, LocalDate.of(2037, 3, 3), LocalTime.of(14, 0), LocalTime.of(16, 0));
        em.persist(fixture);
        for (Person person : people) {
            Person attendee = em.find(Person.class, person.getId());
            fixture.recordAttendance(attendee, attendee.getOrganisation(), AttendanceKind.IN_ATTENDANCE, false);
        }
        tx.commit();
        created.add(fixture.getId());
        int[] picker = new int[1];
        int statements = count(() -> {
            Meeting meeting = meetings.findVisible(fixture.getId()).orElseThrow();
            List<Membership> members = directory.membersOn(meeting.getBoard(), meeting.getDate());
            Map<Person, Organisation> represented = AttendanceRecording.organisationsOf(members);
            for (Membership membership : members) {
                Organisation organisation = meeting.attendanceOf(membership.getPerson()).map(Attendance::getOrganisation)
                        .orElse(represented.get(membership.getPerson()));
                name(organisation);
            }
            for (Attendance attendance : meeting.getAttendances()) {
                attendance.getPerson().getDisplayName();
                name(attendance.getOrganisation());
            }
            for (Person person : directory.people()) {
                name(person.getOrganisation());
                picker[0]++;
            }
            return null;
        });
        assertTrue(picker[0] > MOST, "the picker offers more people than a query each would allow: " + picker[0]);
        assertTrue(statements <= MOST, statements + " statements for " + people.size() + " attendees and " + picker[0] + " people");
    }

    @Test
    void theAgendaAndItsPresenterPickerAreAFixedNumberOfStatements() throws Exception {
        List<Person> presenters = peopleOfDistinctOrganisations();
        tx.begin();
        Meeting fixture = new Meeting(directory.board(), 1976, LocalDate.of(2037, 4, 7), LocalTime.of(14, 0), LocalTime.of(16, 0));
        em.persist(fixture);
        for (Person presenter : presenters) {
            AgendaItem item = fixture.addItem("Item presented by " + presenter.getFullName());
            fixture.addSubItem(item, "Sub-item");
            item.describe(AgendaPurpose.DISCUSSION, em.find(Person.class, presenter.getId()), false);
        }
        tx.commit();
        created.add(fixture.getId());
        int statements = count(() -> {
            Meeting meeting = meetings.findVisible(fixture.getId()).orElseThrow();
            for (AgendaItem item : meeting.getAgendaInReadingOrder()) {
                item.getLabel();
                if (item.getPresenter() != null) {
                    name(item.getPresenter().getOrganisation());
                }
                item.getPapers().forEach(Paper::getTitle);
            }
            directory.people().forEach(p -> name(p.getOrganisation()));
            return null;
        });
        assertTrue(statements <= MOST, statements + " statements for an agenda of " + presenters.size() + " presented items");
    }

    @Test
    void theMeetingPageReadsItsAgendaAttendanceAndDeclarationsInAFixedNumberOfStatements() throws Exception {
        Meeting fixture = meetingWithAttendancePresentersDeclarationsAndActions(1977, LocalDate.of(2037, 5, 5));
        int[] shown = new int[3];
        int statements = count(() -> {
            Meeting meeting = meetings.findVisible(fixture.getId()).orElseThrow();
            if (meeting.getPreviousMeeting() != null) {
                meeting.getPreviousMeeting().getOrdinal();
            }
            packs.issuedOf(meeting);
            Map<Long, String> presenters = lines.presentersOf(meeting);
            Map<Long, List<String>> declarations = lines.declarationsOf(meeting);
            for (AgendaItem item : meeting.getAgenda()) {
                for (AgendaItem shownItem : withSubItems(item)) {
                    shownItem.getLabel();
                    shown[0] += presenters.containsKey(shownItem.getId()) ? 1 : 0;
                    shown[1] += declarations.getOrDefault(shownItem.getId(), List.of()).size();
                    shownItem.getPapers().forEach(Paper::getTitle);
                }
            }
            List<AttendanceLine> attendance = lines.attendanceOf(meeting);
            for (AttendanceLine line : attendance) {
                line.substituteAmong(attendance);
                shown[2]++;
            }
            return null;
        });
        assertTrue(shown[0] > MOST && shown[1] > MOST && shown[2] > MOST, "presenters, declarations and attendees: " + List.of(shown[0], shown[1], shown[2]));
        assertTrue(statements <= MOST, statements + " statements for the meeting page");
    }

    @Test
    void theMinuteReadsItsActionsOwnersAttendanceAndDeclarationsInAFixedNumberOfStatements() throws Exception {
        Meeting fixture = meetingWithAttendancePresentersDeclarationsAndActions(1978, LocalDate.of(2037, 6, 2));
        Map<Long, List<MinuteAction>>[] actions = new Map[1];
        List<String>[] attendance = new List[1];
        int statements = count(() -> {
            Meeting meeting = meetings.findVisible(fixture.getId()).orElseThrow();
            meeting.getBoard().getName();
            minutes.entriesOf(meeting).values().forEach(e -> e.getAmendments().size());
            actions[0] = minuteLines.actionsOf(meeting);
            List<AttendanceLine> lines = this.lines.attendanceOf(meeting);
            attendance[0] = lines.stream().map(a -> a.minuteLabel(lines)).toList();
            Map<Long, List<String>> declarations = this.lines.declarationsOf(meeting);
            meeting.getAgendaInReadingOrder().forEach(item -> declarations.getOrDefault(item.getId(), List.of()));
            return null;
        });
        assertTrue(statements <= MOST, statements + " statements for the minute");
        // the values say what the entities say
        tx.begin();
        try {
            Meeting meeting = em.find(Meeting.class, fixture.getId());
            assertEquals(meeting.getAttendances().stream().map(Attendance::getMinuteLabel).toList(), attendance[0]);
            List<AgreedAction> agreed = em.createQuery("SELECT a FROM AgreedAction a WHERE a.meeting.id = :m ORDER BY a.number, a.id",
                    AgreedAction.class).setParameter("m", meeting.getId()).getResultList();
            List<MinuteAction> read = actions[0].values().stream().flatMap(List::stream).toList();
            assertTrue(agreed.size() > MOST, "actions: " + agreed.size());
            assertEquals(agreed.stream().map(a -> a.getDisplayReference() + " " + a.getOwnerLabel() + " " + a.getDue().getLabel() + " " + a.getStatus()).toList(),
                    read.stream().map(a -> a.displayReference() + " " + a.ownerLabel() + " " + a.due().getLabel() + " " + a.status()).toList());
            Map<Long, List<String>> declared = lines.declarationsOf(meeting);
            for (AgendaItem item : meeting.getAgendaInReadingOrder()) {
                assertEquals(interests.declarationsOf(meeting).stream().filter(d -> d.getAgendaItem().equals(item))
                        .map(InterestDeclaration::getMinuteLabel).toList(), declared.getOrDefault(item.getId(), List.of()));
            }
        } finally {
            tx.commit();
        }
    }

    private static List<AgendaItem> withSubItems(AgendaItem item) {
        List<AgendaItem> all = new ArrayList<>();
        all.add(item);
        all.addAll(item.getSubItems());
        return all;
    }

    /**
     * A held meeting with these people present (the first in the chair, one sending apologies and a
     * substitute for them), an item presented by each with a declaration and a minute entry, and an action
     * under each owned by the person and their organisation.
     */
    private Meeting meetingWithAttendancePresentersDeclarationsAndActions(int number, LocalDate date) throws Exception {
        List<Person> people = peopleOfDistinctOrganisations();
        tx.begin();
        Meeting meeting = new Meeting(directory.board(), number, date, LocalTime.of(14, 0), LocalTime.of(16, 0));
        em.persist(meeting);
        List<AgendaItem> items = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Person person = em.find(Person.class, people.get(i).getId());
            AgendaItem item = meeting.addItem("Item presented by " + person.getFullName());
            item.describe(AgendaPurpose.DISCUSSION, person, false);
            items.add(item);
            if (i == 1) {
                meeting.recordAttendance(person, person.getOrganisation(), AttendanceKind.APOLOGIES, false);
            } else if (i == 2) {
                meeting.recordAttendance(person, person.getOrganisation(), AttendanceKind.PRESENT, false,
                        em.find(Person.class, people.get(1).getId()));
            } else {
                meeting.recordAttendance(person, person.getOrganisation(), AttendanceKind.PRESENT, i == 0);
            }
        }
        em.flush();
        for (int i = 0; i < people.size(); i++) {
            Person person = em.find(Person.class, people.get(i).getId());
            AgendaItem item = items.get(i);
            em.persist(new InterestDeclaration(item, person, "Fixture interest " + i, i % 2 == 0 ? null : "took no part",
                    date.atTime(14, 0), "secretariat"));
            MinuteEntry entry = new MinuteEntry(item);
            em.persist(entry);
            entry.write("Discussed item " + item.getLabel() + ".", null, "secretariat", date.atTime(15, 0));
            em.persist(new AgreedAction(item, 1, FIXTURE + " " + number + "/" + i,
                    List.of(OwnerRef.of(person), OwnerRef.of(person.getOrganisation())), PartialDate.onDay(date.plusMonths(2)),
                    date.atTime(15, 0)));
        }
        tx.commit();
        created.add(meeting.getId());
        return meeting;
    }

    /** More people than the bound, each of another organisation, so a query per person or organisation would show. */
    private List<Person> peopleOfDistinctOrganisations() {
        List<Person> people = new ArrayList<>();
        List<Long> organisations = new ArrayList<>();
        for (Person person : directory.people()) {
            if (person.getOrganisation() != null && !organisations.contains(person.getOrganisation().getId())) {
                organisations.add(person.getOrganisation().getId());
                people.add(person);
            }
        }
        assertTrue(people.size() > MOST, "the directory has more organisations than the bound: " + people.size());
        return people;
    }

    /**
     * Meetings with these numbers, a month apart in 2037, each agreeing this many open actions (owned by
     * these people in turn, each with a progress note), and the meeting after them, whose matters arising they are.
     */
    private Meeting outstandingActionsFrom(List<Integer> numbers, int each, List<Person> owners) throws Exception {
        tx.begin();
        LocalDate date = LocalDate.of(2037, 1, 6);
        int owner = 0;
        for (int number : numbers) {
            Meeting meeting = new Meeting(directory.board(), number, date, LocalTime.of(14, 0), LocalTime.of(16, 0));
            em.persist(meeting);
            AgendaItem item = meeting.addItem("Actions");
            em.flush();
            for (int n = 1; n <= each; n++) {
                Person person = em.find(Person.class, owners.get(owner++ % owners.size()).getId());
                AgreedAction action = new AgreedAction(item, n, FIXTURE + " " + number + "/" + n,
                        List.of(OwnerRef.of(person), OwnerRef.of(person.getOrganisation())), PartialDate.onDay(date.plusMonths(2)),
                        date.atTime(15, 0));
                em.persist(action);
                LocalDate noted = date.plusDays(7);
                action.recordProgress("Progress on " + n, "Board secretariat", noted, noted.atTime(LocalTime.NOON), null);
            }
            created.add(meeting.getId());
            date = date.plusMonths(1);
        }
        int next = numbers.get(numbers.size() - 1) + 10;
        Meeting today = new Meeting(directory.board(), next, date, LocalTime.of(14, 0), LocalTime.of(16, 0));
        em.persist(today);
        today.addItem("Matters arising");
        tx.commit();
        created.add(today.getId());
        return today;
    }

    private void readAsMattersArisingDoes(AgreedAction action, Meeting meeting) {
        if (action.getMeeting() != null) {
            action.getMeeting().getOrdinal();
        }
        action.getDisplayReference();
        action.getOwnerLabel();
        action.isOverdueOn(meeting.getDate());
        action.latestProgress().ifPresent(p -> Objects.requireNonNull(p.getNote()));
        updates.statusesFor(action);
    }

    private static int number(AgreedAction action) {
        return action.getMeeting() == null ? -1 : action.getMeeting().getNumber();
    }

    private static String name(Organisation organisation) {
        return organisation == null ? "" : organisation.getName();
    }

    private int count(Callable<?> reads) throws Exception {
        StatementCounter.Counted counted = StatementCounter.counted(getClass(), em, reads);
        assertTrue(counted.count() > 0, "the counter saw the queries");
        return counted.count();
    }
}
