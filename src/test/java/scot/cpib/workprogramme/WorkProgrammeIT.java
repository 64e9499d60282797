package scot.cpib.workprogramme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.domain.PartialDate;
import scot.cpib.workprogramme.domain.Activity;
import scot.cpib.workprogramme.domain.FrameworkOutcome;
import scot.cpib.workprogramme.domain.LeadershipQuestion;
import scot.cpib.workprogramme.domain.MappingKind;
import scot.cpib.workprogramme.domain.MinuteDecisionLink;
import scot.cpib.workprogramme.domain.OutcomeTerm;
import scot.cpib.workprogramme.domain.OutcomesFramework;
import scot.cpib.workprogramme.domain.ProgrammeStatus;
import scot.cpib.workprogramme.domain.ProgressUpdate;
import scot.cpib.workprogramme.domain.Rag;
import scot.cpib.workprogramme.domain.ReportingPeriod;
import scot.cpib.workprogramme.domain.ResourceItem;
import scot.cpib.workprogramme.domain.UpdateContent;
import scot.cpib.workprogramme.domain.WorkProgramme;
import scot.cpib.workprogramme.domain.Workstream;
import scot.cpib.workprogramme.domain.WorkstreamMapping;
import scot.cpib.workprogramme.domain.WorkstreamResource;

/** The work programme demo record read back through JPA, and a progress update saved and read again. */
@ExtendWith(ArquillianExtension.class)
class WorkProgrammeIT {

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:comp/UserTransaction")
    private UserTransaction tx;

    private WorkProgramme version(int number) {
        return em.createQuery("SELECT p FROM WorkProgramme p WHERE p.versionNumber = :n AND p.board.shortName = 'CPIB'",
                        WorkProgramme.class)
                .setParameter("n", number).getSingleResult();
    }

    @Test
    void revisedProgrammeIsADraftOfEightWorkstreamsWithAimsQuestionsActivitiesAndLeads() {
        WorkProgramme revised = version(2);
        assertEquals(ProgrammeStatus.DRAFT, revised.getStatus());
        assertEquals(1, revised.getPrevious().getVersionNumber());
        assertEquals(16, revised.getPresentedAt().getNumber());
        List<Workstream> workstreams = revised.getWorkstreams();
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), workstreams.stream().map(Workstream::getNumber).toList());
        assertTrue(workstreams.subList(0, 7).stream().allMatch(w -> w.getAim().startsWith("We will")));

        Workstream leadership = workstreams.get(0);
        assertEquals("Strengthened leadership and influence at local Community Planning Partnership level", leadership.getTitle());
        assertEquals(List.of(1, 2), leadership.getQuestions().stream().map(LeadershipQuestion::getNumber).toList());
        assertEquals(5, leadership.getQuestions().get(0).getPromptList().size());
        assertEquals(List.of(3, 4, 5, 6), leadership.getActivities().stream().map(Activity::getNumber).toList());
        assertEquals("HS", leadership.getActivities().get(3).getOwnerLabel());
        assertEquals("Gerry McLaughlin", leadership.getLeadLabel());
        assertEquals("Roger Halliday / Phil Couser", workstreams.get(4).getLeadLabel());
        assertTrue(workstreams.get(3).getLeads().isEmpty());
        assertEquals(10, workstreams.get(6).getActivities().size());
        assertEquals(2, workstreams.get(7).getActivities().size());
    }

    @Test
    void previousProgrammeKeepsItsProgressTextAndTheNoUpdateState() {
        WorkProgramme previous = version(1);
        assertEquals(ProgrammeStatus.CURRENT, previous.getStatus());
        assertEquals(7, previous.getWorkstreams().size());

        ProgressUpdate data = previous.workstream(1).orElseThrow().latestUpdate().orElseThrow();
        assertEquals(Rag.NOT_RATED, data.getRag());
        assertTrue(data.getAchievements().startsWith("On data, our ambition remains"));
        assertTrue(data.getAchievements().contains("over 2000 visits"));
        assertEquals(LocalDate.of(2018, 11, 28), data.getPeriod().getEndsOn());
        assertEquals(16, data.getPeriod().getReportMeeting().getNumber());

        Workstream evidence = previous.workstream(5).orElseThrow();
        assertEquals("Evidence & Evaluation", evidence.getTitle());
        assertEquals("Gerry McLaughlin", evidence.getLeadLabel());
        ProgressUpdate none = evidence.latestUpdate().orElseThrow();
        assertEquals(Rag.NO_UPDATE, none.getRag());
        assertEquals(List.of(Rag.NO_UPDATE), evidence.getRagHistory().stream().map(ProgressUpdate::getRag).toList());
        assertEquals("CPIB members", previous.workstream(7).orElseThrow().getLeadLabel());
    }

    @Test
    void resourcesAreCataloguedOnceAndLinkedToEachWorkstreamThatListsThem() {
        assertEquals(41L, em.createQuery("SELECT COUNT(r) FROM ResourceItem r", Long.class).getSingleResult());
        ResourceItem kinharvie = em.createQuery("SELECT r FROM ResourceItem r WHERE r.title = 'Kinharvie Institute'", ResourceItem.class)
                .getSingleResult();
        List<WorkstreamResource> links = em.createQuery(
                "SELECT l FROM WorkstreamResource l WHERE l.resource = :r ORDER BY l.workstream.number", WorkstreamResource.class)
                .setParameter("r", kinharvie).getResultList();
        assertEquals(List.of(1, 2, 6), links.stream().map(l -> l.getWorkstream().getNumber()).toList());
        assertTrue(links.get(1).getDescriptionForWorkstream().startsWith("The Institute provides bespoke solutions"));
        assertEquals(kinharvie.getDescription(), links.get(0).getDescriptionForWorkstream());

        ResourceItem list = em.createQuery("SELECT r FROM ResourceItem r WHERE r.title = 'Local Intelligence Support Team (LIST)'",
                ResourceItem.class).getSingleResult();
        assertEquals("NHS NSS", list.getProviderLabel());
        assertTrue(version(2).workstream(4).orElseThrow().getResources().isEmpty());
        assertEquals(12, version(2).workstream(5).orElseThrow().getResources().size());
    }

    @Test
    void reviewFrameworkHasItsElementsOutcomesByTermAndAssumptionsAndShowsWhichOutcomesHaveWork() {
        OutcomesFramework framework = framework();
        assertEquals("Framework for Review of Community Planning", framework.getTitle());
        assertEquals(7, framework.getElements().size());
        assertEquals("Commitment of Partners", framework.getElements().get(2).getTitle());
        assertEquals(6, framework.outcomesOf(OutcomeTerm.SHORT).size());
        assertEquals(5, framework.outcomesOf(OutcomeTerm.MEDIUM).size());
        assertEquals(4, framework.outcomesOf(OutcomeTerm.LONG).size());
        assertEquals(7, framework.outcomesOf(OutcomeTerm.SHORT).get(4).getDetailLines().size());
        assertEquals(3, framework.getAssumptions().size());
        assertEquals(5, framework.getInterestList().size());

        WorkProgramme revised = version(2);
        FrameworkOutcome informationSharing = framework.outcomesOf(OutcomeTerm.SHORT).get(2);
        assertEquals("Information sharing is improved", informationSharing.getStatement());
        assertEquals(Set.of(5), informationSharing.workIn(revised).stream().map(Workstream::getNumber).collect(Collectors.toSet()));
        assertEquals(Set.of(4), framework.outcomesOf(OutcomeTerm.SHORT).get(5).workIn(revised).stream()
                .map(Workstream::getNumber).collect(Collectors.toSet()));
        assertFalse(framework.outcomesOf(OutcomeTerm.LONG).get(0).hasWorkIn(revised));
        assertFalse(informationSharing.hasEvidence());
    }

    @Test
    void mappingsLeadFromEachOldWorkstreamToWhatContinuesIt() {
        WorkProgramme previous = version(1);
        WorkstreamMapping data = previous.workstream(1).orElseThrow().getSuccessors().get(0);
        assertEquals(MappingKind.MERGED, data.getKind());
        assertEquals(5, data.getTo().getNumber());
        assertEquals(2, data.getTo().getProgramme().getVersionNumber());
        assertEquals(Set.of(1, 7), previous.workstream(5).orElseThrow().getSuccessors().stream()
                .map(m -> m.getTo().getNumber()).collect(Collectors.toSet()));
        Workstream jointPlanning = version(2).workstream(4).orElseThrow();
        assertEquals(MappingKind.NEW, jointPlanning.getPredecessors().get(0).getKind());
        assertEquals(10, version(2).getMappings().size());
    }

    @Test
    void novemberActionsAndDecisionsAreLinkedToTheWorkstreamTheMinuteNames() {
        AgreedAction engagement = em.createQuery("SELECT a FROM AgreedAction a WHERE a.reference = '15/4iii/1'", AgreedAction.class)
                .getSingleResult();
        assertNotNull(engagement.getWorkstream());
        assertEquals(6, engagement.getWorkstream().getNumber());
        assertEquals(1, engagement.getWorkstream().getProgramme().getVersionNumber());
        assertEquals(7, engagement.getWorkstream().getSuccessors().get(0).getTo().getNumber());
        List<MinuteDecisionLink> decisions = em.createQuery("SELECT l FROM MinuteDecisionLink l", MinuteDecisionLink.class).getResultList();
        assertEquals(Set.of(3, 6, 7), decisions.stream().map(l -> l.getWorkstream().getNumber()).collect(Collectors.toSet()));
    }

    @Test
    void progressUpdateIsSavedReadBackAndVersionedOnCorrection() throws Exception {
        String title = "Quarter to May 2019 (" + System.nanoTime() + ")";
        LocalDateTime at = LocalDateTime.of(2019, 5, 20, 10, 30);
        tx.begin();
        WorkProgramme previous = version(1);
        Workstream performance = previous.workstream(3).orElseThrow();
        ReportingPeriod period = new ReportingPeriod(previous, title, LocalDate.of(2019, 3, 1), LocalDate.of(2019, 5, 31), null);
        em.persist(period);
        ProgressUpdate.submit(performance, period, new UpdateContent(Rag.AMBER, "Portal changes waiting on supplier",
                "Good practice principles drafted", "CPPs can check their arrangements", "Supplier capacity", "Publish in June"),
                "Mark McAteer", at);
        tx.commit();

        ProgressUpdate saved = findUpdate(title);
        assertEquals(Rag.AMBER, saved.getRag());
        assertEquals("Portal changes waiting on supplier", saved.getRagReason());
        assertEquals("CPPs can check their arrangements", saved.getDifferenceMade());
        assertEquals("Supplier capacity", saved.getRisksAndIssues());
        assertEquals("Publish in June", saved.getNextSteps());
        assertEquals(at, saved.getSubmittedAt());
        assertEquals(3, saved.getWorkstream().getNumber());
        long versionBefore = saved.getVersion();

        tx.begin();
        ProgressUpdate managed = em.find(ProgressUpdate.class, saved.getId());
        managed.correct(new UpdateContent(Rag.GREEN, null, "Good practice principles published", null, null, null),
                "Mark McAteer", at.plusDays(10));
        tx.commit();

        ProgressUpdate corrected = findUpdate(title);
        assertEquals(Rag.GREEN, corrected.getRag());
        assertEquals(versionBefore + 1, corrected.getVersion());
        Workstream reloaded = em.find(Workstream.class, corrected.getWorkstream().getId());
        assertEquals(List.of(Rag.NOT_RATED, Rag.GREEN), reloaded.getRagHistory().stream().map(ProgressUpdate::getRag).toList());

        tx.begin();
        em.remove(em.find(ProgressUpdate.class, corrected.getId()));
        em.remove(em.find(ReportingPeriod.class, corrected.getPeriod().getId()));
        tx.commit();
    }

    @Test
    void revisionIsSavedWithItsCarriedContentAndMappings() throws Exception {
        long stamp = System.nanoTime() % 1_000_000_000L;
        tx.begin();
        Board board = new Board("Revision test board " + stamp, "RT" + stamp);
        em.persist(board);
        WorkProgramme first = new WorkProgramme(board, 1, "First programme", LocalDate.of(2018, 4, 1));
        Workstream data = first.addWorkstream(1, "Data", "Improve access to data");
        data.assignLeads(List.of(OwnerRef.of(named(Person.class, "fullName", "Roger Halliday"))));
        data.linkResource(named(ResourceItem.class, "title", "Statistics.gov"), "Open data for every area");
        data.serve(framework().outcomesOf(OutcomeTerm.SHORT).get(2));
        data.addActivity(1, "Open up local data", List.of(OwnerRef.of(named(Organisation.class, "name", "Health Scotland"))),
                PartialDate.inQuarter(2019, 2));
        first.addWorkstream(2, "Intelligence", null).assignLeads(List.of(OwnerRef.of(named(Person.class, "fullName", "Phil Couser"))));
        first.addWorkstream(3, "Evidence", null);
        first.approve(null, LocalDate.of(2018, 4, 1));
        em.persist(first);
        tx.commit();

        tx.begin();
        WorkProgramme second = em.find(WorkProgramme.class, first.getId()).revise("Second programme", null);
        second.merge(List.of(second.workstream(1).orElseThrow(), second.workstream(2).orElseThrow()), "Data and intelligence", null);
        second.retire(second.workstream(3).orElseThrow());
        second.addWorkstream(4, "Joint resourcing", null);
        em.persist(second);
        tx.commit();

        em.clear();
        WorkProgramme saved = em.find(WorkProgramme.class, second.getId());
        assertEquals(ProgrammeStatus.DRAFT, saved.getStatus());
        assertEquals(List.of(1, 4), saved.getWorkstreams().stream().map(Workstream::getNumber).toList());
        assertEquals(Set.of("MERGED 1>1", "MERGED 2>1", "RETIRED 3>-", "NEW ->4"), saved.getMappings().stream()
                .map(m -> m.getKind() + " " + (m.getFrom() == null ? "-" : m.getFrom().getNumber()) + ">"
                        + (m.getTo() == null ? "-" : m.getTo().getNumber()))
                .collect(Collectors.toSet()));
        Workstream merged = saved.workstream(1).orElseThrow();
        assertEquals("Data and intelligence", merged.getTitle());
        assertEquals("Roger Halliday / Phil Couser", merged.getLeadLabel());
        assertEquals(2, merged.getPredecessors().size());
        assertEquals("Open data for every area", merged.getResources().get(0).getNote());
        assertEquals(Set.of("Information sharing is improved"),
                merged.getOutcomes().stream().map(FrameworkOutcome::getStatement).collect(Collectors.toSet()));
        Activity carried = merged.getActivities().get(0);
        assertEquals("Q2 2019", carried.getTarget().getLabel());
        assertEquals("HS", carried.getOwnerLabel());

        tx.begin();
        em.find(WorkProgramme.class, second.getId()).approve(null, LocalDate.of(2019, 4, 1));
        tx.commit();
        em.clear();
        assertEquals(ProgrammeStatus.SUPERSEDED, em.find(WorkProgramme.class, first.getId()).getStatus());
        assertEquals(ProgrammeStatus.CURRENT, em.find(WorkProgramme.class, second.getId()).getStatus());
    }

    private OutcomesFramework framework() {
        return em.createQuery("SELECT f FROM OutcomesFramework f", OutcomesFramework.class).getSingleResult();
    }

    private <T> T named(Class<T> type, String attribute, String value) {
        return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e." + attribute + " = :v", type)
                .setParameter("v", value).getSingleResult();
    }

    private ProgressUpdate findUpdate(String periodTitle) {
        em.clear();
        return em.createQuery("SELECT u FROM ProgressUpdate u WHERE u.period.title = :t", ProgressUpdate.class)
                .setParameter("t", periodTitle).getSingleResult();
    }
}
