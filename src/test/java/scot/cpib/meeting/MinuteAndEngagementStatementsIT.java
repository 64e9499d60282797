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
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.application.Directory;
import scot.cpib.board.application.Owners;
import scot.cpib.board.domain.Membership;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.engagement.application.EngagementInput;
import scot.cpib.engagement.application.EngagementLog;
import scot.cpib.engagement.application.EngagementStrategies;
import scot.cpib.engagement.domain.CellCoverage;
import scot.cpib.engagement.domain.CoreMessage;
import scot.cpib.engagement.domain.EngagementPlan;
import scot.cpib.engagement.domain.EngagementRecord;
import scot.cpib.engagement.domain.EngagementStrategy;
import scot.cpib.engagement.web.CoveragePage;
import scot.cpib.engagement.web.EngagementOptions;
import scot.cpib.it.container.ActingUser;
import scot.cpib.it.container.StatementCounter;
import scot.cpib.meeting.application.AttendanceLine;
import scot.cpib.meeting.application.AttendanceReplies;
import scot.cpib.meeting.application.MeetingLines;
import scot.cpib.meeting.application.MeetingQueries;
import scot.cpib.meeting.application.QuorumSummary;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Attendance;
import scot.cpib.meeting.domain.AttendanceKind;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.minutes.application.MinuteAction;
import scot.cpib.minutes.application.MinuteLines;
import scot.cpib.minutes.application.MinuteQueries;
import scot.cpib.minutes.domain.MinuteEntry;
import scot.cpib.security.domain.Role;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.domain.PartialDate;

/**
 * Issue 13 on the minute, the minute editor of an approved minute, attendance, coverage and the record
 * page: each reads as its page does, as the secretariat and outside a transaction, on rows it adds and
 * removes afterwards (meetings 1990–1999 in 2037; engagements recorded today), more of each than a query
 * per row would allow. The bounds are those of the national record's sweep after the change (minute 8,
 * editor 7, attendance 9, coverage 8, record 9; 9–11 before).
 */
@ExtendWith(ArquillianExtension.class)
class MinuteAndEngagementStatementsIT {

    /** The bound: no page issuing more than about 10 statements. */
    private static final int MOST = 10;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private MeetingQueries meetings;

    @Inject
    private MeetingLines meetingLines;

    @Inject
    private MinuteLines minuteLines;

    @Inject
    private MinuteQueries minutes;

    @Inject
    private Directory directory;

    @Inject
    private Owners owners;

    @Inject
    private AttendanceReplies replies;

    @Inject
    private EngagementLog log;

    @Inject
    private EngagementStrategies strategies;

    @Inject
    private CoveragePage coveragePage;

    @Inject
    private EngagementOptions options;

    @Inject
    private BoardClock clock;

    /** The statements the last count saw, for a failing test's message. */
    private String traced = "";

    private final List<Long> meetingsAdded = new ArrayList<>();
    private final List<Long> engagementsAdded = new ArrayList<>();

    @BeforeEach
    void actAsTheSecretariat() {
        ActingUser.actAs("secretariat", Role.SECRETARIAT);
    }

    @AfterEach
    void removeWhatWasAdded() throws Exception {
        tx.begin();
        List<Long> ids = meetingsAdded.isEmpty() ? List.of(-1L) : meetingsAdded;
        em.createQuery("SELECT e FROM MinuteEntry e WHERE e.agendaItem.meeting.id IN :m", MinuteEntry.class)
                .setParameter("m", ids).getResultList().forEach(em::remove);
        em.createQuery("SELECT a FROM AgreedAction a WHERE a.meeting.id IN :m", AgreedAction.class)
                .setParameter("m", ids).getResultList().forEach(em::remove);
        em.flush();
        meetingsAdded.stream().map(id -> em.find(Meeting.class, id)).filter(Objects::nonNull).forEach(em::remove);
        for (Long id : engagementsAdded) {
            em.remove(em.find(EngagementRecord.class, id));
        }
        if (!engagementsAdded.isEmpty()) {
            em.createQuery("DELETE FROM AuditEntry e WHERE e.entityType = 'EngagementRecord' AND e.entityId IN :ids")
                    .setParameter("ids", engagementsAdded).executeUpdate();
        }
        tx.commit();
        meetingsAdded.clear();
        engagementsAdded.clear();
    }

    @Test
    void theMinutesActionsAndAllTheirOwnersAreOneStatement() throws Exception {
        Meeting fixture = meetingWithActionsOwnedByPeopleAndOrganisations(1990, LocalDate.of(2037, 7, 7));
        Map<Long, List<MinuteAction>>[] read = new Map[1];
        int statements = count(() -> read[0] = minuteLines.actionsOf(meetings.findVisible(fixture.getId()).orElseThrow()));
        assertTrue(statements <= 2, statements + " statements for the meeting and its actions with their owners (3 before):\n" + traced);
        // the values say what the entities say, owners in their order
        tx.begin();
        try {
            List<AgreedAction> agreed = em.createQuery("SELECT a FROM AgreedAction a WHERE a.meeting.id = :m ORDER BY a.number, a.id",
                    AgreedAction.class).setParameter("m", fixture.getId()).getResultList();
            assertTrue(agreed.size() > MOST, "actions: " + agreed.size());
            assertEquals(agreed.stream().map(a -> a.getAgendaItem().getId() + " " + a.getDisplayReference() + " " + a.getDescription()
                            + " " + a.getOwnerLabel() + " " + a.getDue().getLabel() + " " + a.getStatus()).toList(),
                    read[0].entrySet().stream().flatMap(e -> e.getValue().stream().map(a -> e.getKey() + " " + a.displayReference()
                            + " " + a.description() + " " + a.ownerLabel() + " " + a.due().getLabel() + " " + a.status())).toList());
        } finally {
            tx.commit();
        }
    }

    @Test
    void theMinuteReadsAtMostEightStatements() throws Exception {
        Meeting fixture = meetingWithActionsOwnedByPeopleAndOrganisations(1991, LocalDate.of(2037, 8, 4));
        int statements = count(() -> {
            Meeting meeting = meetings.findVisible(fixture.getId()).orElseThrow();
            meeting.getBoard().getName();
            Map<Long, MinuteEntry> entries = minutes.entriesOf(meeting);
            Map<Long, List<MinuteAction>> actions = minuteLines.actionsOf(meeting);
            List<AttendanceLine> attendance = meetingLines.attendanceOf(meeting);
            attendance.forEach(a -> a.minuteLabel(attendance));
            Map<Long, List<String>> declarations = meetingLines.declarationsOf(meeting);
            for (AgendaItem item : meeting.getAgendaInReadingOrder()) {
                item.getSubItems().size();
                MinuteEntry entry = entries.get(item.getId());
                if (entry != null) {
                    entry.getAmendments().size();
                }
                actions.getOrDefault(item.getId(), List.of()).forEach(MinuteAction::ownerLabel);
                declarations.getOrDefault(item.getId(), List.of());
            }
            return null;
        });
        assertTrue(statements <= 8, statements + " statements for the minute (9 before):\n" + traced);
    }

    @Test
    void theEditorOfAnApprovedMinuteReadsItsActionsAsTheMinuteDoesInSevenStatements() throws Exception {
        Meeting fixture = meetingWithActionsOwnedByPeopleAndOrganisations(1992, LocalDate.of(2037, 9, 1));
        int statements = count(() -> {
            Meeting meeting = meetings.findVisible(fixture.getId()).orElseThrow();
            owners.choicesOn(meeting.getBoard(), meeting.getDate()).forEach(OwnerRef::getLabel);
            Map<Long, MinuteEntry> entries = minutes.entriesOf(meeting);
            Map<Long, List<MinuteAction>> actions = minuteLines.actionsOf(meeting);
            for (AgendaItem item : meeting.getAgendaInReadingOrder()) {
                item.getSubItems().size();
                entries.get(item.getId());
                actions.getOrDefault(item.getId(), List.of()).forEach(MinuteAction::ownerLabel);
            }
            return null;
        });
        assertTrue(statements <= 7, statements + " statements for the editor of an approved minute (11 before: the actions as entities):\n" + traced);
    }

    @Test
    void attendanceReadsTheMeetingOnceAndTheQuorumWithItsBoard() throws Exception {
        Meeting fixture = meetingWithActionsOwnedByPeopleAndOrganisations(1993, LocalDate.of(2037, 10, 6));
        int[] rows = new int[1];
        int statements = count(() -> {
            // as AttendancePage.load (an approved minute: no start from the replies), the replies panel and the picker
            Meeting meeting = meetings.findVisible(fixture.getId()).orElseThrow();
            List<Membership> members = directory.membersOn(meeting.getBoard(), meeting.getDate());
            for (Membership membership : members) {
                meeting.attendanceOf(membership.getPerson()).map(Attendance::getOrganisation);
                rows[0]++;
            }
            for (Attendance attendance : meeting.getAttendances()) {
                attendance.getPerson().getDisplayName();
                Objects.toString(attendance.getOrganisation());
                rows[0]++;
            }
            QuorumSummary quorum = replies.quorum(meeting.getId());
            quorum.getNotReplied().forEach(Person::getDisplayName);
            directory.people().forEach(p -> Objects.toString(p.getOrganisation()));
            return null;
        });
        assertTrue(rows[0] > MOST, "members and attendees: " + rows[0]);
        assertTrue(statements <= 9, statements + " statements for attendance (11 before: the attendances read the meeting again,"
                + " the quorum the meeting and then its board):\n" + traced);
    }

    @Test
    void coverageReadsTheRecordsWithTheirPeopleChannelsAndEventsInOneStatement() throws Exception {
        recordEngagementsDeliveringEveryPlannedCell(strategies.getCurrent());
        int[] delivered = new int[1];
        int statements = count(() -> {
            coveragePage.load();
            for (EngagementPlan plan : coveragePage.getStrategy().getPlans()) {
                plan.getGroup().getName();
                for (CoreMessage message : coveragePage.getStrategy().getMessages()) {
                    CellCoverage cell = coveragePage.cell(plan.getGroup(), message);
                    if (cell != null && cell.isDelivered()) {
                        coveragePage.deliveredBy(cell);
                        cell.getLastDelivered().orElseThrow().getLabel();
                        delivered[0]++;
                    }
                }
            }
            coveragePage.getBars();
            return null;
        });
        assertTrue(delivered[0] > 0, "cells delivered");
        assertTrue(statements <= 9, statements + " statements for coverage (12 here before: the records' channels, people and"
                + " their organisations a query each; the strategy's approving meeting is one more than on the national record)");
    }

    @Test
    void theRecordPageReadsTheBoardsMembershipsOnceForItsPeopleAndOwners() throws Exception {
        List<String> people = new ArrayList<>();
        List<String> offered = new ArrayList<>();
        int statements = count(() -> {
            options.getOwnerOptions().forEach(o -> offered.add(o.getLabel()));
            options.getPeople().forEach(p -> people.add(p.getFullName()));
            options.getGroups().size();
            options.getChannels().size();
            options.getEvents().size();
            options.getMessages().size();
            return null;
        });
        // 7 on the national record (memberships, groups, stakeholder groups, channels, the strategy, its events and
        // messages); here the demo strategy's approving meeting is read with it, and again with the events' strategy
        assertTrue(statements <= 10, statements + " statements for the record page's choices (12 here before: the board and"
                + " its memberships read again for the people):\n" + traced);
        assertEquals(directory.membersOn(directory.board(), clock.today()).stream().map(Membership::getPerson).distinct()
                .sorted(java.util.Comparator.comparing(Person::getFullName)).map(Person::getFullName).toList(), people);
        assertEquals(owners.of(directory.boardId(), clock.today()).stream().map(OwnerRef::getLabel).toList(), offered);
        assertTrue(!people.isEmpty() && offered.size() > people.size(), "people " + people.size() + ", owners " + offered.size());
    }

    /**
     * A meeting whose items each have a minute entry and an action owned by a person and their
     * organisation, with those people present (the first in the chair).
     */
    private Meeting meetingWithActionsOwnedByPeopleAndOrganisations(int number, LocalDate date) throws Exception {
        List<Person> people = peopleOfDistinctOrganisations();
        tx.begin();
        Meeting meeting = new Meeting(directory.board(), number, date, LocalTime.of(14, 0), LocalTime.of(16, 0));
        em.persist(meeting);
        List<AgendaItem> items = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Person person = em.find(Person.class, people.get(i).getId());
            items.add(meeting.addItem("Item " + i));
            meeting.recordAttendance(person, person.getOrganisation(), AttendanceKind.PRESENT, i == 0);
        }
        em.flush();
        for (int i = 0; i < people.size(); i++) {
            Person person = em.find(Person.class, people.get(i).getId());
            MinuteEntry entry = new MinuteEntry(items.get(i));
            em.persist(entry);
            entry.write("Discussed item " + i + ".", null, "secretariat", date.atTime(15, 0));
            em.persist(new AgreedAction(items.get(i), 1, "Statements fixture " + number + "/" + i,
                    List.of(OwnerRef.of(person), OwnerRef.of(person.getOrganisation())), PartialDate.onDay(date.plusMonths(2)),
                    date.atTime(15, 0)));
        }
        tx.commit();
        meetingsAdded.add(meeting.getId());
        return meeting;
    }

    /** An engagement today by each of several people, each reaching every planned group with every planned message. */
    private void recordEngagementsDeliveringEveryPlannedCell(EngagementStrategy strategy) {
        List<Long> groups = strategy.getPlans().stream().map(p -> p.getGroup().getId()).distinct().toList();
        List<Long> messages = strategy.getMessages().stream().map(CoreMessage::getId).toList();
        Long channel = em.createQuery("SELECT c.id FROM Channel c WHERE c.board.id = :board ORDER BY c.id", Long.class)
                .setParameter("board", directory.boardId()).setMaxResults(1).getSingleResult();
        assertTrue(!groups.isEmpty() && !messages.isEmpty(), "the strategy plans cells");
        for (Person person : peopleOfDistinctOrganisations()) {
            EngagementRecord added = log.record(new EngagementInput(PartialDate.onDay(clock.today()), person.getId(), groups, channel,
                    null, "Statements fixture", messages, 5, null, null), List.of());
            engagementsAdded.add(added.getId());
        }
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

    private int count(Callable<?> reads) throws Exception {
        StatementCounter.Counted counted = StatementCounter.counted(getClass(), em, reads);
        assertTrue(counted.count() > 0, "the counter saw the queries");
        traced = counted.statements();
        return counted.count();
    }
}
