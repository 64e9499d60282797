package scot.cpib.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.action.application.ActionReminders;
import scot.cpib.action.application.Digest;
import scot.cpib.action.application.ReminderClaims;
import scot.cpib.action.application.ReminderDigests;
import scot.cpib.action.application.WeeklyRun;
import scot.cpib.action.domain.ActionReminder;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.action.domain.ReminderKind;
import scot.cpib.action.domain.ReminderOutcome;
import scot.cpib.board.application.Directory;
import scot.cpib.board.domain.OwnerGroup;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.it.container.ActingUser;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.security.domain.Role;
import scot.cpib.shared.application.AuditQueries;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.application.Mailer;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.MailLogEntry;
import scot.cpib.shared.domain.PartialDate;

/**
 * Reminders to action owners against H2 and MariaDB: the weekly digest goes once per person and week
 * (the claim row's unique key holds on both databases), people who chose none are skipped, groups
 * reach their members, and the secretariat's chase is recorded. Meetings 1900–1949; the people are
 * made by each test, so their digests hold only the test's actions.
 */
@ExtendWith(ArquillianExtension.class)
class ActionRemindersIT {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private ActionReminders reminders;

    @Inject
    private ReminderClaims claims;

    @Inject
    private ReminderDigests digests;

    @Inject
    private Directory directory;

    @Inject
    private Mailer mailer;

    @Inject
    private AuditQueries audit;

    @Inject
    private BoardClock clock;

    @BeforeEach
    void secretariatActs() {
        ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);
    }

    @Test
    void weeklyDigestGoesOncePerOwnerAndASecondRunInTheSameWeekSendsNone() throws Exception {
        LocalDate today = clock.today();
        Long owner = person("Rhona Remindme", "rhona.remindme@example.org");
        Long overdue = action(OwnerRef.of(em.find(Person.class, owner)), "Send the overdue figures", PartialDate.onDay(today.minusDays(10)));
        Long soon = action(OwnerRef.of(em.find(Person.class, owner)), "Draft the soon-due note", PartialDate.onDay(today.plusDays(3)));
        action(OwnerRef.of(em.find(Person.class, owner)), "Far off", PartialDate.onDay(today.plusYears(1)));

        WeeklyRun first = reminders.sendNow();
        WeeklyRun second = reminders.sendNow();

        List<ActionReminder> rows = remindersOf(owner);
        assertEquals(1, rows.size(), "one digest for the week");
        ActionReminder digest = rows.get(0);
        assertEquals(ReminderKind.DIGEST, digest.getKind());
        assertEquals(ActionReminders.periodOf(today), digest.getPeriod());
        assertEquals(2, digest.getActionCount(), "the overdue and the soon-due action, not the far one");
        assertEquals(ReminderOutcome.NOT_CONFIGURED, digest.getOutcome(), "no SMTP server in this tier; recorded as such");
        MailLogEntry mail = mailer.log("action-reminder", 500).stream()
                .filter(m -> m.getId().equals(digest.getMailLogId())).findFirst().orElseThrow();
        assertEquals("rhona.remindme@example.org", mail.getRecipients());
        assertTrue(mail.getSubject().contains("1 overdue, 1 due soon"), mail.getSubject());
        assertTrue(mail.getBody().contains("/actions/view.xhtml?id=" + overdue) && mail.getBody().contains("/actions/view.xhtml?id=" + soon),
                mail.getBody());
        assertTrue(first.sent() >= 1);
        assertEquals(0, second.sent(), "the second run of the week sends nothing");
        assertEquals(first.sent() + first.noAddress() + first.alreadyReminded(), second.alreadyReminded());
    }

    @Test
    void theClaimOfAWeekIsTakenOnceAndTheDatabaseRefusesASecond() throws Exception {
        Long owner = person("Colin Claim", "colin.claim@example.org");

        Optional<Long> first = claims.claim(owner, "2000-W01", 1, "server-a");
        Optional<Long> second = claims.claim(owner, "2000-W01", 1, "server-b");
        tx.begin();
        em.persist(ActionReminder.claimDigest(em.find(Person.class, owner), "2000-W01", 1, LocalDateTime.now(ZoneOffset.UTC), "server-c"));
        assertThrows(RuntimeException.class, () -> em.flush(), "the unique (person, week) key refuses a racing second claim");
        tx.rollback();

        assertTrue(first.isPresent());
        assertTrue(second.isEmpty());
        assertTrue(claims.claim(owner, "2000-W02", 1, "server-a").isPresent(), "another week is another claim");
    }

    @Test
    void personWhoChoseNoneIsSkippedAndGroupsReachTheirMembers() throws Exception {
        LocalDate today = clock.today();
        Long quiet = person("Quentin Quiet", "quentin.quiet@example.org");
        GroupAndMember grouped = groupMember("Gail Grouped", "gail.grouped@example.org");
        Long viaGroup = grouped.personId();
        action(OwnerRef.of(em.find(Person.class, quiet)), "Quiet action", PartialDate.onDay(today.minusDays(2)));
        Long groupAction = action(OwnerRef.of(em.find(OwnerGroup.class, grouped.groupId())), "Group action", PartialDate.onDay(today.minusDays(2)));
        ActingUser.actAs("quiet", "Quentin Quiet", Role.MEMBER);
        reminders.chooseForMe(false);
        assertFalse(reminders.isWeeklyForMe());
        ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);

        Digest gail = digests.on(today, 14).stream().filter(d -> d.personId().equals(viaGroup)).findFirst().orElseThrow();
        WeeklyRun run = reminders.sendNow();

        assertEquals(List.of(groupAction), gail.overdue().stream().map(Digest.Line::actionId).toList());
        assertTrue(remindersOf(quiet).isEmpty(), "no digest for someone who chose none");
        assertTrue(run.optedOut() >= 1);
        assertEquals(1, remindersOf(viaGroup).size());
    }

    @Test
    void secretariatChasesOneActionAndTheChaseIsRecordedButAMemberCannot() throws Exception {
        Long owner = person("Chloe Chased", "chloe.chased@example.org");
        Long id = action(OwnerRef.of(em.find(Person.class, owner)), "Chased action", PartialDate.onDay(clock.today().minusDays(1)));

        ActionReminder chase = reminders.chase(id);
        ActingUser.actAs("member", "Kenny Richmond", Role.MEMBER);
        DomainException refused = assertThrows(DomainException.class, () -> reminders.chase(id));

        assertEquals(ReminderKind.CHASE, chase.getKind());
        assertEquals("chloe.chased@example.org", chase.getRecipients());
        assertEquals(1, reminders.chasesOf(id).size());
        assertTrue(audit.historyOf("AgreedAction", id).stream().anyMatch(e -> "chased".equals(e.getOperation())));
        assertEquals("reminders.notAllowed", refused.getMessageKey());
    }

    private List<ActionReminder> remindersOf(Long personId) {
        return em.createQuery("SELECT r FROM ActionReminder r WHERE r.person.id = :p", ActionReminder.class)
                .setParameter("p", personId).getResultList();
    }

    /** A new person with an e-mail address (set as the directory's SQL would, the entity has no setter). */
    private Long person(String name, String email) throws Exception {
        tx.begin();
        Person person = new Person(name, null);
        em.persist(person);
        em.flush();
        em.createNativeQuery("UPDATE person SET email = ? WHERE id = ?").setParameter(1, email).setParameter(2, person.getId())
                .executeUpdate();
        tx.commit();
        em.getEntityManagerFactory().getCache().evict(Person.class, person.getId());
        return person.getId();
    }

    /** A new person in a new group (its name made unique), and the group. */
    private GroupAndMember groupMember(String name, String email) throws Exception {
        Long id = person(name, email);
        tx.begin();
        OwnerGroup group = new OwnerGroup(directory.board(), "Reminder test group " + System.nanoTime());
        em.persist(group);
        em.flush();
        em.createNativeQuery("INSERT INTO owner_group_member (group_id, person_id) VALUES (?, ?)")
                .setParameter(1, group.getId()).setParameter(2, id).executeUpdate();
        tx.commit();
        em.getEntityManagerFactory().getCache().evict(OwnerGroup.class, group.getId());
        return new GroupAndMember(group.getId(), id);
    }

    private record GroupAndMember(Long groupId, Long personId) {
    }

    /** A new action under a new meeting in 1900–1949 a month ago. */
    private Long action(OwnerRef owner, String description, PartialDate due) throws Exception {
        tx.begin();
        Integer highest = em.createQuery("SELECT MAX(m.number) FROM Meeting m WHERE m.number BETWEEN 1900 AND 1949",
                Integer.class).getSingleResult();
        int number = highest == null ? 1900 : highest + 1;
        Meeting meeting = new Meeting(directory.board(), number, clock.today().minusMonths(1), LocalTime.of(14, 0), LocalTime.of(16, 0));
        AgendaItem item = meeting.addItem("Reminder test item");
        em.persist(meeting);
        OwnerRef managed = owner.person() != null ? OwnerRef.of(em.find(Person.class, owner.person().getId()))
                : OwnerRef.of(em.find(OwnerGroup.class, owner.group().getId()));
        AgreedAction action = new AgreedAction(item, 1, description, List.of(managed), due, LocalDateTime.now(ZoneOffset.UTC));
        em.persist(action);
        tx.commit();
        return action.getId();
    }
}
