package scot.cpib.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.action.application.ActionRegister;
import scot.cpib.action.application.ActionUpdates;
import scot.cpib.action.application.ProgressUpdate;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.application.Directory;
import scot.cpib.board.application.Owners;
import scot.cpib.it.container.ActingUser;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.MeetingStatus;
import scot.cpib.meeting.domain.StandingKind;
import scot.cpib.minutes.application.ActionDraft;
import scot.cpib.minutes.application.ActionDrafting;
import scot.cpib.minutes.application.ActionWording;
import scot.cpib.minutes.application.EntrySnapshot;
import scot.cpib.minutes.application.MinuteApproval;
import scot.cpib.minutes.application.MinuteQueries;
import scot.cpib.minutes.application.MinuteWriting;
import scot.cpib.minutes.domain.MinuteAmendment;
import scot.cpib.minutes.domain.MinuteEntry;
import scot.cpib.security.domain.Role;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.PartialDate;

/** Writing, approving and amending a minute, its actions and matters arising, on H2 and on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class MinuteWritingIT {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction tx;

    @Inject
    private MinuteWriting writing;

    @Inject
    private ActionDrafting drafting;

    @Inject
    private MinuteApproval approval;

    @Inject
    private MinuteQueries minutes;

    @Inject
    private ActionUpdates updates;

    @Inject
    private ActionRegister register;

    @Inject
    private Directory directory;

    @Inject
    private Owners owners;

    @Inject
    private scot.cpib.meeting.application.MeetingPlanning planning;

    @Inject
    private scot.cpib.meeting.application.MeetingQueries meetings;

    @BeforeEach
    void secretariatActs() {
        ActingUser.actAs("secretariat", Role.SECRETARIAT);
    }

    /** A meeting with items 1 Welcome, 2 Minute &amp; Matters Arising, 3 Work programme, 4 Review (i, ii). */
    private Meeting meeting(int number, LocalDate date) throws Exception {
        tx.begin();
        Meeting meeting = new Meeting(directory.board(), number, date, LocalTime.of(14, 0), LocalTime.of(16, 0));
        meeting.addItem("Welcome").markStanding(StandingKind.WELCOME);
        meeting.addItem("Minute & Matters Arising").markStanding(StandingKind.MINUTE_AND_MATTERS_ARISING);
        meeting.addItem("Work programme");
        AgendaItem review = meeting.addItem("Review");
        meeting.addSubItem(review, "Improvement plan");
        meeting.addSubItem(review, "Revised purpose");
        em.persist(meeting);
        tx.commit();
        return meeting;
    }

    private Meeting next(Meeting previous, LocalDate date) throws Exception {
        tx.begin();
        Meeting next = em.find(Meeting.class, previous.getId()).planNext(date, LocalTime.of(14, 0), LocalTime.of(16, 0));
        em.persist(next);
        tx.commit();
        return next;
    }

    private AgendaItem item(Meeting meeting, String label) {
        return em.find(Meeting.class, meeting.getId()).getAgendaInReadingOrder().stream()
                .filter(i -> i.getLabel().equals(label)).findFirst().orElseThrow();
    }

    private Meeting reload(Meeting meeting) {
        em.getEntityManagerFactory().getCache().evictAll();
        return em.find(Meeting.class, meeting.getId());
    }

    private ActionDraft draft(String description, String ownerKey, PartialDate due) {
        return new ActionDraft(description, List.of(ownerKey), due, null);
    }

    private String is() {
        return owners.named("Improvement Service").orElseThrow().getKey();
    }

    @Test
    void writingEntriesAndActionsNumbersActionsByItemAndDraftsTheMinute() throws Exception {
        Meeting meeting = meeting(300, LocalDate.of(2031, 2, 27));
        MinuteEntry entry = writing.save(item(meeting, "2").getId(), null, "The Board approved the minute.", "Minute approved.", null);
        assertEquals("The Board approved the minute.", entry.getNarrative());
        assertEquals(MeetingStatus.PLANNED, reload(meeting).getStatus(), "drafted early, the meeting is not yet held");

        PartialDate may = PartialDate.inMonth(YearMonth.of(2031, 5));
        AgreedAction first = drafting.add(item(meeting, "2").getId(), draft("Circulate the plan", is(), may));
        AgreedAction subFirst = drafting.add(item(meeting, "4i").getId(), draft("Embed the plan", is(), may));
        AgreedAction subSecond = drafting.add(item(meeting, "4i").getId(), draft("Report progress", is(), null));
        assertEquals("300/2/1", first.getReference());
        assertEquals("300/4i/1", subFirst.getReference());
        assertEquals("300/4i/2", subSecond.getReference());
        assertEquals("IS", first.getOwnerLabel());
        assertEquals("May 2031", first.getDue().getLabel());

        assertEquals(List.of("300/4i/1", "300/4i/2"), minutes.actionsOf(meeting).get(item(meeting, "4i").getId())
                .stream().map(AgreedAction::getReference).toList());
        assertEquals(1L, auditCount("AgreedAction", first.getId(), "created"));
        assertEquals(1L, auditCount("MinuteEntry", entry.getId(), "created"));

        AgreedAction reworded = drafting.redefine(subSecond.getId(), subSecond.getVersion(),
                new ActionDraft("Report progress quarterly", List.of(is()), PartialDate.onDay(LocalDate.of(2031, 6, 30)),
                        ActionStatus.IN_PROGRESS));
        assertEquals("Report progress quarterly", reworded.getDescription());
        assertEquals(ActionStatus.IN_PROGRESS, reworded.getStatus());
        assertEquals(1L, auditCountOfField("AgreedAction", subSecond.getId(), "description"));

        drafting.remove(subFirst.getId(), subFirst.getVersion());
        assertEquals(null, em.find(AgreedAction.class, subFirst.getId()));
        assertEquals(1L, auditCount("AgreedAction", subFirst.getId(), "deleted"));
    }

    @Test
    void dueBeforeTheMeetingAndUnknownOwnerAreRefusedAtTheirFields() throws Exception {
        Meeting meeting = meeting(302, LocalDate.of(2031, 3, 20));
        Long itemId = item(meeting, "3").getId();
        DomainException early = assertThrows(DomainException.class,
                () -> drafting.add(itemId, draft("Too early", is(), PartialDate.inMonth(YearMonth.of(2031, 2)))));
        assertEquals("action.due.beforeMeeting", early.getMessageKey());
        assertEquals("due", early.getField());
        DomainException unknown = assertThrows(DomainException.class,
                () -> drafting.add(itemId, draft("Nobody owns this", "person:987654321", null)));
        assertEquals("owner.unknown", unknown.getMessageKey());
        assertEquals("owners", unknown.getField());
        DomainException noOwner = assertThrows(DomainException.class,
                () -> drafting.add(itemId, new ActionDraft("No owner", List.of(), null, null)));
        assertEquals("action.owner.required", noOwner.getMessageKey());
        assertTrue(minutes.actionsOf(meeting).isEmpty());
        assertEquals(MeetingStatus.PLANNED, reload(meeting).getStatus());
    }

    @Test
    void approvalAtTheNextMeetingLocksTheMinuteAndChangesBecomeAmendmentsWithAReason() throws Exception {
        Meeting earlier = meeting(304, LocalDate.of(2031, 4, 10));
        Meeting later = next(earlier, LocalDate.of(2031, 7, 10));
        Long itemId = item(earlier, "3").getId();
        MinuteEntry written = writing.save(itemId, null, "Work programme noted.", null, null);

        Meeting approved = approval.approvePrevious(later.getId(), "The Board", later.getDate());
        assertEquals(MeetingStatus.MINUTE_APPROVED, approved.getStatus());
        Meeting stored = reload(earlier);
        assertTrue(stored.isMinuteLocked());
        assertEquals("The Board", stored.getMinuteApprovedBy());
        assertEquals(later.getId(), stored.getMinuteApprovedAt().getId());
        assertEquals(LocalDate.of(2031, 7, 10), stored.getMinuteApprovedOn());
        assertEquals(1L, auditCount("Meeting", earlier.getId(), "approved"));

        DomainException noReason = assertThrows(DomainException.class,
                () -> writing.save(itemId, written.getVersion(), "Work programme welcomed.", null, " "));
        assertEquals("minute.amend.reasonRequired", noReason.getMessageKey());
        assertEquals("reason", noReason.getField());

        MinuteEntry amended = writing.save(itemId, written.getVersion(), "Work programme welcomed.", null, "Wording corrected at the 305th meeting");
        assertEquals("Work programme welcomed.", amended.getNarrative());
        List<MinuteAmendment> amendments = minutes.entryOf(item(earlier, "3")).orElseThrow().getAmendments();
        assertEquals(1, amendments.size());
        assertEquals("Wording corrected at the 305th meeting", amendments.get(0).getReason());
        assertEquals("Work programme noted.", amendments.get(0).getOldNarrative());
        assertEquals("Work programme welcomed.", amendments.get(0).getNewNarrative());
        assertEquals(1L, auditCount("MinuteEntry", amended.getId(), "amended"));

        DomainException locked = assertThrows(DomainException.class,
                () -> drafting.add(itemId, draft("Late action", is(), null)));
        assertEquals("minute.action.locked", locked.getMessageKey());
        DomainException twice = assertThrows(DomainException.class,
                () -> approval.approvePrevious(later.getId(), "The Board", later.getDate()));
        assertEquals("minute.alreadyApproved", twice.getMessageKey());
    }

    @Test
    void approvedMinuteIsPublishedAndThenListedForThePublic() throws Exception {
        Meeting earlier = meeting(312, LocalDate.of(2031, 10, 2));
        Meeting later = next(earlier, LocalDate.of(2031, 12, 18));
        writing.save(item(earlier, "3").getId(), null, "The Board agreed the work programme.", null, null);
        approval.approvePrevious(later.getId(), "Gerry", LocalDate.of(2031, 12, 18));

        planning.publishMinute(earlier.getId());

        Meeting published = reload(earlier);
        assertEquals(MeetingStatus.PUBLISHED, published.getStatus());
        assertNotNull(published.getPublishedAt());
        ActingUser.actAs(null, null);
        assertTrue(meetings.findVisible(earlier.getId()).isPresent(), "the public sees a published meeting");
        assertFalse(meetings.findVisible(later.getId()).isPresent());
    }

    @Test
    void outstandingActionsOfEarlierMeetingsAreMattersArisingAndACompleteOneIsNot() throws Exception {
        Meeting earlier = meeting(306, LocalDate.of(2031, 9, 4));
        Meeting later = next(earlier, LocalDate.of(2031, 12, 4));
        AgreedAction open = drafting.add(item(earlier, "3").getId(), draft("Stays open", is(), null));
        AgreedAction done = drafting.add(item(earlier, "3").getId(), draft("Gets done", is(), null));
        updates.update(done.getId(), done.getVersion(), new ProgressUpdate("Done and circulated", ActionStatus.COMPLETE, null, later.getId()));

        List<String> arising = register.outstandingBefore(later.getDate()).stream().map(AgreedAction::getReference).toList();
        assertTrue(arising.contains("306/3/1"));
        assertFalse(arising.contains("306/3/2"));
        assertFalse(register.outstandingBefore(earlier.getDate()).stream().anyMatch(a -> a.getId().equals(open.getId())),
                "an action is not a matter arising at its own meeting");
        AgreedAction completed = em.find(AgreedAction.class, done.getId());
        assertEquals(later.getId(), completed.latestProgress().orElseThrow().getMeeting().getId());
    }

    @Test
    void savingOverSomeoneElsesChangeIsAConflictCarryingTheirVersion() throws Exception {
        Meeting meeting = meeting(308, LocalDate.of(2032, 1, 15));
        Long itemId = item(meeting, "3").getId();
        MinuteEntry first = writing.save(itemId, null, "First draft.", null, null);
        writing.save(itemId, first.getVersion(), "Their draft.", "Their decision.", null);
        ConcurrentEditException entryConflict = assertThrows(ConcurrentEditException.class,
                () -> writing.save(itemId, first.getVersion(), "My draft.", null, null));
        EntrySnapshot theirs = entryConflict.theirs(EntrySnapshot.class);
        assertEquals("Their draft.", theirs.narrative());
        assertEquals("Their decision.", theirs.decisions());
        assertEquals("Their draft.", minutes.entryOf(item(meeting, "3")).orElseThrow().getNarrative());
        ConcurrentEditException newEntryConflict = assertThrows(ConcurrentEditException.class,
                () -> writing.save(itemId, null, "Opened before anyone wrote.", null, null));
        assertNotNull(newEntryConflict.theirs(EntrySnapshot.class));

        AgreedAction action = drafting.add(itemId, draft("Original wording", is(), null));
        drafting.redefine(action.getId(), action.getVersion(), draft("Their wording", is(), null));
        ConcurrentEditException actionConflict = assertThrows(ConcurrentEditException.class,
                () -> drafting.redefine(action.getId(), action.getVersion(), draft("My wording", is(), null)));
        assertEquals("Their wording", actionConflict.theirs(ActionWording.class).description());
    }

    @Test
    void onlyTheSecretariatWritesOrApprovesTheMinute() throws Exception {
        Meeting meeting = meeting(310, LocalDate.of(2032, 3, 11));
        Meeting later = next(meeting, LocalDate.of(2032, 6, 10));
        Long itemId = item(meeting, "3").getId();
        ActingUser.actAs("member", Role.MEMBER);
        assertEquals("minute.notAllowed", assertThrows(DomainException.class,
                () -> writing.save(itemId, null, "Not mine to write", null, null)).getMessageKey());
        assertEquals("minute.notAllowed", assertThrows(DomainException.class,
                () -> drafting.add(itemId, draft("Not mine", is(), null))).getMessageKey());
        assertEquals("minute.notAllowed", assertThrows(DomainException.class,
                () -> approval.approvePrevious(later.getId(), "The Board", later.getDate())).getMessageKey());
        assertFalse(reload(meeting).isMinuteLocked());
    }

    private long auditCount(String type, Long id, String operation) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.entityType = :t AND e.entityId = :id"
                        + " AND e.operation = :op", Long.class)
                .setParameter("t", type).setParameter("id", id).setParameter("op", operation).getSingleResult();
    }

    private long auditCountOfField(String type, Long id, String field) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.entityType = :t AND e.entityId = :id"
                        + " AND e.field = :f", Long.class)
                .setParameter("t", type).setParameter("id", id).setParameter("f", field).getSingleResult();
    }
}
