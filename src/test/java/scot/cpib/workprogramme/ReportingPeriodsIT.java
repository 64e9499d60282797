package scot.cpib.workprogramme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.it.container.ActingUser;
import scot.cpib.security.domain.Role;
import scot.cpib.shared.application.AuditQueries;
import scot.cpib.shared.domain.AuditEntry;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.workprogramme.application.LeadRecipients;
import scot.cpib.workprogramme.application.PeriodDraft;
import scot.cpib.workprogramme.application.PeriodReturn;
import scot.cpib.workprogramme.application.ReportingPeriods;
import scot.cpib.workprogramme.application.ReturnState;
import scot.cpib.workprogramme.application.UpdateReminders;
import scot.cpib.workprogramme.domain.Rag;
import scot.cpib.workprogramme.domain.ReminderOutcome;
import scot.cpib.workprogramme.domain.ReportingPeriod;
import scot.cpib.workprogramme.domain.UpdateContent;
import scot.cpib.workprogramme.domain.UpdateReminder;
import scot.cpib.workprogramme.domain.WorkProgramme;
import scot.cpib.workprogramme.domain.Workstream;

/**
 * Reporting periods against H2 and MariaDB: opening one, each workstream's return, reminders to the
 * leads (no mail server here, so each is recorded as not sent) and "No update provided" after the
 * due date. Every test opens its own period on the current demo programme (version 1), in 2017.
 */
@ExtendWith(ArquillianExtension.class)
class ReportingPeriodsIT {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private ReportingPeriods periods;

    @Inject
    private UpdateReminders reminders;

    @Inject
    private LeadRecipients recipients;

    @Inject
    private AuditQueries audit;

    @BeforeEach
    void nobodyActs() {
        ActingUser.actAs("anonymous", null);
    }

    private static void actAsSecretariat() {
        ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);
    }

    private long programme(int version) {
        return em.createQuery("SELECT p.id FROM WorkProgramme p WHERE p.versionNumber = :v AND p.board.shortName = 'CPIB'", Long.class)
                .setParameter("v", version).getSingleResult();
    }

    private ReportingPeriod openPast(String title) {
        actAsSecretariat();
        return periods.open(programme(1), new PeriodDraft(title, LocalDate.of(2017, 1, 1), LocalDate.of(2017, 3, 31),
                LocalDate.of(2017, 4, 14)));
    }

    private Map<Integer, PeriodReturn> returns(ReportingPeriod period) {
        return periods.returns(period.getId()).stream().collect(Collectors.toMap(r -> r.workstream().getNumber(), r -> r));
    }

    private void submit(ReportingPeriod period, int workstream) throws Exception {
        tx.begin();
        Workstream ws = em.find(WorkProgramme.class, programme(1)).workstream(workstream).orElseThrow();
        em.persist(scot.cpib.workprogramme.domain.ProgressUpdate.submit(ws, em.find(ReportingPeriod.class, period.getId()),
                new UpdateContent(Rag.GREEN, null, "Profiles refreshed", null, null, null), "Roger Halliday",
                LocalDateTime.of(2017, 4, 1, 10, 0)));
        tx.commit();
    }

    @Test
    void onlyTheSecretariatOpensPeriodsOnApprovedProgrammesWithUniqueNamesAndSensibleDates() {
        ActingUser.actAs("lead", "Mark McAteer", Role.LEAD);
        DomainException lead = assertThrows(DomainException.class, () -> periods.open(programme(1),
                new PeriodDraft("Lead's own period", null, LocalDate.of(2017, 6, 30), null)));
        assertEquals("periods.notAllowed", lead.getMessageKey());

        actAsSecretariat();
        DomainException draft = assertThrows(DomainException.class, () -> periods.open(programme(2),
                new PeriodDraft("Draft period", null, LocalDate.of(2019, 6, 30), null)));
        assertEquals("periods.open.draft", draft.getMessageKey());
        ReportingPeriod opened = periods.open(programme(1), new PeriodDraft("  Quarter to June 2017 ", LocalDate.of(2017, 4, 1),
                LocalDate.of(2017, 6, 30), null));
        assertEquals("Quarter to June 2017", opened.getTitle());
        assertEquals(LocalDate.of(2017, 6, 30), opened.getDueDate(), "no deadline: due on the last day");
        DomainException taken = assertThrows(DomainException.class, () -> periods.open(programme(1),
                new PeriodDraft("quarter to june 2017", null, LocalDate.of(2017, 7, 31), null)));
        assertEquals("periods.open.titleTaken", taken.getMessageKey());
        assertEquals("title", taken.getField());
        DomainException early = assertThrows(DomainException.class, () -> periods.open(programme(1),
                new PeriodDraft("Early deadline", LocalDate.of(2017, 4, 1), LocalDate.of(2017, 6, 30), LocalDate.of(2017, 3, 1))));
        assertEquals("deadline", early.getField());
        assertTrue(audit.historyOf("ReportingPeriod", opened.getId()).stream().anyMatch(e -> "created".equals(e.getOperation())));
    }

    @Test
    void returnsSayWhichWorkstreamsHaveAnUpdateAndWhichHaveNone() throws Exception {
        ReportingPeriod period = openPast("Quarter to March 2017 (returns)");
        submit(period, 1);
        Map<Integer, PeriodReturn> returns = returns(period);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), returns.keySet().stream().sorted().toList());
        assertEquals(ReturnState.RECEIVED, returns.get(1).state());
        assertEquals("Profiles refreshed", returns.get(1).update().getAchievements());
        assertEquals(ReturnState.MISSING, returns.get(2).state());
    }

    @Test
    void remindersGoToTheLeadsAddressesAndAreRecordedEvenWithoutAMailServer() throws Exception {
        ReportingPeriod period = openPast("Quarter to March 2017 (reminders)");
        submit(period, 1);
        UpdateReminder toMark = reminders.remind(period.getId(), returns(period).get(3).workstream().getId());
        assertEquals("mark.mcateer@example.org", toMark.getRecipients());
        assertEquals(ReminderOutcome.NOT_CONFIGURED, toMark.getOutcome(), "no SMTP server in this test container");
        assertEquals("Emily Lynch", toMark.getSentBy());
        List<AuditEntry> trail = audit.historyOf("UpdateReminder", toMark.getId());
        assertTrue(trail.stream().anyMatch(e -> "reminded".equals(e.getOperation()) && e.getSummary().contains("mark.mcateer@example.org")));

        DomainException received = assertThrows(DomainException.class,
                () -> reminders.remind(period.getId(), returns(period).get(1).workstream().getId()));
        assertEquals("periods.remind.notMissing", received.getMessageKey());

        List<UpdateReminder> all = reminders.remindAllMissing(period.getId());
        assertEquals(List.of(2, 3, 4, 5, 6, 7), all.stream().map(r -> r.getWorkstream().getNumber()).toList());
        UpdateReminder toGroup = all.get(5);
        assertTrue(toGroup.getRecipients().contains("steve.grimmond@example.org")
                && toGroup.getRecipients().contains("fraser.mckinlay@example.org"), toGroup.getRecipients());
        assertEquals(2, returns(period).get(3).reminders().size());
    }

    @Test
    void anOrganisationLeadIsRemindedThroughItsBoardMembers() {
        Organisation government = em.createQuery("SELECT o FROM Organisation o WHERE o.name = 'Scottish Government'",
                Organisation.class).getSingleResult();
        WorkProgramme current = em.find(WorkProgramme.class, programme(1));
        LeadRecipients.Resolved resolved = recipients.resolve(List.of(OwnerRef.of(government)), current.getBoard(), LocalDate.now());
        assertTrue(resolved.addresses().contains("roger.halliday@example.org"), resolved.toString());
        assertTrue(resolved.unreachable().isEmpty());
    }

    @Test
    void noUpdateProvidedIsRecordedOnlyAfterTheDueDateAndOnlyForTheMissing() throws Exception {
        actAsSecretariat();
        ReportingPeriod open = periods.open(programme(1), new PeriodDraft("Still open " + System.nanoTime(),
                LocalDate.now().minusDays(10), LocalDate.now().plusDays(10), null));
        DomainException early = assertThrows(DomainException.class, () -> periods.recordNoUpdateProvided(open.getId(), open.getVersion()));
        assertEquals("periods.noUpdate.notYetDue", early.getMessageKey());

        ReportingPeriod past = openPast("Quarter to March 2017 (closing)");
        submit(past, 1);
        assertThrows(ConcurrentEditException.class, () -> periods.recordNoUpdateProvided(past.getId(), past.getVersion() + 1));
        assertEquals(6, periods.recordNoUpdateProvided(past.getId(), past.getVersion()));
        Map<Integer, PeriodReturn> returns = returns(past);
        assertEquals(ReturnState.RECEIVED, returns.get(1).state());
        for (int number = 2; number <= 7; number++) {
            assertEquals(ReturnState.NOT_PROVIDED, returns.get(number).state());
            assertEquals(Rag.NO_UPDATE, returns.get(number).update().getRag());
        }
        DomainException none = assertThrows(DomainException.class,
                () -> periods.recordNoUpdateProvided(past.getId(), periods.getPeriod(past.getId()).getVersion()));
        assertEquals("periods.noUpdate.noneMissing", none.getMessageKey());
    }
}
