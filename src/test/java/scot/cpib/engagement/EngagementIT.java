package scot.cpib.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.action.application.ActionCriteria;
import scot.cpib.action.application.ActionRegister;
import scot.cpib.action.application.OwnerFilter;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.engagement.domain.CellCoverage;
import scot.cpib.engagement.domain.Channel;
import scot.cpib.engagement.domain.CoreMessage;
import scot.cpib.engagement.domain.Coverage;
import scot.cpib.engagement.domain.CoverageCalculator;
import scot.cpib.engagement.domain.EngagementDetails;
import scot.cpib.engagement.domain.EngagementPlan;
import scot.cpib.engagement.domain.EngagementRecord;
import scot.cpib.engagement.domain.EngagementStrategy;
import scot.cpib.engagement.domain.Period;
import scot.cpib.engagement.domain.ScheduledEvent;
import scot.cpib.engagement.domain.StakeholderGroup;
import scot.cpib.engagement.domain.StrategyAim;
import scot.cpib.engagement.domain.StrategyStatus;
import scot.cpib.engagement.application.EngagementCoverage;
import scot.cpib.engagement.application.EngagementInput;
import scot.cpib.engagement.application.EngagementLog;
import scot.cpib.engagement.application.EngagementStrategies;
import scot.cpib.engagement.application.FollowUpInput;
import scot.cpib.engagement.application.LogFilter;
import scot.cpib.engagement.application.PlanChange;
import scot.cpib.it.container.ActingUser;
import scot.cpib.security.domain.Role;
import scot.cpib.shared.domain.AuditEntry;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.PartialDate;

/** The engagement strategy of the February 2019 pack, read back through JPA, and an engagement saved and read back. */
@ExtendWith(ArquillianExtension.class)
class EngagementIT {

    private static final String CHIEF_OFFICERS = "Chief Officers/senior leaders within each of the statutory and "
            + "non-statutory Community Planning Partner organisations";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    @Inject
    private EngagementLog log;

    @Inject
    private EngagementStrategies strategies;

    @Inject
    private EngagementCoverage coverage;

    @Inject
    private ActionRegister register;

    @BeforeEach
    void nobodyActs() {
        ActingUser.actAs("anonymous", null);
    }

    private EngagementStrategy strategy() {
        return em.createQuery("SELECT s FROM EngagementStrategy s WHERE s.title = 'CPIB Engagement Strategy'",
                EngagementStrategy.class).getSingleResult();
    }

    @Test
    void demoStrategyIsTheDraftPutToTheFebruaryMeetingWithItsFourAims() {
        EngagementStrategy strategy = strategy();
        assertEquals(StrategyStatus.DRAFT, strategy.getStatus());
        assertEquals(16, strategy.getApprovalMeeting().getNumber());
        assertEquals(LocalDate.of(2019, 2, 28), strategy.getPeriodFrom());
        assertNull(strategy.getPeriodTo());
        assertEquals(List.of("4.1.1", "4.1.2", "4.1.3", "4.1.4"), strategy.getAims().stream().map(StrategyAim::getNumber).toList());
        assertEquals("To improve relationships between the CPIB and Community Planning stakeholders and strengthen the "
                + "legitimacy of the CPIB as a conduit for the experiences/needs of CP partners and partnerships and as a "
                + "vehicle through which CPP support needs' can be addressed.", strategy.getAims().get(2).getText());
    }

    @Test
    void demoStrategyHasEveryStakeholderGroupAndCoreMessageOfThePack() {
        EngagementStrategy strategy = strategy();
        assertEquals(List.of(CHIEF_OFFICERS, "National Leadership Groups", "CPP Chairs", "CP Managers",
                        "Senior policy makers and politicians", "Community Groups", "Regulatory and Inspection bodies"),
                strategy.getPlans().stream().map(p -> p.getGroup().getName()).toList());
        List<CoreMessage> messages = strategy.getMessages();
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), messages.stream().map(CoreMessage::getNumber).toList());
        assertEquals("To explore the wider system change needed to drive the desired improvements in public service reform",
                messages.get(4).getText());
        assertEquals("To promote the focus/progress/work of the CPIB and identify opportunities for stakeholders to feed "
                + "into and inform this", messages.get(6).getText());
        StakeholderGroup chairs = strategy.getPlans().get(2).getGroup();
        assertTrue(chairs.getSizeNotes().startsWith("6 in-depth"));
    }

    @Test
    void matrixHasTheCellsChannelsAndLeadsAsWritten() {
        EngagementStrategy strategy = strategy();
        assertEquals(List.of("Chief Officers 1", "Chief Officers 2", "National Leadership Groups 3",
                        "National Leadership Groups 4", "CPP Chairs 5", "CP Managers 6", "Senior policy makers and politicians 7"),
                strategy.plannedCells().stream()
                        .map(c -> (c.group().getName().startsWith("Chief Officers") ? "Chief Officers" : c.group().getName())
                                + " " + c.message().getNumber()).toList());
        List<EngagementPlan> plans = strategy.getPlans();
        assertEquals(List.of("CPIB members", "CPIB members", "IS/HS", "Board representative for CP Managers Network",
                        "SG/CPIB members", "Board representative for CP Managers Network", "AS/CPIB members"),
                plans.stream().map(EngagementPlan::getLeadLabel).toList());
        assertEquals(List.of("Annual CPIB report", "CP Knowledge Hub", "CP Managers network meeting"),
                plans.get(3).getChannels().stream().map(Channel::getName).sorted().toList());
        assertTrue(plans.get(0).getChannelText().contains("\n\nIn addition to regular updates provided by individual board members"));
        assertTrue(plans.get(5).getMessages().isEmpty());
    }

    @Test
    void forwardScheduleHasTheKeyDatesOfThePack() {
        List<ScheduledEvent> events = strategy().getEvents();
        assertEquals(List.of("1 March 2019", "May 2019", "August 2019", "November 2019"),
                events.stream().map(e -> e.getDate().getLabel()).toList());
        assertEquals(List.of("Community Groups"), events.get(0).getGroups().stream().map(StakeholderGroup::getName).toList());
    }

    @Test
    void demoLogKeepsTheReportedEngagementApartFromSampleRecordsAndShowsGaps() {
        List<EngagementRecord> records = em.createQuery(
                "SELECT r FROM EngagementRecord r WHERE r.recordedBy = 'demo-data'", EngagementRecord.class).getResultList();
        assertEquals(6, records.size());
        List<EngagementRecord> reported = records.stream().filter(r -> !r.isSampleData())
                .sorted(Comparator.comparing(r -> r.getDate().firstDay())).toList();
        assertEquals(List.of("May 2018", "September 2018"), reported.stream().map(r -> r.getDate().getLabel()).toList());
        assertTrue(reported.stream().allMatch(r -> r.getPerson().getFullName().equals("Sarah Gadsden")));
        assertTrue(records.stream().filter(EngagementRecord::isSampleData)
                .allMatch(r -> r.getEventLabel().startsWith("Sample: ")));

        Coverage coverage = CoverageCalculator.compute(strategy(), records,
                new Period(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 6, 30)));
        assertEquals(List.of("National Leadership Groups 3", "CPP Chairs 5", "Senior policy makers and politicians 7"),
                coverage.gaps().stream().map(c -> c.group().getName() + " " + c.message().getNumber()).toList());
        assertEquals(List.of("CP Managers 1", "Community Groups 1", "Community Groups 6", "Regulatory and Inspection bodies 7"),
                coverage.unplanned().stream().map(c -> c.group().getName() + " " + c.message().getNumber()).sorted().toList());
        CellCoverage managers = coverage.planned().stream().filter(c -> c.group().getName().equals("CP Managers"))
                .findFirst().orElseThrow();
        assertEquals("Sarah Gadsden", managers.getDeliveredBy().get(0).getFullName());
    }

    @Test
    void engagementRecordWithFollowUpActionSurvivesARoundTrip() throws Exception {
        Long id;
        transaction.begin();
        try {
            EngagementStrategy strategy = strategy();
            Board board = strategy.getBoard();
            Person kenny = em.createQuery("SELECT p FROM Person p WHERE p.fullName = 'Kenny Richmond'", Person.class)
                    .getSingleResult();
            Channel hub = em.createQuery("SELECT c FROM Channel c WHERE c.name = 'CP Knowledge Hub'", Channel.class)
                    .getSingleResult();
            ScheduledEvent may = strategy.getEvents().get(1);
            List<StakeholderGroup> groups = List.of(strategy.getPlans().get(3).getGroup(), strategy.getPlans().get(5).getGroup());
            EngagementDetails details = new EngagementDetails(PartialDate.inMonth(YearMonth.of(2019, 5)), kenny, hub, may,
                    null, groups, List.of(strategy.findMessage(6).orElseThrow(), strategy.findMessage(3).orElseThrow()), 0,
                    "Round-trip: heard", "Round-trip: learned – with an en dash");
            EngagementRecord record = new EngagementRecord(board, details, "it-roundtrip",
                    LocalDateTime.of(2019, 6, 1, 9, 0), LocalDate.of(2019, 6, 1));
            em.persist(record);
            em.flush();
            em.persist(record.addFollowUp("Round-trip: send the managers the network notes",
                    List.of(OwnerRef.of(kenny)), PartialDate.inMonth(YearMonth.of(2019, 6)), LocalDateTime.of(2019, 6, 1, 9, 0)));
            transaction.commit();
            id = record.getId();
        } finally {
            rollbackIfActive();
        }

        transaction.begin();
        try {
            EngagementRecord back = em.find(EngagementRecord.class, id);
            assertEquals(PartialDate.inMonth(YearMonth.of(2019, 5)), back.getDate());
            assertEquals("Kenny Richmond", back.getPerson().getFullName());
            assertEquals("CP Knowledge Hub", back.getChannel().getName());
            assertEquals("CPIB meeting: Learning from Engagement", back.getEventLabel());
            assertEquals(List.of("CP Managers", "Community Groups"),
                    back.getGroups().stream().map(StakeholderGroup::getName).sorted().toList());
            assertEquals(List.of(3, 6), back.getMessages().stream().map(CoreMessage::getNumber).sorted().toList());
            assertEquals(0, back.getPeopleReached());
            assertEquals("Round-trip: learned – with an en dash", back.getLearned());
            assertFalse(back.isSampleData());
            assertEquals(List.of("E" + id + "/1"), back.getFollowUps().stream().map(AgreedAction::getReference).toList());
            AgreedAction followUp = back.getFollowUps().get(0);
            assertNull(followUp.getMeeting());
            assertNull(followUp.getAgendaItem());
            assertEquals(LocalDate.of(2019, 5, 1), followUp.getOriginDate());
            em.remove(followUp);
            em.flush();
            em.remove(back);
            transaction.commit();
        } finally {
            rollbackIfActive();
        }
        assertNull(em.find(EngagementRecord.class, id));
    }

    @Test
    void memberRecordsAnEngagementWhoseFollowUpGoesIntoTheRegisterWithAnAuditTrail() {
        ActingUser.actAs("member", "Kenny Richmond", Role.MEMBER);
        Person kenny = person("Kenny Richmond");
        String description = "IT: send the chairs the outcomes summary";
        EngagementRecord record = log.record(input(LocalDate.of(2019, 3, 12), "CPP Chairs", 5, 7),
                List.of(new FollowUpInput(description, List.of("person:" + kenny.getId()), PartialDate.inMonth(YearMonth.of(2019, 6)))));

        String reference = "E" + record.getId() + "/1";
        assertEquals("member", record.getRecordedBy());
        List<AgreedAction> found = register.list(new ActionCriteria(Set.of(), OwnerFilter.ANY, null, null, null, false, description), LocalDate.of(2019, 3, 12));
        assertEquals(List.of(reference), found.stream().map(AgreedAction::getReference).toList());
        AgreedAction action = found.get(0);
        assertNull(action.getMeeting());
        assertEquals(record.getId(), action.getEngagementRecord().getId());
        assertEquals("Kenny Richmond", action.getOwnerLabel());
        assertTrue(register.outstandingBefore(LocalDate.of(2019, 5, 29)).stream().anyMatch(a -> a.getReference().equals(reference)),
                "matters arising of the next meeting");
        assertFalse(register.outstandingBefore(LocalDate.of(2019, 3, 12)).stream().anyMatch(a -> a.getReference().equals(reference)));
        assertEquals(List.of("created"), audit("EngagementRecord", record.getId()).stream().map(AuditEntry::getOperation).toList());
        assertEquals(List.of("created"), audit("AgreedAction", action.getId()).stream().map(AuditEntry::getOperation).toList());
        assertTrue(log.list(new LogFilter(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31), group("CPP Chairs").getId(), null, false))
                .stream().anyMatch(r -> r.getId().equals(record.getId())));
    }

    @Test
    void aBadFollowUpIsAFieldErrorOfItsRowAndNothingIsSaved() {
        ActingUser.actAs("member", "Kenny Richmond", Role.MEMBER);
        long before = em.createQuery("SELECT COUNT(r) FROM EngagementRecord r", Long.class).getSingleResult();
        DomainException e = assertThrows(DomainException.class, () -> log.record(input(LocalDate.of(2019, 3, 13), "CPP Chairs", 5),
                List.of(new FollowUpInput("IT: due before the engagement", List.of("person:" + person("Kenny Richmond").getId()),
                        PartialDate.inMonth(YearMonth.of(2019, 2))))));
        assertEquals("action.due.beforeEngagement", e.getMessageKey());
        assertEquals("followUp1.due", e.getField());
        assertEquals(before, em.createQuery("SELECT COUNT(r) FROM EngagementRecord r", Long.class).getSingleResult());
    }

    @Test
    void onlyBoardMembersRecordAndOnlyTheRecorderOrTheSecretariatRevise() {
        ActingUser.actAs("stranger", null, Role.MEMBER);
        assertEquals("engagement.log.notAllowed", assertThrows(DomainException.class,
                () -> log.record(input(LocalDate.of(2019, 4, 2), "CP Managers", 1), List.of())).getMessageKey());

        ActingUser.actAs("member", "Kenny Richmond", Role.MEMBER);
        EngagementRecord record = log.record(input(LocalDate.of(2019, 4, 2), "CP Managers", 1), List.of());
        ActingUser.actAs("lead", "Mark McAteer", Role.LEAD);
        assertEquals("engagement.log.notAllowedToRevise", assertThrows(DomainException.class,
                () -> log.revise(record.getId(), record.getVersion(), input(LocalDate.of(2019, 4, 3), "CP Managers", 1), List.of()))
                .getMessageKey());

        ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);
        assertThrows(ConcurrentEditException.class,
                () -> log.revise(record.getId(), record.getVersion() + 5, input(LocalDate.of(2019, 4, 3), "CP Managers", 1), List.of()));
        EngagementRecord revised = log.revise(record.getId(), record.getVersion(), input(LocalDate.of(2019, 4, 3), "CP Managers", 1, 2),
                List.of());
        assertEquals("3 April 2019", revised.getDate().getLabel());
        List<AuditEntry> trail = audit("EngagementRecord", record.getId());
        assertTrue(trail.stream().anyMatch(a -> "date".equals(a.getField()) && "2 April 2019".equals(a.getOldValue())
                && "secretariat".equals(a.getUsername())), trail.toString());
        assertTrue(trail.stream().anyMatch(a -> "messages".equals(a.getField()) && "1, 2".equals(a.getNewValue())));
    }

    @Test
    void onlyTheSecretariatPlansAMatrixRowAndTheChangeIsAuditedAndVersioned() {
        StakeholderGroup community = group("Community Groups");
        long messageSix = strategy().findMessage(6).orElseThrow().getId();
        PlanChange change = new PlanChange(List.of(), null, List.of(), "Board representatives", List.of(messageSix));
        ActingUser.actAs("member", "Kenny Richmond", Role.MEMBER);
        assertEquals("engagement.strategy.notAllowed",
                assertThrows(DomainException.class, () -> strategies.plan(community.getId(), 0, change)).getMessageKey());

        ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);
        EngagementPlan before = strategy().findPlan(community).orElseThrow();
        PlanChange original = new PlanChange(before.getChannels().stream().map(Channel::getId).toList(), before.getChannelText(),
                before.getLeads().stream().map(l -> l.toRef().getKey()).toList(), before.getDeliveryLeadText(),
                before.getMessages().stream().map(CoreMessage::getId).toList());
        assertThrows(ConcurrentEditException.class, () -> strategies.plan(community.getId(), before.getVersion() + 3, change));
        EngagementPlan after = strategies.plan(community.getId(), before.getVersion(), change);
        assertEquals(List.of(6), after.getMessages().stream().map(CoreMessage::getNumber).toList());
        assertEquals("Board representatives", after.getLeadLabel());
        assertTrue(audit("EngagementPlan", after.getId()).stream().anyMatch(a -> "messages".equals(a.getField()) && "6".equals(a.getNewValue())));

        // put the demo row back as the pack has it, for the other tests of this class
        strategies.plan(community.getId(), after.getVersion(), original);
        assertTrue(strategy().findPlan(community).orElseThrow().getMessages().isEmpty());
    }

    @Test
    void onlyTheSecretariatRewordsAMessageAndSchedulesAnEvent() {
        CoreMessage four = strategy().findMessage(4).orElseThrow();
        String original = four.getText();
        ActingUser.actAs("lead", "Mark McAteer", Role.LEAD);
        assertThrows(DomainException.class, () -> strategies.reword(four.getId(), four.getVersion(), "Shorter"));
        assertThrows(DomainException.class, () -> strategies.schedule(PartialDate.inMonth(YearMonth.of(2019, 9)),
                "IT: September network", null, List.of()));

        ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);
        assertEquals("engagement.message.text.required",
                assertThrows(DomainException.class, () -> strategies.reword(four.getId(), four.getVersion(), " ")).getMessageKey());
        CoreMessage reworded = strategies.reword(four.getId(), four.getVersion(), "IT: reworded message four");
        assertEquals("IT: reworded message four", reworded.getText());
        assertThrows(ConcurrentEditException.class, () -> strategies.reword(four.getId(), four.getVersion(), original));
        strategies.reword(four.getId(), reworded.getVersion(), original);
        assertTrue(audit("CoreMessage", four.getId()).stream().anyMatch(a -> "IT: reworded message four".equals(a.getNewValue())));

        ScheduledEvent event = strategies.schedule(PartialDate.inMonth(YearMonth.of(2019, 9)), "IT: September network",
                "Managers network", List.of(group("CP Managers").getId()));
        assertTrue(strategy().getEvents().stream().anyMatch(e -> e.getId().equals(event.getId())
                && e.getGroups().stream().map(StakeholderGroup::getName).toList().equals(List.of("CP Managers"))));
        assertEquals(List.of("created"), audit("ScheduledEvent", event.getId()).stream().map(AuditEntry::getOperation).toList());
    }

    @Test
    void coverageLeavesSampleDataOutUnlessAskedFor() {
        Period spring = new Period(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 6, 30));
        Coverage withSample = coverage.of(spring, true);
        Coverage without = coverage.of(spring, false);
        assertTrue(withSample.delivered().size() > without.delivered().size(),
                withSample.delivered().size() + " vs " + without.delivered().size());
    }

    private EngagementInput input(LocalDate day, String groupName, int... messages) {
        EngagementStrategy strategy = strategy();
        List<Long> messageIds = java.util.Arrays.stream(messages).mapToObj(n -> strategy.findMessage(n).orElseThrow().getId()).toList();
        Channel channel = em.createQuery("SELECT c FROM Channel c WHERE c.name = 'CP Knowledge Hub'", Channel.class).getSingleResult();
        return new EngagementInput(PartialDate.onDay(day), person("Kenny Richmond").getId(), List.of(group(groupName).getId()),
                channel.getId(), null, "IT engagement", messageIds, 12, "IT: heard", "IT: learned");
    }

    private Person person(String name) {
        return em.createQuery("SELECT p FROM Person p WHERE p.fullName = :n", Person.class).setParameter("n", name).getSingleResult();
    }

    private StakeholderGroup group(String name) {
        return em.createQuery("SELECT g FROM StakeholderGroup g WHERE g.name = :n", StakeholderGroup.class)
                .setParameter("n", name).getSingleResult();
    }

    private List<AuditEntry> audit(String type, Long id) {
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.entityType = :t AND a.entityId = :id ORDER BY a.id", AuditEntry.class)
                .setParameter("t", type).setParameter("id", id).getResultList();
    }

    private AgreedAction action(String reference) {
        return em.createQuery("SELECT a FROM AgreedAction a WHERE a.reference = :reference", AgreedAction.class)
                .setParameter("reference", reference).getSingleResult();
    }

    private void rollbackIfActive() throws Exception {
        if (transaction.getStatus() == Status.STATUS_ACTIVE || transaction.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
            transaction.rollback();
        }
    }
}
