package scot.cpib.workprogramme.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.PartialDate;

class WorkProgrammeRevisionTest {

    private final Organisation healthScotland = new Organisation("Health Scotland", "HS");
    private final Person roger = new Person("Roger Halliday", null);
    private final Person phil = new Person("Phil Couser", null);
    private final Person sarah = new Person("Sarah Gadsden", null);

    private WorkProgramme v1;
    private Workstream data;
    private Workstream intelligence;
    private Workstream support;
    private Workstream evidence;

    @BeforeEach
    void currentProgrammeOfFourWorkstreams() {
        v1 = new WorkProgramme(new Board("Community Planning Improvement Board", "CPIB"), 1, "OEPB Work Programme", null);
        data = v1.addWorkstream(1, "Data/Analysis/Profiles", "Improve access to data");
        data.assignLeads(List.of(OwnerRef.of(roger)));
        data.addQuestion(1, "What is the leadership role of the CPIB?", "Raising awareness\nClarifying expectations");
        data.addActivity(2, "Open up data", List.of(), PartialDate.inQuarter(2019, 2));
        data.addActivity(3, "Launch the portal", List.of(), null).complete();
        intelligence = v1.addWorkstream(2, "Sharing Actionable Intelligence", null);
        intelligence.assignLeads(List.of(OwnerRef.of(phil)));
        intelligence.addActivity(1, "LIST support to CPPs", List.of(OwnerRef.of(healthScotland)), null);
        support = v1.addWorkstream(4, "Community Planning Support and Capacity Building", null);
        support.assignLeads(List.of(OwnerRef.of(sarah)));
        evidence = v1.addWorkstream(5, "Evidence & Evaluation", null);
        v1.approve(null, LocalDate.of(2018, 1, 1));
    }

    private static Set<String> mappings(WorkProgramme programme, MappingKind kind) {
        return programme.getMappings().stream().filter(m -> m.getKind() == kind)
                .map(m -> (m.getFrom() == null ? "-" : m.getFrom().getNumber()) + ">" + (m.getTo() == null ? "-" : m.getTo().getNumber()))
                .collect(Collectors.toSet());
    }

    @Test
    void revisionCarriesEveryActiveWorkstreamOverWithItsLeadsQuestionsAndOpenActivities() {
        WorkProgramme v2 = v1.revise("Revised programme", LocalDate.of(2019, 2, 28));

        assertEquals(2, v2.getVersionNumber());
        assertEquals(ProgrammeStatus.DRAFT, v2.getStatus());
        assertSame(v1, v2.getPrevious());
        assertEquals(Set.of("1>1", "2>2", "4>4", "5>5"), mappings(v2, MappingKind.CARRIED_OVER));
        Workstream carried = v2.workstream(1).orElseThrow();
        assertEquals("Roger Halliday", carried.getLeadLabel());
        assertEquals(List.of(1), carried.getQuestions().stream().map(LeadershipQuestion::getNumber).toList());
        assertEquals(List.of("Open up data"), carried.getActivities().stream().map(Activity::getDescription).toList());
        assertEquals("Q2 2019", carried.getActivities().get(0).getTarget().getLabel());
        assertEquals(carried, data.getSuccessors().get(0).getTo());
        assertEquals(data, carried.getPredecessors().get(0).getFrom());
    }

    @Test
    void retiredWorkstreamLeavesTheDraftAndIsRecordedWithNoSuccessor() {
        WorkProgramme v2 = v1.revise("Revised programme", null);
        v2.retire(v2.workstream(5).orElseThrow());

        assertTrue(v2.workstream(5).isEmpty());
        assertEquals(Set.of("5>-"), mappings(v2, MappingKind.RETIRED));
        assertEquals(Set.of("1>1", "2>2", "4>4"), mappings(v2, MappingKind.CARRIED_OVER));
    }

    @Test
    void mergedWorkstreamKeepsTheFirstNumberAndTakesOverTheOthersWork() {
        WorkProgramme v2 = v1.revise("Revised programme", null);
        Workstream merged = v2.merge(List.of(v2.workstream(1).orElseThrow(), v2.workstream(2).orElseThrow()),
                "Availability and use of high-quality local data", "We will improve access to data");

        assertEquals(1, merged.getNumber());
        assertTrue(v2.workstream(2).isEmpty());
        assertEquals(Set.of("1>1", "2>1"), mappings(v2, MappingKind.MERGED));
        assertEquals(Set.of("4>4", "5>5"), mappings(v2, MappingKind.CARRIED_OVER));
        assertEquals("Roger Halliday / Phil Couser", merged.getLeadLabel());
        assertEquals(List.of("Open up data", "LIST support to CPPs"),
                merged.getActivities().stream().map(Activity::getDescription).toList());
        assertEquals("HS", merged.getActivities().get(1).getOwnerLabel());
        assertEquals(List.of(1, 2, 3), List.of(merged.getQuestions().get(0).getNumber(),
                merged.getActivities().get(0).getNumber(), merged.getActivities().get(1).getNumber()));
    }

    @Test
    void splitRecordsTheOldWorkstreamAgainstEveryPart() {
        WorkProgramme v2 = v1.revise("Revised programme", null);
        List<Workstream> parts = v2.split(v2.workstream(4).orElseThrow(), "Supporting innovation", null,
                List.of(new WorkstreamDraft(6, "Community participation", "We will share evidence")));

        assertEquals(List.of(4, 6), parts.stream().map(Workstream::getNumber).toList());
        assertEquals(Set.of("4>4", "4>6"), mappings(v2, MappingKind.SPLIT));
        assertEquals("Sarah Gadsden", parts.get(1).getLeadLabel());
        assertEquals("Supporting innovation", parts.get(0).getTitle());
        assertEquals(2, support.getSuccessors().size());
    }

    @Test
    void workstreamAddedToADraftRevisionIsNew() {
        WorkProgramme v2 = v1.revise("Revised programme", null);
        v2.addWorkstream(8, "Innovative approaches to joint planning", null);

        assertEquals(Set.of("->8"), mappings(v2, MappingKind.NEW));
        DomainException taken = assertThrows(DomainException.class, () -> v2.addWorkstream(8, "Again", null));
        assertEquals("workprogramme.workstream.number.taken", taken.getMessageKey());
        assertEquals("number", taken.getField());
    }

    @Test
    void onlyTheCurrentVersionIsRevisedAndOnlyADraftRevisionIsReshaped() {
        WorkProgramme v2 = v1.revise("Revised programme", null);
        assertEquals("workprogramme.revise.notCurrent",
                assertThrows(DomainException.class, () -> v2.revise("Again", null)).getMessageKey());
        assertEquals("workprogramme.revision.notDraft",
                assertThrows(DomainException.class, () -> v1.retire(data)).getMessageKey());
        assertEquals("workprogramme.workstream.notInProgramme",
                assertThrows(DomainException.class, () -> v2.retire(data)).getMessageKey());
        assertEquals("workprogramme.merge.twoOrMore",
                assertThrows(DomainException.class, () -> v2.merge(List.of(v2.workstream(1).orElseThrow()), "One", null)).getMessageKey());
    }

    @Test
    void approvingTheRevisionSupersedesTheVersionBefore() {
        WorkProgramme v2 = v1.revise("Revised programme", null);
        v2.approve(null, LocalDate.of(2019, 2, 28));

        assertEquals(ProgrammeStatus.CURRENT, v2.getStatus());
        assertEquals(ProgrammeStatus.SUPERSEDED, v1.getStatus());
        assertEquals(LocalDate.of(2019, 2, 28), v1.getPeriodEnd());
        assertEquals(LocalDate.of(2019, 2, 28), v2.getPeriodStart());
        assertThrows(DomainException.class, () -> v1.addWorkstream(9, "Too late", null));
        assertThrows(DomainException.class, () -> v2.retire(v2.workstream(1).orElseThrow()));
    }

    @Test
    void activityLinkImpliesItsWorkstreamAndMustNotContradictIt() {
        Activity openData = data.getActivities().get(0);
        ProgrammeLink link = ProgrammeLink.of(null, openData);
        assertSame(data, link.workstream());
        assertEquals("1.2", openData.getReference());
        DomainException e = assertThrows(DomainException.class, () -> ProgrammeLink.of(intelligence, openData));
        assertEquals("workprogramme.link.activityOtherWorkstream", e.getMessageKey());
        assertEquals("activity", e.getField());
        assertNull(ProgrammeLink.of(null, null).workstream());
    }

    @Test
    void openActivityPastItsTargetIsOverdueAndACompleteOneNever() {
        Activity openData = data.getActivities().get(0);
        assertTrue(openData.isOverdueOn(LocalDate.of(2019, 7, 1)));
        openData.complete();
        assertTrue(!openData.isOverdueOn(LocalDate.of(2019, 7, 1)));
        assertEquals("workprogramme.activity.closed", assertThrows(DomainException.class, openData::drop).getMessageKey());
    }
}
