package scot.cpib.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.board.application.Directory;
import scot.cpib.board.application.OwnerGroups;
import scot.cpib.board.domain.Person;
import scot.cpib.home.web.LeadHome;
import scot.cpib.home.web.MemberHome;
import scot.cpib.it.container.ActingUser;
import scot.cpib.it.container.StatementCounter;
import scot.cpib.meeting.application.NextMeetingReplies;
import scot.cpib.meeting.web.MeetingsPage;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.security.domain.AppUser;
import scot.cpib.security.domain.Role;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.workprogramme.web.LeadHomePage;

/**
 * Issue 13: the home page and "my workstreams" read again while nothing has changed cost only what is
 * the person's own and read each time (the account, their reply, the annual reports they may read),
 * not the things the same for everyone or kept for the person under the data version (decision 89):
 * the reply form's meeting and who may reply, the recent meetings, the person's groups. Each "request"
 * is a request context of its own on a managed thread, as a page's is, so nothing is carried over in
 * the request-scoped beans; the first warms what the server keeps, the second is counted. A change
 * (a person joining a group and leaving it) is seen at the next read.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalPagesStatementsIT {

    /**
     * The home page of a lead or a member read again, nothing changed: the account with its person, the
     * account's roles, the previous sign-in (for what is new) and the annual reports (the board's, to pick
     * those in draft or review). The old code
     * also read the next meeting (once or twice), all the board's meetings, the board and the person's groups.
     */
    private static final int MOST_FOR_THE_HOME_PAGE = 4;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private UserTransaction tx;

    @Inject
    private BoardClock clock;

    @Inject
    private Directory directory;

    @Inject
    private OwnerGroups groups;

    @Inject
    private NextMeetingReplies nextMeetingReplies;

    /** A group whose membership the test changed and has not set back yet. */
    private Long joined;

    private boolean wasMember;

    private Long person;

    private String traced = "";

    @AfterEach
    void setTheGroupBack() throws Exception {
        if (joined != null) {
            ActingUser.actAs("secretariat", Role.SECRETARIAT);
            if (wasMember) {
                groups.addMember(joined, person);
            } else {
                groups.removeMember(joined, person);
            }
            joined = null;
        }
    }

    @Test
    void aLeadsHomePageReadAgainWithNothingChangedReadsOnlyTheirOwnThings() throws Exception {
        ActingUser.actAs("lead", Role.LEAD);
        int[] shown = new int[1];
        Callable<Object> home = () -> {
            readTheHomePage();
            shown[0] = CDI.current().select(MeetingsPage.class).get().getRecentMeetings().size();
            return null;
        };
        inAFreshRequest(home);
        int statements = countedInAFreshRequest(home);
        assertTrue(shown[0] > 0, "the recent meetings are listed");
        assertTrue(statements <= MOST_FOR_THE_HOME_PAGE, statements + " statements for a lead's home page read again:\n" + traced);
        assertFalse(traced.contains("owner_group_member"), "the lead's groups are kept:\n" + traced);
    }

    @Test
    void theSignedInAccountIsReadWithAllItsRolesPersonAndOrganisationInOneStatement() throws Exception {
        Set<Role> granted = EnumSet.of(Role.LEAD, Role.MEMBER, Role.SECRETARIAT);
        String name = "roles." + System.nanoTime();
        tx.begin();
        Person leadsPerson = em.createQuery("SELECT u.person FROM AppUser u WHERE u.username = 'lead'", Person.class).getSingleResult();
        AppUser account = new AppUser(name, AppUser.NO_PASSWORD, leadsPerson, granted);
        em.persist(account);
        tx.commit();
        try {
            ActingUser.actAs(name, Role.LEAD);
            inAFreshRequest(() -> CDI.current().select(CurrentUser.class).get().account().orElseThrow());
            Object[] read = new Object[2];
            int statements = countedInAFreshRequest(() -> {
                AppUser signedIn = CDI.current().select(CurrentUser.class).get().account().orElseThrow();
                read[0] = signedIn.getRoles();
                read[1] = signedIn.getPerson().getOrganisation() == null ? null : signedIn.getPerson().getOrganisation().getName();
                return null;
            });
            assertEquals(granted, read[0], "every role of the account is read, not only the first row's");
            assertEquals(1, statements, "every signed-in page reads the account:\n" + traced);
        } finally {
            tx.begin();
            em.remove(em.find(AppUser.class, account.getId()));
            tx.commit();
        }
    }

    @Test
    void aMembersHomePageReadAgainWithNothingChangedReadsOnlyTheirOwnThings() throws Exception {
        ActingUser.actAs("member", Role.MEMBER);
        Callable<Object> home = () -> {
            readTheHomePage();
            CDI.current().select(MeetingsPage.class).get().getRecentMeetings().size();
            return null;
        };
        inAFreshRequest(home);
        int statements = countedInAFreshRequest(home);
        assertTrue(statements <= MOST_FOR_THE_HOME_PAGE, statements + " statements for a member's home page read again:\n" + traced);
    }

    @Test
    void myWorkstreamsReadAgainWithNothingChangedReadsTheLeadsGroupsNoMore() throws Exception {
        ActingUser.actAs("lead", Role.LEAD);
        int[] shown = new int[1];
        Callable<Object> my = () -> {
            LeadHomePage page = CDI.current().select(LeadHomePage.class).get();
            page.load();
            page.getProposed();
            shown[0] = page.getWorkstreams().size();
            page.getActions().size();
            return null;
        };
        inAFreshRequest(my);
        countedInAFreshRequest(my);
        assertTrue(shown[0] > 0, "the lead's workstreams are shown");
        assertFalse(traced.contains("owner_group_member"), "the lead's groups are kept (they were read twice):\n" + traced);
    }

    @Test
    void theReplyFormsMeetingAndWhoMayReplyAreKeptWhileNothingChanges() throws Exception {
        ActingUser.actAs("member", Role.MEMBER);
        var first = inAFreshRequest(() -> nextMeetingReplies.on(clock.today()));
        var again = new Object[1];
        int statements = countedInAFreshRequest(() -> again[0] = nextMeetingReplies.on(clock.today()));
        assertEquals(first, again[0], "the same meeting and voters");
        assertEquals(0, statements, "the reply form's meeting read again:\n" + traced);
    }

    @Test
    void aPersonJoiningAGroupAndLeavingItIsSeenAtOnce() throws Exception {
        ActingUser.actAs("secretariat", Role.SECRETARIAT);
        Person lead = em.createQuery("SELECT u.person FROM AppUser u WHERE u.username = 'lead'", Person.class).getSingleResult();
        person = lead.getId();
        Long group = em.createQuery("SELECT g.id FROM OwnerGroup g WHERE g.board.id = :b ORDER BY g.id", Long.class)
                .setParameter("b", directory.boardId()).setMaxResults(1).getSingleResult();
        wasMember = inAFreshRequest(() -> directory.groupIdsOf(lead)).contains(group);
        if (wasMember) {
            groups.removeMember(group, person);
            joined = group; // to be given back
            assertFalse(inAFreshRequest(() -> directory.groupIdsOf(lead)).contains(group), "leaving is seen at once");
            groups.addMember(group, person);
            joined = null;
            assertTrue(inAFreshRequest(() -> directory.groupIdsOf(lead)).contains(group), "joining is seen at once");
        } else {
            groups.addMember(group, person);
            joined = group; // to be taken out again
            assertTrue(inAFreshRequest(() -> directory.groupIdsOf(lead)).contains(group), "joining is seen at once");
            groups.removeMember(group, person);
            joined = null;
            assertFalse(inAFreshRequest(() -> directory.groupIdsOf(lead)).contains(group), "leaving is seen at once");
        }
    }

    /** Everything the home page shows a lead or a member but the recent meetings. */
    private static void readTheHomePage() {
        MemberHome memberHome = CDI.current().select(MemberHome.class).get();
        memberHome.getNextMeeting();
        memberHome.getPapers();
        memberHome.getPack();
        memberHome.isPackNew();
        memberHome.getNewPaperCount();
        memberHome.getOverdueActions();
        memberHome.getSoonActions();
        memberHome.getReviews();
        LeadHome leadHome = CDI.current().select(LeadHome.class).get();
        leadHome.getPeriod();
        leadHome.getWorkstreams();
    }

    /** Runs the reads as one request of their own: a request context on a managed thread. */
    private <T> T inAFreshRequest(Callable<T> reads) throws Exception {
        return executor.submit(() -> {
            RequestContextController request = CDI.current().select(RequestContextController.class).get();
            request.activate();
            try {
                return reads.call();
            } finally {
                request.deactivate();
            }
        }).get();
    }

    private int countedInAFreshRequest(Callable<?> reads) throws Exception {
        StatementCounter.Counted counted = inAFreshRequest(() -> StatementCounter.counted(getClass(), em, reads));
        traced = counted.statements();
        return counted.count();
    }
}
