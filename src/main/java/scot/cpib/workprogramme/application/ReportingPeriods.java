package scot.cpib.workprogramme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.application.Versions;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;
import scot.cpib.shared.domain.UkDates;
import scot.cpib.workprogramme.domain.ProgrammeStatus;
import scot.cpib.workprogramme.domain.ProgressUpdate;
import scot.cpib.workprogramme.domain.ReportingPeriod;
import scot.cpib.workprogramme.domain.UpdateReminder;
import scot.cpib.workprogramme.domain.WorkProgramme;
import scot.cpib.workprogramme.domain.Workstream;

/**
 * Reporting periods for the secretariat: open one, see per workstream whether its update has come
 * in, and after the due date record "No update provided" for those still missing. Reminders are
 * sent by {@link UpdateReminders}.
 */
@ApplicationScoped
public class ReportingPeriods {

    @Inject
    private BoardClock clock;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    /** Programmes leads report on (current and superseded versions, not drafts), newest version first. */
    public List<WorkProgramme> reportableProgrammes() {
        return em.createQuery("SELECT p FROM WorkProgramme p WHERE p.status <> :draft ORDER BY p.versionNumber DESC",
                WorkProgramme.class).setParameter("draft", ProgrammeStatus.DRAFT).getResultList();
    }

    /** The programme's periods, latest first. */
    public List<ReportingPeriod> periodsOf(Long programmeId) {
        return em.createQuery("SELECT r FROM ReportingPeriod r WHERE r.programme.id = :p ORDER BY r.endsOn DESC, r.id DESC",
                ReportingPeriod.class).setParameter("p", programmeId).getResultList();
    }

    public Optional<ReportingPeriod> findPeriod(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(ReportingPeriod.class, id));
    }

    public ReportingPeriod getPeriod(Long id) {
        return findPeriod(id).orElseThrow(() -> new NotFoundException("ReportingPeriod", id));
    }

    /** Opens a period for an approved programme; names are unique within a programme. */
    @Transactional
    public ReportingPeriod open(Long programmeId, PeriodDraft draft) {
        requireSecretariat();
        WorkProgramme programme = programmeId == null ? null : em.find(WorkProgramme.class, programmeId);
        if (programme == null) {
            throw new DomainException("workprogramme.period.programme.required", "programme");
        }
        if (programme.getStatus() == ProgrammeStatus.DRAFT) {
            throw new DomainException("periods.open.draft", "programme");
        }
        ReportingPeriod period = new ReportingPeriod(programme, draft.title(), draft.startsOn(), draft.endsOn(), null);
        period.dueBy(draft.deadline());
        boolean taken = periodsOf(programmeId).stream().anyMatch(p -> p.getTitle().equalsIgnoreCase(period.getTitle()));
        if (taken) {
            throw new DomainException("periods.open.titleTaken", "title", period.getTitle());
        }
        em.persist(period);
        audit.record(period, "created", period.getTitle() + " (" + UkDates.date(period.getStartsOn()) + " \u2013 "
                + UkDates.date(period.getEndsOn()) + ", due " + UkDates.date(period.getDueDate()) + ")");
        return period;
    }

    /**
     * Every workstream's return for the period, by number: the workstreams active in the programme,
     * and any other that has an update for the period. The period's updates and reminders are read in
     * one query each for every workstream, not through each workstream's updates (issue 13: no N+1). One
     * transaction, so that the period, programme and workstreams each query finds are read once.
     */
    @Transactional
    public List<PeriodReturn> returns(Long periodId) {
        requireSecretariat();
        // first, so that their leads are read in one batch (the queries below find the same workstreams); the
        // programme's workstreams found through the period's id, without reading the period and programme first
        TypedQuery<Workstream> workstreams = em.createQuery("SELECT w FROM Workstream w, ReportingPeriod r"
                + " WHERE r.id = :period AND w.programme = r.programme", Workstream.class).setParameter("period", periodId);
        workstreams.setHint("eclipselink.batch.type", "IN");
        for (String path : List.of("w.leads", "w.leads.person", "w.leads.person.organisation", "w.leads.organisation", "w.leads.group")) {
            workstreams.setHint("eclipselink.batch", path);
        }
        List<Workstream> programmeWorkstreams = workstreams.getResultList();
        if (programmeWorkstreams.isEmpty()) {
            getPeriod(periodId); // an unknown period is still "not found"
        }
        Map<Workstream, List<UpdateReminder>> reminders = withWorkstreamAndPeriod(em.createQuery(
                        "SELECT r FROM UpdateReminder r WHERE r.period.id = :p ORDER BY r.sentAt, r.id", UpdateReminder.class), "r")
                .setParameter("p", periodId).getResultList().stream()
                .collect(Collectors.groupingBy(UpdateReminder::getWorkstream));
        Map<Workstream, ProgressUpdate> updates = withWorkstreamAndPeriod(em.createQuery(
                        "SELECT u FROM ProgressUpdate u WHERE u.period.id = :p", ProgressUpdate.class), "u")
                .setParameter("p", periodId).getResultList().stream()
                .collect(Collectors.toMap(ProgressUpdate::getWorkstream, u -> u, BinaryOperator.maxBy(ProgressUpdate.CHRONOLOGICAL)));
        return programmeWorkstreams.stream()
                .sorted(Comparator.comparingInt(Workstream::getNumber))
                .map(ws -> returnOf(ws, updates.get(ws), reminders.getOrDefault(ws, List.of())))
                .filter(r -> r.workstream().isActive() || r.update() != null)
                .toList();
    }

    /** Joins the workstream and period (both read eagerly) into the rows, rather than one query per workstream. */
    private static <T> TypedQuery<T> withWorkstreamAndPeriod(TypedQuery<T> query, String alias) {
        query.setHint("eclipselink.join-fetch", alias + ".workstream");
        query.setHint("eclipselink.join-fetch", alias + ".period");
        return query;
    }

    /** A workstream's return, given the update that counts for the period (or null) and the reminders sent. */
    static PeriodReturn returnOf(Workstream workstream, ProgressUpdate update, List<UpdateReminder> reminders) {
        ReturnState state = update == null ? ReturnState.MISSING
                : update.isNoUpdate() ? ReturnState.NOT_PROVIDED : ReturnState.RECEIVED;
        return new PeriodReturn(workstream, update, state, List.copyOf(reminders));
    }

    /**
     * After the due date, records "No update provided" for every workstream still without an update,
     * if the period is still as the page showed it. Returns how many were recorded.
     */
    @Transactional
    public int recordNoUpdateProvided(Long periodId, long expectedVersion) {
        requireSecretariat();
        ReportingPeriod period = getPeriod(periodId);
        Versions.require(period, expectedVersion, period::getTitle);
        LocalDate today = clock.today();
        if (!period.isPastDueOn(today)) {
            throw new DomainException("periods.noUpdate.notYetDue", null, UkDates.date(period.getDueDate()));
        }
        List<Workstream> missing = returns(periodId).stream().filter(PeriodReturn::isMissing)
                .map(PeriodReturn::workstream).toList();
        if (missing.isEmpty()) {
            throw new DomainException("periods.noUpdate.noneMissing");
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        for (Workstream workstream : missing) {
            ProgressUpdate none = ProgressUpdate.noUpdateProvided(workstream, period, currentUser.getDisplayName(), now);
            em.persist(none);
            audit.record(none, "noUpdateProvided", workstream.getNumberedTitle() + ": no update provided for "
                    + period.getTitle());
        }
        em.lock(period, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return missing.size();
    }

    void requireSecretariat() {
        if (!currentUser.isSecretariat()) {
            throw new DomainException("periods.notAllowed");
        }
    }
}
