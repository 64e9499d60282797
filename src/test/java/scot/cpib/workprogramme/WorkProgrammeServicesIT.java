package scot.cpib.workprogramme;

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
import java.util.List;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.it.container.ActingUser;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.shared.domain.PartialDate;
import scot.cpib.workprogramme.application.ApprovalResult;
import scot.cpib.workprogramme.application.EvidenceDraft;
import scot.cpib.workprogramme.application.OutcomeRow;
import scot.cpib.workprogramme.application.OutcomesFrameworkService;
import scot.cpib.workprogramme.application.OutcomesOverview;
import scot.cpib.workprogramme.application.OutcomesSummary;
import scot.cpib.workprogramme.application.ProgrammeRevisions;
import scot.cpib.workprogramme.application.SplitChoice;
import scot.cpib.workprogramme.domain.FrameworkOutcome;
import scot.cpib.workprogramme.domain.MappingKind;
import scot.cpib.workprogramme.domain.OutcomeEvidence;
import scot.cpib.workprogramme.domain.OutcomeTerm;
import scot.cpib.workprogramme.domain.OutcomesFramework;
import scot.cpib.workprogramme.domain.ProgrammeStatus;
import scot.cpib.workprogramme.domain.WorkstreamDraft;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.Person;
import scot.cpib.security.domain.Role;
import scot.cpib.shared.application.AuditQueries;
import scot.cpib.shared.domain.AuditEntry;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;
import scot.cpib.workprogramme.application.ProgressUpdates;
import scot.cpib.workprogramme.application.ResourceSearch;
import scot.cpib.workprogramme.application.UpdateSnapshot;
import scot.cpib.workprogramme.application.WorkProgrammeQueries;
import scot.cpib.workprogramme.application.WorkstreamSummary;
import scot.cpib.workprogramme.domain.ProgressUpdate;
import scot.cpib.workprogramme.domain.Rag;
import scot.cpib.workprogramme.domain.ReportingPeriod;
import scot.cpib.workprogramme.domain.ResourceItem;
import scot.cpib.workprogramme.domain.ResourceKind;
import scot.cpib.workprogramme.domain.UpdateContent;
import scot.cpib.workprogramme.domain.WorkProgramme;
import scot.cpib.workprogramme.domain.Workstream;

/**
 * The work programme services on the demo record: what each caller may see, who may write a
 * workstream's updates (a lead by person, organisation or group, or the secretariat), the audit
 * trail of updates and the conflict on a stale correction. Updates are written into a reporting
 * period of its own, removed afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class WorkProgrammeServicesIT {

    private static final String LEAD = "Mark McAteer";

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:comp/UserTransaction")
    private UserTransaction tx;

    @Inject
    private WorkProgrammeQueries queries;

    @Inject
    private ProgressUpdates updates;

    @Inject
    private AuditQueries audit;

    @Inject
    private OutcomesOverview outcomesOverview;

    @Inject
    private OutcomesFrameworkService frameworkService;

    @Inject
    private ProgrammeRevisions revisions;

    private Long periodId;

    @BeforeEach
    void openAPeriodOfOurOwn() throws Exception {
        ActingUser.actAs("anonymous", null);
        tx.begin();
        ReportingPeriod period = new ReportingPeriod(version(1), "Services test " + System.nanoTime(),
                LocalDate.of(2029, 1, 1), LocalDate.of(2029, 3, 31), null);
        em.persist(period);
        tx.commit();
        periodId = period.getId();
    }

    @AfterEach
    void removeThePeriodAndItsUpdates() throws Exception {
        ActingUser.actAs("anonymous", null);
        tx.begin();
        em.createQuery("DELETE FROM ProgressUpdate u WHERE u.period.id = :p").setParameter("p", periodId).executeUpdate();
        em.createQuery("DELETE FROM ReportingPeriod r WHERE r.id = :p").setParameter("p", periodId).executeUpdate();
        tx.commit();
        em.getEntityManagerFactory().getCache().evictAll();
    }

    private WorkProgramme version(int number) {
        return em.createQuery("SELECT p FROM WorkProgramme p WHERE p.versionNumber = :n AND p.board.shortName = 'CPIB'",
                WorkProgramme.class).setParameter("n", number).getSingleResult();
    }

    private Long workstream(int version, int number) {
        return version(version).workstream(number).orElseThrow().getId();
    }

    private static UpdateContent amber(String reason, String achievements) {
        return new UpdateContent(Rag.AMBER, reason, achievements, "Partners use the measures", "Data gaps", "Agree in May");
    }

    @Test
    void leadWritesOnlyForWorkstreamsLedByThemTheirOrganisationOrTheirGroup() throws Exception {
        ActingUser.actAs("lead", LEAD, Role.LEAD);
        assertTrue(updates.canWrite(queries.getWorkstream(workstream(1, 3))), "named as lead");
        assertTrue(updates.canWrite(queries.getWorkstream(workstream(1, 7))), "through the group CPIB members");
        assertFalse(updates.canWrite(queries.getWorkstream(workstream(1, 1))));
        assertThrows(NotFoundException.class, () -> updates.getWritable(workstream(1, 1)));
        DomainException refused = assertThrows(DomainException.class,
                () -> updates.submit(workstream(1, 1), amber("Late", "Nothing yet")));
        assertEquals("workprogramme.update.notAllowed", refused.getMessageKey());

        Long capacity = workstream(1, 4);
        List<OwnerRef> before = queries.getWorkstream(capacity).getLeadRefs();
        tx.begin();
        Organisation sfrs = em.createQuery("SELECT o FROM Organisation o WHERE o.shortName = 'SFRS'", Organisation.class).getSingleResult();
        em.find(Workstream.class, capacity).assignLeads(List.of(OwnerRef.of(sfrs)));
        tx.commit();
        try {
            assertTrue(updates.canWrite(queries.getWorkstream(capacity)), "through their organisation SFRS");
        } finally {
            tx.begin();
            em.find(Workstream.class, capacity).assignLeads(before.stream()
                    .map(r -> OwnerRef.of(em.find(Person.class, r.person().getId()))).toList());
            tx.commit();
        }

        ActingUser.actAs("member", "Kenny Richmond", Role.MEMBER);
        assertFalse(updates.canWrite(queries.getWorkstream(workstream(1, 7))), "a member account, although in CPIB members");
        assertThrows(DomainException.class, () -> updates.submit(workstream(1, 7), amber("Late", "Nothing yet")));
        ActingUser.actAs("anonymous", null);
        assertThrows(NotFoundException.class, () -> updates.getWritable(workstream(1, 7)));
        ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);
        assertTrue(updates.canWrite(queries.getWorkstream(workstream(1, 1))));
    }

    @Test
    void amberNeedsAReasonAndEverySubmissionIsAudited() {
        ActingUser.actAs("lead", LEAD, Role.LEAD);
        Long measures = workstream(1, 7);
        DomainException noReason = assertThrows(DomainException.class, () -> updates.submit(measures, amber(" ", "Drafted")));
        assertEquals("workprogramme.update.ragReason.required", noReason.getMessageKey());
        assertEquals("ragReason", noReason.getField());

        ProgressUpdate saved = updates.submit(measures, amber("Indicators not agreed", "Measures drafted"));
        assertEquals(periodId, saved.getPeriod().getId(), "the programme's latest period is the open one");
        assertEquals(LEAD, saved.getSubmittedBy());
        List<AuditEntry> trail = audit.historyOf("ProgressUpdate", saved.getId());
        assertEquals(1, trail.size());
        assertEquals("submitted", trail.get(0).getOperation());
        assertEquals("lead", trail.get(0).getUsername());
        assertTrue(trail.get(0).getSummary().contains("Measures of Success"), trail.get(0).getSummary());
        assertTrue(trail.get(0).getSummary().contains("AMBER (Indicators not agreed)"), trail.get(0).getSummary());
    }

    @Test
    void staleCorrectionIsAConflictCarryingTheSavedUpdate() {
        ActingUser.actAs("lead", LEAD, Role.LEAD);
        ProgressUpdate first = updates.submit(workstream(1, 7), amber("Indicators not agreed", "Measures drafted"));
        long openedAt = first.getVersion();

        ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);
        updates.correct(first.getId(), openedAt, new UpdateContent(Rag.GREEN, null, "Measures agreed", null, null, null));

        ActingUser.actAs("lead", LEAD, Role.LEAD);
        ConcurrentEditException conflict = assertThrows(ConcurrentEditException.class,
                () -> updates.correct(first.getId(), openedAt, amber("Still waiting", "Measures drafted")));
        UpdateSnapshot theirs = conflict.theirs(UpdateSnapshot.class);
        assertEquals(Rag.GREEN, theirs.rag());
        assertEquals("Measures agreed", theirs.achievements());
        assertEquals("Emily Lynch", theirs.submittedBy());

        List<AuditEntry> trail = audit.historyOf("ProgressUpdate", first.getId());
        AuditEntry rag = trail.stream().filter(e -> "rag".equals(e.getField())).findFirst().orElseThrow();
        assertEquals("AMBER", rag.getOldValue());
        assertEquals("GREEN", rag.getNewValue());
        assertEquals("secretariat", rag.getUsername());
        assertTrue(trail.stream().anyMatch(e -> "achievements".equals(e.getField())));

        ActingUser.actAs("member", "Kenny Richmond", Role.MEMBER);
        assertThrows(NotFoundException.class, () -> updates.getCorrectable(first.getId()));
    }

    @Test
    void readersSeeDraftsThePublicOnlyApprovedVersions() {
        ActingUser.actAs("anonymous", null);
        assertEquals(List.of(1), queries.versions().stream().map(WorkProgramme::getVersionNumber).toList());
        assertTrue(queries.findVersion(version(2).getId()).isEmpty());
        assertTrue(queries.findWorkstream(workstream(2, 3)).isEmpty());

        ActingUser.actAs("member", "Kenny Richmond", Role.MEMBER);
        assertEquals(List.of(2, 1), queries.versions().stream().map(WorkProgramme::getVersionNumber).toList());
        assertEquals(2, queries.newestVisible().orElseThrow().getVersionNumber());
        assertEquals(1, queries.current().orElseThrow().getVersionNumber());
    }

    @Test
    void revisedWorkstreamCarriesTheHistoryActionsAndDecisionsOfWhatItContinues() {
        ActingUser.actAs("member", "Kenny Richmond", Role.MEMBER);
        Workstream governance = queries.getWorkstream(workstream(2, 3));
        assertEquals(List.of("Effective decision making and good governance", "Performance Management"),
                queries.lineage(governance).stream().map(Workstream::getTitle).toList());
        assertEquals(List.of(Rag.NOT_RATED), queries.history(governance).stream().map(ProgressUpdate::getRag).toList());
        assertEquals(List.of("15/5/1", "15/5/2", "15/5/3"), queries.actionsOf(governance).stream().map(AgreedAction::getReference).toList());
        assertEquals(List.of("5"), queries.decisions(governance).stream()
                .map(d -> d.getMinuteEntry().getAgendaItem().getLabel()).toList());

        List<WorkstreamSummary> overview = queries.overview(version(2));
        assertEquals(8, overview.size());
        assertEquals(null, overview.get(3).getRag(), "workstream 4 is new: no update yet");
        assertEquals(Rag.NO_UPDATE, overview.get(0).getRag(), "workstream 1 continues old 5, which gave none");
        assertEquals(3, overview.get(2).getOpenActions());
    }

    @Test
    void leadsWorkAndTheResourceCatalogue() {
        ActingUser.actAs("lead", LEAD, Role.LEAD);
        assertEquals(List.of(3, 7), queries.ledByMe(version(1)).stream().map(Workstream::getNumber).toList());
        assertTrue(queries.myActions().stream().anyMatch(a -> a.getReference().equals("15/5/2")));

        assertEquals(List.of("Kinharvie Institute"), queries.resources(new ResourceSearch("kinharvie", null, null)).stream()
                .map(ResourceItem::getTitle).filter(t -> t.contains("Kinharvie")).toList());
        List<ResourceItem> services = queries.resources(new ResourceSearch(null, workstream(2, 1), ResourceKind.SERVICE));
        assertTrue(services.stream().anyMatch(r -> r.getTitle().equals("Kinharvie Institute")));
        assertTrue(services.stream().allMatch(r -> r.getKind() == ResourceKind.SERVICE));
        assertTrue(queries.resources(ResourceSearch.ALL).size() > 30);
    }

    @Test
    void outcomesOverviewShowsWorkAndEvidenceAndOnlyTheSecretariatRecordsIt() throws Exception {
        ActingUser.actAs("member", "Kenny Richmond", Role.MEMBER);
        OutcomesFramework framework = outcomesOverview.framework().orElseThrow();
        OutcomesSummary before = outcomesOverview.summary(version(2));
        assertEquals(framework.getOutcomes().size(), before.outcomes());
        assertEquals(8, before.withWork(), "seven outcomes named by workstreams, one by activity 4.3");
        List<OutcomeRow> shortTerm = outcomesOverview.rows(framework, OutcomeTerm.SHORT, version(2));
        OutcomeRow prevention = shortTerm.get(5);
        assertTrue(prevention.workstreams().isEmpty());
        assertEquals(List.of("4.3"), prevention.activities().stream().map(a -> a.getReference()).toList());
        assertFalse(outcomesOverview.rowOf(shortTerm.get(1).outcome(), version(1)).hasWork(), "version 1 names no outcomes");
        Long outcomeId = shortTerm.get(1).outcome().getId();
        EvidenceDraft draft = new EvidenceDraft("Partners report shared priorities", "Survey 2019", LocalDate.of(2019, 6, 1), null);
        DomainException refused = assertThrows(DomainException.class,
                () -> frameworkService.recordEvidence(outcomeId, framework.getVersion(), draft));
        assertEquals("outcomes.notAllowed", refused.getMessageKey());

        ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);
        DomainException blank = assertThrows(DomainException.class, () -> frameworkService.recordEvidence(outcomeId,
                framework.getVersion(), new EvidenceDraft(" ", null, LocalDate.of(2019, 6, 1), null)));
        assertEquals("summary", blank.getField());
        OutcomeEvidence saved = frameworkService.recordEvidence(outcomeId, framework.getVersion(), draft);
        try {
            assertEquals("Emily Lynch", saved.getRecordedBy());
            assertTrue(audit.historyOf("OutcomeEvidence", saved.getId()).get(0).getSummary().contains("Short-term outcome 2"));
            assertThrows(ConcurrentEditException.class, () -> frameworkService.recordEvidence(outcomeId, framework.getVersion(), draft),
                    "the page was opened before the evidence was recorded");
            assertEquals(before.withEvidence() + 1, outcomesOverview.summary(version(2)).withEvidence());
            long now = outcomesOverview.framework().orElseThrow().getVersion();
            DomainException already = assertThrows(DomainException.class,
                    () -> frameworkService.nameOutcome("w:" + workstream(2, 1), outcomeId, now));
            assertEquals("outcomes.serving.already", already.getMessageKey());
            frameworkService.nameOutcome("w:" + workstream(2, 6), outcomeId, now);
            assertEquals(List.of(1, 6), outcomesOverview.rowOf(em.find(FrameworkOutcome.class, outcomeId), version(2)).workstreams()
                    .stream().map(Workstream::getNumber).toList());
            assertEquals("outcomeNamed", audit.historyOf("Workstream", workstream(2, 6)).stream()
                    .map(AuditEntry::getOperation).reduce((a, b) -> b).orElseThrow());
        } finally {
            tx.begin();
            em.remove(em.find(OutcomeEvidence.class, saved.getId()));
            em.find(Workstream.class, workstream(2, 6)).stopServing(em.find(FrameworkOutcome.class, outcomeId));
            tx.commit();
            em.getEntityManagerFactory().getCache().evictAll();
        }
    }

    @Test
    void revisionIsForTheSecretariatOneDraftAtATimeAndApprovalTakesOutstandingActionsAlong() throws Exception {
        tx.begin();
        Board board = new Board("Revision test board", "RT" + System.nanoTime() % 1_000_000_000L);
        em.persist(board);
        WorkProgramme first = new WorkProgramme(board, 1, "First programme", LocalDate.of(2025, 1, 1));
        for (int n = 1; n <= 4; n++) {
            first.addWorkstream(n, "Strand " + n, "We will do " + n);
        }
        first.approve(null, LocalDate.of(2025, 1, 1));
        em.persist(first);
        Meeting meeting = new Meeting(board, 1, LocalDate.of(2025, 2, 1), LocalTime.of(14, 0), LocalTime.of(16, 0));
        AgendaItem item = meeting.addItem("Work programme");
        em.persist(meeting);
        Person owner = em.createQuery("SELECT p FROM Person p WHERE p.fullName = :n", Person.class).setParameter("n", LEAD).getSingleResult();
        AgreedAction[] actions = new AgreedAction[5];
        for (int n = 1; n <= 5; n++) {
            actions[n - 1] = new AgreedAction(item, n, "Action " + n, List.of(OwnerRef.of(owner)), PartialDate.onDay(LocalDate.of(2025, 6, 1)),
                    LocalDateTime.of(2025, 2, 1, 16, 0));
            em.persist(actions[n - 1]);
        }
        actions[0].linkTo(first.workstream(1).orElseThrow(), null);
        actions[1].linkTo(first.workstream(3).orElseThrow(), null);
        actions[2].linkTo(first.workstream(4).orElseThrow(), null);
        actions[3].linkTo(first.workstream(2).orElseThrow(), null);
        tx.commit();

        ActingUser.actAs("member", "Kenny Richmond", Role.MEMBER);
        assertEquals("revisions.notAllowed", assertThrows(DomainException.class, () -> revisions.start(first.getId(), "Second")).getMessageKey());

        ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);
        WorkProgramme second = revisions.start(first.getId(), "Second programme");
        assertEquals(4, second.getWorkstreams().size());
        DomainException twice = assertThrows(DomainException.class, () -> revisions.start(first.getId(), "Third"));
        assertEquals("revisions.start.draftExists", twice.getMessageKey());
        Long draft = second.getId();

        Workstream added = revisions.add(draft, version(draft), new WorkstreamDraft(6, "Strand 6", null));
        assertEquals("workprogramme.workstream.number.taken", assertThrows(DomainException.class,
                () -> revisions.add(draft, version(draft), new WorkstreamDraft(1, "Again", null))).getMessageKey());
        tx.begin();
        em.find(AgreedAction.class, actions[4].getId()).linkTo(em.find(Workstream.class, added.getId()), null);
        tx.commit();
        DomainException referenced = assertThrows(DomainException.class, () -> revisions.retire(draft, version(draft), added.getId()));
        assertEquals("revisions.referenced", referenced.getMessageKey());
        assertEquals("workstream", referenced.getField());

        revisions.merge(draft, version(draft), List.of(ws(draft, 2), ws(draft, 3)), "Strands 2 and 3", null);
        revisions.split(draft, version(draft), ws(draft, 4), "Strand 4a", null, new WorkstreamDraft(5, "Strand 4b", null));
        long stale = version(draft) - 1;
        assertThrows(ConcurrentEditException.class, () -> revisions.approve(draft, stale, LocalDate.of(2025, 3, 1), null, Map.of()));
        List<SplitChoice> choices = revisions.splitChoices(draft);
        assertEquals(List.of("1/1/3"), choices.stream().map(c -> c.action().getReference()).toList());
        assertEquals(List.of(4, 5), choices.get(0).parts().stream().map(Workstream::getNumber).toList());
        assertEquals("revisions.approve.splitChoice", assertThrows(DomainException.class,
                () -> revisions.approve(draft, version(draft), LocalDate.of(2025, 3, 1), null, Map.of())).getMessageKey());

        ApprovalResult result = revisions.approve(draft, version(draft), LocalDate.of(2025, 3, 1), null,
                Map.of(actions[2].getId(), ws(draft, 5)));
        assertEquals(new ApprovalResult(4, 0), result);
        em.getEntityManagerFactory().getCache().evictAll();
        assertEquals(ProgrammeStatus.SUPERSEDED, em.find(WorkProgramme.class, first.getId()).getStatus());
        assertEquals(ProgrammeStatus.CURRENT, em.find(WorkProgramme.class, draft).getStatus());
        assertEquals(List.of(1, 2, 5, 2, 6), java.util.Arrays.stream(actions)
                .map(a -> em.find(AgreedAction.class, a.getId()).getWorkstream())
                .map(w -> w.getProgramme().getId().equals(draft) ? w.getNumber() : -1).toList());
        assertTrue(em.find(WorkProgramme.class, draft).getMappings().stream().anyMatch(m -> m.getKind() == MappingKind.MERGED));
        AuditEntry followed = audit.historyOf("AgreedAction", actions[1].getId()).get(0);
        assertEquals("workstream", followed.getField());
        assertEquals("3. Strand 3 (version 1)", followed.getOldValue());
        assertEquals(List.of("approved", "revised"), audit.historyOf("WorkProgramme", draft).stream()
                .map(AuditEntry::getOperation).toList(), "newest first");
    }

    private long version(Long programmeId) {
        em.getEntityManagerFactory().getCache().evict(WorkProgramme.class, programmeId);
        return em.find(WorkProgramme.class, programmeId).getVersion();
    }

    private Long ws(Long programmeId, int number) {
        return em.find(WorkProgramme.class, programmeId).workstream(number).orElseThrow().getId();
    }
}
