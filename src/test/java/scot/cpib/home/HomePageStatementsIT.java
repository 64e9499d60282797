package scot.cpib.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.action.application.OwnerCount;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.application.Directory;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.engagement.application.EngagementInput;
import scot.cpib.engagement.application.EngagementLog;
import scot.cpib.engagement.application.LogFilter;
import scot.cpib.engagement.domain.EngagementRecord;
import scot.cpib.home.application.LeadOverview;
import scot.cpib.home.application.NextMeetingOverview;
import scot.cpib.home.application.SecretariatOverview;
import scot.cpib.home.web.MemberHome;
import scot.cpib.home.web.SecretariatHome;
import scot.cpib.it.container.ActingUser;
import scot.cpib.it.container.StatementCounter;
import scot.cpib.shared.infrastructure.DataChanges;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.security.domain.Role;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.domain.PartialDate;
import scot.cpib.workprogramme.application.PeriodReturn;
import scot.cpib.workprogramme.application.ReportingPeriods;
import scot.cpib.workprogramme.application.WorkProgrammeQueries;
import scot.cpib.workprogramme.domain.ProgrammeStatus;
import scot.cpib.workprogramme.domain.ProgressUpdate;
import scot.cpib.workprogramme.domain.ReportingPeriod;
import scot.cpib.workprogramme.domain.WorkProgramme;
import scot.cpib.workprogramme.domain.Workstream;
import scot.cpib.workprogramme.web.LeadHomePage;

/**
 * Issue 13: the home page costs a fixed number of SQL statements for the secretariat, a lead and a
 * member, however many overdue actions, owners or workstreams there are; so do a reporting period's
 * returns and a page of the engagement log. Each test adds more rows than a query per row would allow
 * (30 overdue actions among several owners, 30 workstreams in a period), reads as the page does,
 * outside a transaction, counts the statements with EclipseLink's session events, and removes what it
 * added. The parts the server keeps under the data version (decision 89) are counted twice: read afresh
 * inside a transaction, where nothing kept is used, and read again with nothing changed.
 */
@ExtendWith(ArquillianExtension.class)
class HomePageStatementsIT {

    /** The bound: no page issuing more than about 10 statements. */
    private static final int MOST = 10;

    /**
     * A lead's part of the home page shows more kinds of things, one query per kind, never one per row:
     * the current programme, its open period, the workstreams, their versions, leads and who the leads
     * are (people, organisations, groups), what they continue, their updates and the updates' periods,
     * the person's groups (for the workstreams led and for the actions owned), a draft revision, and the
     * outstanding actions with their owners and latest notes. (The test's stand-in user finds the person
     * by name each time it is asked: two of these statements.)
     */
    private static final int MOST_FOR_A_LEAD = 21;

    /**
     * When a draft revision is before the board (as other tests leave one), a lead's part also shows the
     * workstreams it would give them: the revision, its workstreams, their versions and their leads with
     * who they are, one query each again.
     */
    private static final int MOST_FOR_A_LEAD_WITH_A_DRAFT = 30;

    /**
     * The secretariat's part, read afresh (inside a transaction, as after every change): the next
     * meeting's card and checklist (the meeting, its agenda, papers, attendance and pack versions), the
     * replies against the quorum rule (the board, its members, the replies), the meeting whose minute is
     * in progress (the same again), overdue actions by owner and their
     * total (two counts), the current programme, its open period, the period's returns (the period, its
     * programme, workstreams, updates and reminders) and the failed e-mails. Read again while nothing
     * has changed, all but the e-mails come from what the server kept ({@link #KEPT_FOR_THE_SECRETARIAT}).
     */
    private static final int MOST_FOR_THE_SECRETARIAT = 24;

    /** The secretariat's part read again with nothing changed: only the failed e-mails (the mail log is no kept read). */
    private static final int KEPT_FOR_THE_SECRETARIAT = 1;

    private static final int MANY = 30;

    private static final int FIRST_NUMBER = 901;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private BoardClock clock;

    @Inject
    private Directory directory;

    @Inject
    private SecretariatHome secretariatHome;

    @Inject
    private SecretariatOverview overviews;

    @Inject
    private LeadOverview leadOverviews;

    @Inject
    private NextMeetingOverview nextMeetings;

    @Inject
    private MemberHome memberHome;

    @Inject
    private LeadHomePage leadHomePage;

    @Inject
    private ReportingPeriods periods;

    @Inject
    private WorkProgrammeQueries programmes;

    @Inject
    private EngagementLog log;

    private final List<Long> actions = new ArrayList<>();

    private final List<Long> engagements = new ArrayList<>();

    private Long programme;

    private String traced = "";

    @BeforeEach
    void actAsTheSecretariat() {
        ActingUser.actAs("secretariat", Role.SECRETARIAT);
    }

    @AfterEach
    void removeWhatWasAdded() throws Exception {
        tx.begin();
        if (!actions.isEmpty()) {
            em.createQuery("DELETE FROM ActionOwner o WHERE o.action.id IN :ids").setParameter("ids", actions).executeUpdate();
            em.createQuery("DELETE FROM AgreedAction a WHERE a.id IN :ids").setParameter("ids", actions).executeUpdate();
        }
        if (!engagements.isEmpty()) {
            for (Long id : engagements) {
                em.remove(em.find(EngagementRecord.class, id));
            }
            em.createQuery("DELETE FROM AuditEntry e WHERE e.entityType = 'EngagementRecord' AND e.entityId IN :ids")
                    .setParameter("ids", engagements).executeUpdate();
        }
        if (programme != null) {
            List<Long> updates = em.createQuery("SELECT u.id FROM ProgressUpdate u WHERE u.period.programme.id = :p", Long.class)
                    .setParameter("p", programme).getResultList();
            if (!updates.isEmpty()) {
                em.createQuery("DELETE FROM ProgressUpdate u WHERE u.id IN :ids").setParameter("ids", updates).executeUpdate();
            }
            em.createQuery("DELETE FROM ReportingPeriod r WHERE r.programme.id = :p").setParameter("p", programme).executeUpdate();
            em.createQuery("DELETE FROM Workstream w WHERE w.programme.id = :p").setParameter("p", programme).executeUpdate();
            em.createQuery("DELETE FROM WorkProgramme p WHERE p.id = :p").setParameter("p", programme).executeUpdate();
        }
        DataChanges.changedPastTheListener(); // the bulk deletes pass by the entity listener (decision 89)
        tx.commit();
        actions.clear();
        engagements.clear();
        programme = null;
    }

    @Test
    void theSecretariatsHomeCountsOverdueActionsByOwnerInTheDatabase() throws Exception {
        addOverdueActions();
        List<OwnerCount> byOwner = new ArrayList<>();
        long[] total = new long[1];
        int statements = countInATransaction(() -> {
            byOwner.addAll(secretariatHome.getOverdueByOwner());
            total[0] = secretariatHome.getOverdueTotal();
            readTheSecretariatsPart();
            return null;
        });
        assertTrue(total[0] >= MANY, "every overdue action is counted: " + total[0]);
        assertTrue(byOwner.size() >= 3, "the owners are counted apart: " + byOwner);
        assertTrue(byOwner.stream().mapToLong(OwnerCount::count).sum() >= 2L * MANY, "each action counts for both its owners");
        assertEquals(byOwner.stream().sorted((a, b) -> Long.compare(b.count(), a.count())).map(OwnerCount::count).toList(),
                byOwner.stream().map(OwnerCount::count).toList(), "most overdue first");
        assertTrue(statements <= MOST_FOR_THE_SECRETARIAT, statements + " statements for the secretariat's part of the home page:\n"
                + traced);
    }

    @Test
    void theSecretariatsHomeReadAgainWithNothingChangedIsKeptByTheServer() throws Exception {
        SecretariatOverview.Overview first = overviews.on(clock.today());
        var next = nextMeetings.on(clock.today());
        int statements = count(() -> {
            assertEquals(first, overviews.on(clock.today()), "the same overview");
            assertEquals(next, nextMeetings.on(clock.today()), "the same next meeting");
            readTheSecretariatsPart();
            return null;
        });
        assertTrue(statements <= KEPT_FOR_THE_SECRETARIAT, statements + " statements for the secretariat's part read again:\n"
                + traced);
    }

    @Test
    void overdueActionsAddedAndRemovedAreSeenOnTheSecretariatsHomeAtOnce() throws Exception {
        long before = overviews.on(clock.today()).overdueTotal();
        addOverdueActions();
        assertEquals(before + MANY, overviews.on(clock.today()).overdueTotal(), "the actions added are counted at once");
        removeWhatWasAdded();
        assertEquals(before, overviews.on(clock.today()).overdueTotal(), "and their removal is seen at once");
    }

    @Test
    void aLeadsWorkstreamsAndTheNextMeetingReadAgainWithNothingChangedAreKeptByTheServer() throws Exception {
        ActingUser.actAs("lead", "Mark McAteer", Role.LEAD);
        LeadOverview.LeadCard card = leadOverviews.on(clock.today());
        var next = nextMeetings.on(clock.today());
        int afresh = countInATransaction(() -> {
            assertEquals(card, leadOverviews.on(clock.today()), "the same card read afresh");
            assertEquals(next, nextMeetings.on(clock.today()), "the same next meeting read afresh");
            return null;
        });
        assertTrue(afresh <= MOST_FOR_A_LEAD_WITH_A_DRAFT, afresh + " statements for a lead's card and the next meeting:\n" + traced);
        int statements = count(() -> {
            assertEquals(card, leadOverviews.on(clock.today()));
            assertEquals(next, nextMeetings.on(clock.today()));
            return null;
        });
        assertEquals(0, statements, "a lead's card and the next meeting read again:\n" + traced);
    }

    /** Everything the secretariat's part of the page shows (the next meeting's card too). */
    private void readTheSecretariatsPart() {
        memberHome.getNextMeeting();
        memberHome.getPapers();
        memberHome.getPack();
        secretariatHome.getNextChecklist();
        secretariatHome.getNextQuorum();
        secretariatHome.getMinuteInProgress();
        secretariatHome.getMinuteChecklist();
        secretariatHome.getOverdueByOwner();
        secretariatHome.getOverdueOwnerCount();
        secretariatHome.getOverdueTotal();
        secretariatHome.getPeriod();
        secretariatHome.getMissingUpdates();
        secretariatHome.getFailedMails();
    }

    @Test
    void aMembersHomeReadsTheirOutstandingActionsInAFewStatements() throws Exception {
        ActingUser.actAs("lead", "Mark McAteer", Role.MEMBER);
        addOverdueActions();
        int[] shown = new int[1];
        int statements = count(() -> {
            shown[0] = memberHome.getOverdueActions().size() + memberHome.getSoonActions().size();
            memberHome.getOutstandingCount();
            memberHome.getOverdueActions().forEach(a -> a.due().getLabel());
            return null;
        });
        assertTrue(shown[0] >= MANY, "the person's overdue actions are shown: " + shown[0]);
        assertTrue(statements <= MOST, statements + " statements for a member's actions on the home page:\n" + traced);
    }

    @Test
    void aLeadsHomeReadsWorkstreamsAndActionsInAFewStatements() throws Exception {
        ActingUser.actAs("lead", "Mark McAteer", Role.LEAD);
        addOverdueActions();
        int[] shown = new int[1];
        boolean draft = programmes.newestVisible().filter(p -> p.getStatus() == ProgrammeStatus.DRAFT).isPresent();
        int statements = count(() -> {
            leadHomePage.load();
            leadHomePage.getWorkstreams().forEach(m -> m.workstream().getNumberedTitle());
            leadHomePage.getProposed();
            shown[0] = leadHomePage.getActions().size();
            memberHome.getOverdueActions();
            memberHome.getSoonActions();
            return null;
        });
        assertTrue(shown[0] >= MANY, "the lead's outstanding actions are shown: " + shown[0]);
        assertTrue(statements <= (draft ? MOST_FOR_A_LEAD_WITH_A_DRAFT : MOST_FOR_A_LEAD), statements + " statements for a lead's part of the home page:\n" + traced);
    }

    @Test
    void aPeriodsReturnsAreReadInAFewStatementsHoweverManyWorkstreams() throws Exception {
        Long period = addPeriodOfManyWorkstreams();
        List<PeriodReturn> returns = new ArrayList<>();
        int statements = count(() -> {
            returns.addAll(periods.returns(period));
            returns.forEach(r -> r.workstream().getLeadLabel());
            return null;
        });
        assertEquals(MANY, returns.size());
        assertEquals(MANY / 2, returns.stream().filter(PeriodReturn::isMissing).count(), "every other workstream has its update");
        assertTrue(statements <= MOST, statements + " statements for the returns of " + MANY + " workstreams:\n" + traced);
    }

    @Test
    void aPageOfTheEngagementLogIsReadInAFewStatements() throws Exception {
        addEngagements();
        int[] shown = new int[1];
        int statements = count(() -> {
            for (EngagementRecord record : log.page(LogFilter.all(), 0, 50).items()) {
                record.getPerson().getFullName();
                record.getChannel().getName();
                record.getEventLabel();
                record.getGroups().size();
                record.getMessages().size();
                record.getFollowUps().forEach(AgreedAction::getReference);
                shown[0]++;
            }
            return null;
        });
        assertTrue(shown[0] >= MANY, "the page shows more records than the bound: " + shown[0]);
        assertTrue(statements <= MOST, statements + " statements for a page of " + shown[0] + " engagements:\n" + traced);
    }

    /** 30 overdue actions, each owned by the lead and by one of three organisations, agreed at a past meeting. */
    private void addOverdueActions() throws Exception {
        LocalDate today = clock.today();
        tx.begin();
        AgendaItem item = em.createQuery("SELECT i FROM AgendaItem i WHERE i.meeting.board.id = :board AND i.meeting.date < :today"
                        + " ORDER BY i.meeting.date DESC, i.id", AgendaItem.class)
                .setParameter("board", directory.boardId()).setParameter("today", today).setMaxResults(1).getSingleResult();
        Person lead = em.createQuery("SELECT p FROM Person p WHERE p.fullName = 'Mark McAteer'", Person.class).getSingleResult();
        List<Organisation> organisations = em.createQuery("SELECT o FROM Organisation o ORDER BY o.id", Organisation.class)
                .setMaxResults(3).getResultList();
        try {
            for (int i = 0; i < MANY; i++) {
                AgreedAction action = new AgreedAction(item, FIRST_NUMBER + i, "Overdue action " + i,
                        List.of(OwnerRef.of(lead), OwnerRef.of(organisations.get(i % organisations.size()))),
                        PartialDate.onDay(today.minusDays(10 + i)), LocalDateTime.now());
                em.persist(action);
                em.flush();
                actions.add(action.getId());
            }
            tx.commit();
        } catch (Exception | AssertionError e) {
            tx.rollback();
            actions.clear();
            throw e;
        }
    }

    /**
     * A programme of 30 workstreams (an earlier version, as updates are given to approved versions only)
     * with a period for which every other workstream has given no update.
     */
    private Long addPeriodOfManyWorkstreams() throws Exception {
        tx.begin();
        try {
            WorkProgramme added = new WorkProgramme(em.find(Board.class, directory.boardId()), 99, "Many workstreams",
                    LocalDate.of(2019, 4, 1));
            em.persist(added);
            List<Workstream> workstreams = new ArrayList<>();
            for (int i = 1; i <= MANY; i++) {
                workstreams.add(added.addWorkstream(i, "Workstream " + i, "Aim " + i));
            }
            ReportingPeriod period = new ReportingPeriod(added, "Quarter 1", LocalDate.of(2019, 4, 1), LocalDate.of(2019, 6, 30), null);
            em.persist(period);
            em.flush();
            programme = added.getId();
            em.createQuery("UPDATE WorkProgramme p SET p.status = :superseded WHERE p.id = :id")
                    .setParameter("superseded", ProgrammeStatus.SUPERSEDED).setParameter("id", programme).executeUpdate();
            em.refresh(added);
            for (int i = 0; i < MANY; i += 2) {
                em.persist(ProgressUpdate.noUpdateProvided(workstreams.get(i), period, "secretariat", LocalDateTime.now()));
            }
            tx.commit();
            return period.getId();
        } catch (Exception | AssertionError e) {
            tx.rollback();
            programme = null;
            throw e;
        }
    }

    /** 30 engagements, each with a stakeholder group, recorded through the log as the secretariat records them. */
    private void addEngagements() {
        Long person = em.createQuery("SELECT p.id FROM Person p WHERE p.fullName = 'Mark McAteer'", Long.class).getSingleResult();
        Long channel = em.createQuery("SELECT c.id FROM Channel c WHERE c.board.id = :board ORDER BY c.id", Long.class)
                .setParameter("board", directory.boardId()).setMaxResults(1).getSingleResult();
        List<Long> groups = em.createQuery("SELECT g.id FROM StakeholderGroup g WHERE g.board.id = :board ORDER BY g.id", Long.class)
                .setParameter("board", directory.boardId()).setMaxResults(1).getResultList();
        for (int i = 0; i < MANY; i++) {
            EngagementRecord added = log.record(new EngagementInput(PartialDate.onDay(LocalDate.of(2019, 1, 1).plusDays(i)), person,
                    groups, channel, null, "Engagement " + i, List.of(), 10 + i, null, null), List.of());
            engagements.add(added.getId());
        }
    }

    /** As {@link #count}, inside a transaction: nothing kept is used, so this is what a read afresh costs. */
    private int countInATransaction(Callable<?> reads) throws Exception {
        return count(() -> {
            tx.begin();
            try {
                assertTrue(DataChanges.current().isEmpty(), "inside a transaction nothing kept is read");
                return reads.call();
            } finally {
                tx.commit();
            }
        });
    }

    private int count(Callable<?> reads) throws Exception {
        StatementCounter.Counted counted = StatementCounter.counted(getClass(), em, reads);
        traced = counted.statements();
        return counted.count();
    }
}
