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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.action.ActingUser;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.action.domain.OwnerRef;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.Person;
import scot.cpib.it.Deployments;
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

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(WorkProgrammeServicesIT.class, ActingUser.class);
    }

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

    private Long periodId;

    @BeforeEach
    void openAPeriodOfOurOwn() throws Exception {
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
        UpdateSnapshot theirs = (UpdateSnapshot) conflict.getCurrent();
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
}
