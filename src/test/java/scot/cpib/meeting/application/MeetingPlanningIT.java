package scot.cpib.meeting.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.board.application.Directory;
import scot.cpib.board.domain.Person;
import scot.cpib.it.container.ActingUser;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.AgendaPurpose;
import scot.cpib.meeting.domain.Attendance;
import scot.cpib.meeting.domain.AttendanceKind;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.MeetingStatus;
import scot.cpib.meeting.domain.Paper;
import scot.cpib.meeting.domain.PaperContent;
import scot.cpib.meeting.domain.StandingKind;
import scot.cpib.reporting.SamplePdfs;
import scot.cpib.security.domain.Role;
import scot.cpib.shared.domain.AuditEntry;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;

/** Planning meetings, building agendas, recording attendance and storing papers, on H2 and MariaDB. */
@ExtendWith(ArquillianExtension.class)
class MeetingPlanningIT {

    private static final LocalTime TWO = LocalTime.of(14, 0);
    private static final LocalTime FOUR = LocalTime.of(16, 0);
    private static final byte[] PDF = SamplePdfs.textPdf("Work programme", 1);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private MeetingPlanning planning;

    @Inject
    private AgendaEditing agenda;

    @Inject
    private AttendanceRecording attendance;

    @Inject
    private PaperStore papers;

    @Inject
    private MeetingQueries queries;

    @Inject
    private Directory directory;

    @BeforeEach
    void secretariatActs() {
        ActingUser.actAs("secretariat", Role.SECRETARIAT);
    }

    @Test
    void nextMeetingCarriesVenueAndStandingItemsAndIsAudited() throws Exception {
        Meeting base = meeting(200, LocalDate.of(2030, 1, 10), "Apex House", "99 Haymarket Terrace", true);
        Long nextId = planning.planNext(base.getId(),
                new MeetingDetails(LocalDate.of(2030, 4, 10), TWO, FOUR, "Apex House", "99 Haymarket Terrace"));
        Meeting next = em.find(Meeting.class, nextId);
        assertEquals(201, next.getNumber());
        assertEquals("Apex House", next.getVenueName());
        assertEquals(base.getId(), next.getPreviousMeeting().getId());
        assertEquals(List.of("Welcome", "Minute & Matters Arising", "AOB"),
                next.getAgenda().stream().map(AgendaItem::getTitle).toList());
        assertEquals(StandingKind.MINUTE_AND_MATTERS_ARISING, next.getAgenda().get(1).getStandingKind());
        agenda.addItem(nextId, null, item("Engagement strategy"));
        assertEquals(List.of("Welcome", "Minute & Matters Arising", "Engagement strategy", "AOB"),
                em.find(Meeting.class, nextId).getAgenda().stream().map(AgendaItem::getTitle).toList());
        assertTrue(audit("Meeting", nextId).stream().anyMatch(e -> "created".equals(e.getOperation())));
        assertTrue(audit("Meeting", nextId).stream().anyMatch(e -> "date".equals(e.getField())
                && "2030-04-10".equals(e.getNewValue())));
        DomainException twice = assertThrows(DomainException.class, () -> planning.planNext(base.getId(),
                new MeetingDetails(LocalDate.of(2030, 5, 10), TWO, FOUR, null, null)));
        assertEquals("meeting.next.exists", twice.getMessageKey());
    }

    @Test
    void endBeforeStartAndDateNotAfterThePreviousMeetingAreRefusedAtTheirFields() throws Exception {
        Meeting base = meeting(202, LocalDate.of(2030, 6, 10), null, null);
        DomainException endFirst = assertThrows(DomainException.class, () -> planning.planNext(base.getId(),
                new MeetingDetails(LocalDate.of(2030, 9, 10), FOUR, TWO, null, null)));
        assertEquals("meeting.end.afterStart", endFirst.getMessageKey());
        assertEquals("endTime", endFirst.getField());
        DomainException sameDay = assertThrows(DomainException.class, () -> planning.planNext(base.getId(),
                new MeetingDetails(LocalDate.of(2030, 6, 10), TWO, FOUR, null, null)));
        assertEquals("date", sameDay.getField());
        Long nextId = planning.planNext(base.getId(), new MeetingDetails(LocalDate.of(2030, 9, 10), TWO, FOUR, null, null));
        long version = em.find(Meeting.class, nextId).getVersion();
        DomainException earlier = assertThrows(DomainException.class, () -> planning.updateDetails(nextId, version,
                new MeetingDetails(LocalDate.of(2030, 6, 1), TWO, FOUR, null, null)));
        assertEquals("meeting.next.afterPrevious", earlier.getMessageKey());
        DomainException tooLong = assertThrows(DomainException.class, () -> planning.updateDetails(nextId, version,
                new MeetingDetails(LocalDate.of(2030, 9, 11), TWO, FOUR, "x".repeat(201), null)));
        assertEquals("venueName", tooLong.getField());
    }

    @Test
    void secondSaveFromAStaleFormIsRefusedWithTheSavedVersion() throws Exception {
        Meeting m = meeting(204, LocalDate.of(2031, 1, 10), "Old venue", null);
        long opened = m.getVersion();
        planning.updateDetails(m.getId(), opened, new MeetingDetails(m.getDate(), TWO, FOUR, "First venue", null));
        ConcurrentEditException conflict = assertThrows(ConcurrentEditException.class, () -> planning.updateDetails(
                m.getId(), opened, new MeetingDetails(m.getDate(), TWO, FOUR, "Second venue", null)));
        assertEquals("First venue", conflict.theirs(MeetingDetails.class).venueName());
        assertEquals("First venue", em.find(Meeting.class, m.getId()).getVenueName());
    }

    @Test
    void itemsAndSubItemsAreReorderedAndRenumbered() throws Exception {
        Meeting m = meeting(210, LocalDate.of(2031, 2, 10), null, null);
        Long a = agenda.addItem(m.getId(), null, item("Alpha"));
        agenda.addItem(m.getId(), null, item("Bravo"));
        Long c = agenda.addItem(m.getId(), null, item("Charlie"));
        Long sub1 = agenda.addItem(m.getId(), a, item("First sub"));
        Long sub2 = agenda.addItem(m.getId(), a, item("Second sub"));
        agenda.move(c, -1);
        agenda.move(sub2, -1);
        Meeting reread = em.find(Meeting.class, m.getId());
        assertEquals(List.of("1 Alpha", "1i Second sub", "1ii First sub", "2 Charlie", "3 Bravo"),
                reread.getAgendaInReadingOrder().stream().map(i -> i.getLabel() + " " + i.getTitle()).toList());
        agenda.removeItem(a);
        assertEquals(List.of("1 Charlie", "2 Bravo"), em.find(Meeting.class, m.getId()).getAgendaInReadingOrder()
                .stream().map(i -> i.getLabel() + " " + i.getTitle()).toList());
        assertEquals(null, em.find(AgendaItem.class, sub1));
        assertTrue(audit("AgendaItem", c).stream().anyMatch(e -> "position".equals(e.getField())
                && "3".equals(e.getOldValue()) && "2".equals(e.getNewValue())));
    }

    @Test
    void attendanceIsRecordedWithTheOrganisationOfTheMembership() throws Exception {
        Meeting m = meeting(220, LocalDate.of(2031, 3, 10), null, null);
        Person chair = person("Steve Grimmond");
        Person apologies = person("Fraser McKinlay");
        attendance.record(m.getId(), List.of(new AttendanceChoice(chair.getId(), AttendanceKind.PRESENT, true),
                new AttendanceChoice(apologies.getId(), AttendanceKind.APOLOGIES, false)));
        Meeting reread = em.find(Meeting.class, m.getId());
        Attendance present = reread.getPresent().get(0);
        assertEquals("SOLACE", present.getOrganisation().getName());
        assertTrue(present.isChair());
        assertEquals("Audit Scotland", reread.getApologies().get(0).getOrganisation().getName());
        DomainException absentChair = assertThrows(DomainException.class, () -> attendance.record(m.getId(),
                List.of(new AttendanceChoice(apologies.getId(), AttendanceKind.APOLOGIES, true))));
        assertEquals("attendance.chair.present", absentChair.getMessageKey());
        attendance.record(m.getId(), List.of(new AttendanceChoice(apologies.getId(), null, false)));
        assertEquals(List.of(), em.find(Meeting.class, m.getId()).getApologies());

        tx.begin();
        Person guest = new Person("Guest Speaker 220", person("Kenny Richmond").getOrganisation());
        em.persist(guest);
        tx.commit();
        attendance.record(m.getId(), List.of(new AttendanceChoice(guest.getId(), AttendanceKind.IN_ATTENDANCE, false)));
        assertEquals("Scottish Enterprise", em.find(Meeting.class, m.getId()).getInAttendance().get(0).getOrganisation().getName());
    }

    @Test
    void agendaAndAttendanceAreLockedOnceTheMinuteIsApproved() throws Exception {
        Meeting m = meeting(230, LocalDate.of(2031, 4, 10), null, null);
        Long itemId = agenda.addItem(m.getId(), null, item("Item before approval"));
        Meeting later = meeting(231, LocalDate.of(2031, 7, 10), null, null);
        tx.begin();
        em.find(Meeting.class, m.getId()).approveMinute(em.find(Meeting.class, later.getId()), "The Board",
                LocalDate.of(2031, 7, 10));
        tx.commit();
        assertEquals("meeting.locked", assertThrows(DomainException.class,
                () -> agenda.addItem(m.getId(), null, item("Too late"))).getMessageKey());
        assertEquals("meeting.locked", assertThrows(DomainException.class,
                () -> agenda.move(itemId, 1)).getMessageKey());
        assertEquals("meeting.locked", assertThrows(DomainException.class, () -> attendance.record(m.getId(),
                List.of(new AttendanceChoice(person("Steve Grimmond").getId(), AttendanceKind.PRESENT, false)))).getMessageKey());
        assertEquals("meeting.locked", assertThrows(DomainException.class,
                () -> papers.upload(itemId, "Late paper", false, "late.pdf", "application/pdf", PDF)).getMessageKey());
    }

    @Test
    void papersAreCheckedForSizeTypeAndContentAndStoredApart() throws Exception {
        Meeting m = meeting(240, LocalDate.of(2031, 5, 10), null, null);
        Long itemId = agenda.addItem(m.getId(), null, item("Work programme"));
        assertRefused("paper.file.tooBig", itemId, "big.pdf", "application/pdf", Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1));
        assertRefused("paper.file.empty", itemId, "empty.pdf", "application/pdf", new byte[0]);
        assertRefused("paper.file.type", itemId, "run.exe", "application/octet-stream", PDF);
        assertRefused("paper.file.content", itemId, "fake.pdf", "application/pdf", "not a pdf".getBytes(StandardCharsets.UTF_8));
        assertRefused("paper.file.unreadable", itemId, "binary.txt", "text/plain", new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3});
        assertRefused("paper.file.content", itemId, "fake.docx", "application/pdf", new byte[] {'P', 'K', 3, 4, 0});
        Long paperId = papers.upload(itemId, "", false, "C:\\Users\\pa\\Work programme.pdf", "application/pdf", PDF);
        Paper paper = em.find(Paper.class, paperId);
        assertEquals("Work programme", paper.getTitle());
        assertEquals("Work programme.pdf", paper.getFileName());
        byte[] stored = em.find(PaperContent.class, paperId).getData();
        assertEquals((long) stored.length, paper.getSizeBytes());
        assertArrayEquals(stored, papers.download(paperId, queries).orElseThrow().data());
        try (var document = org.apache.pdfbox.Loader.loadPDF(stored)) {
            assertEquals(1, document.getNumberOfPages(), "the PDF is stored as cleaned, with its page");
        }
        assertRefused("paper.file.unreadable", itemId, "broken.pdf", "application/pdf", "%PDF-1.4\nnot really".getBytes(StandardCharsets.US_ASCII));
        assertRefused("paper.file.pages", itemId, "long.pdf", "application/pdf", SamplePdfs.textPdf("Long", 501));

        Long secret = papers.upload(itemId, "Budget", true, "budget.txt", "text/plain", "figures".getBytes(StandardCharsets.UTF_8));
        ActingUser.actAs("member", Role.MEMBER);
        assertTrue(papers.download(paperId, queries).isPresent());
        assertFalse(papers.download(secret, queries).isPresent());
        ActingUser.actAs(null, null);
        assertFalse(papers.download(paperId, queries).isPresent());
        ActingUser.actAs("secretariat", Role.SECRETARIAT);
        papers.remove(paperId);
        assertEquals(null, em.find(PaperContent.class, paperId));
        assertEquals(null, em.find(Paper.class, paperId));
    }

    @Test
    void onlyTheSecretariatMayChangeMeetings() throws Exception {
        Meeting m = meeting(250, LocalDate.of(2031, 6, 10), null, null);
        ActingUser.actAs("member", Role.MEMBER);
        assertEquals("meeting.notAllowed", assertThrows(DomainException.class,
                () -> agenda.addItem(m.getId(), null, item("Not mine"))).getMessageKey());
        assertEquals("meeting.notAllowed", assertThrows(DomainException.class,
                () -> planning.markHeld(m.getId())).getMessageKey());
        ActingUser.actAs("admin", Role.ADMIN);
        agenda.addItem(m.getId(), null, item("Welcome"));
        assertEquals(MeetingStatus.PLANNED, em.find(Meeting.class, m.getId()).getStatus());
    }

    @Test
    void meetingIsMarkedHeldOnlyFromItsDayOnAndPublishedOnlyOnceApproved() throws Exception {
        Meeting future = meeting(251, LocalDate.now().plusDays(3), null, null);
        Meeting today = meeting(252, LocalDate.now(scot.cpib.shared.web.Formats.LONDON), null, null);

        DomainException early = assertThrows(DomainException.class, () -> planning.markHeld(future.getId()));
        planning.markHeld(today.getId());
        DomainException unapproved = assertThrows(DomainException.class, () -> planning.publishMinute(today.getId()));

        assertEquals("meeting.held.notYet", early.getMessageKey());
        assertEquals(MeetingStatus.PLANNED, em.find(Meeting.class, future.getId()).getStatus());
        assertEquals(MeetingStatus.HELD, em.find(Meeting.class, today.getId()).getStatus());
        assertEquals("meeting.publish.needsApproval", unapproved.getMessageKey());
    }

    private void assertRefused(String key, Long itemId, String name, String type, byte[] data) {
        DomainException refused = assertThrows(DomainException.class,
                () -> papers.upload(itemId, "Paper", false, name, type, data));
        assertEquals(key, refused.getMessageKey());
        assertEquals("file", refused.getField());
    }

    private Meeting meeting(int number, LocalDate date, String venue, String address) throws Exception {
        return meeting(number, date, venue, address, false);
    }

    /** A meeting of this test's own (numbers 200–299), optionally with standing items and one ordinary item. */
    private Meeting meeting(int number, LocalDate date, String venue, String address, boolean withAgenda) throws Exception {
        tx.begin();
        Meeting meeting = new Meeting(directory.board(), number, date, TWO, FOUR);
        meeting.moveTo(venue, address);
        if (withAgenda) {
            meeting.addItem("Welcome").markStanding(StandingKind.WELCOME);
            meeting.addItem("Minute & Matters Arising").markStanding(StandingKind.MINUTE_AND_MATTERS_ARISING);
            meeting.addItem("Budget");
            meeting.addItem("AOB").markStanding(StandingKind.AOB);
        }
        em.persist(meeting);
        tx.commit();
        return meeting;
    }

    private static ItemDetails item(String title) {
        return new ItemDetails(title, AgendaPurpose.DECISION, null, null, false);
    }

    private Person person(String name) {
        return em.createQuery("SELECT p FROM Person p WHERE p.fullName = :n", Person.class).setParameter("n", name)
                .getSingleResult();
    }

    private List<AuditEntry> audit(String type, Long id) {
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.entityType = :t AND e.entityId = :id", AuditEntry.class)
                .setParameter("t", type).setParameter("id", id).getResultList();
    }
}
