package scot.cpib.action.application;

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
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.application.Directory;
import scot.cpib.board.domain.Person;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.application.Versions;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;

/**
 * Progress and status of agreed actions. The secretariat may update any action; a lead or member
 * only the actions they own — themselves, through their organisation or through a group.
 */
@ApplicationScoped
public class ActionUpdates {

    @Inject
    private BoardClock clock;

    /** Statuses an owner may set; superseding or covering elsewhere is for the secretariat. */
    private static final Set<ActionStatus> OWNER_STATUSES =
            EnumSet.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.COMPLETE);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Directory directory;

    @Inject
    private AuditTrail audit;

    /** An action of the board this installation serves (another board's is not found). */
    public Optional<AgreedAction> find(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        TypedQuery<AgreedAction> query = em.createQuery("SELECT a FROM AgreedAction a WHERE a.id = :id AND a.board.id = :board",
                AgreedAction.class).setParameter("id", id).setParameter("board", directory.boardId());
        // The action page's meeting, agenda item and owners (with who they are) in the same query (issue 13).
        for (String path : List.of("a.meeting", "a.agendaItem", "a.owners", "a.owners.person", "a.owners.person.organisation",
                "a.owners.organisation", "a.owners.group")) {
            query.setHint("eclipselink.left-join-fetch", path);
        }
        return query.getResultStream().findFirst();
    }

    public AgreedAction get(Long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Action", id));
    }

    public Optional<AgreedAction> findByReference(String reference) {
        return em.createQuery("SELECT a FROM AgreedAction a WHERE a.board.id = :board AND a.reference = :ref", AgreedAction.class)
                .setParameter("board", directory.boardId()).setParameter("ref", reference).getResultStream().findFirst();
    }

    /** Whether the current person may report progress on the action. */
    public boolean canUpdate(AgreedAction action) {
        if (currentUser.isSecretariat()) {
            return true;
        }
        Optional<Person> person = currentUser.person();
        return person.isPresent() && action.isOwnedBy(person.get(), directory.groupsOf(person.get()));
    }

    /**
     * The statuses the current person may choose for the action, always with the action's current
     * status among them, so a status control shows where the action stands and a save that only adds
     * a note leaves it there (an owner's list without "covered elsewhere" once reset such actions to open).
     */
    public Set<ActionStatus> statusesFor(AgreedAction action) {
        return statusesFrom(action.getStatus());
    }

    /** {@link #statusesFor} an action whose status is this. */
    public Set<ActionStatus> statusesFrom(ActionStatus current) {
        Set<ActionStatus> choices = currentUser.isSecretariat() ? EnumSet.allOf(ActionStatus.class) : EnumSet.copyOf(OWNER_STATUSES);
        choices.add(current);
        return choices;
    }

    /**
     * Agenda items an action can be covered under: those of its own meeting and of later meetings,
     * in meeting and agenda order.
     */
    public List<AgendaItem> coverOptions(AgreedAction action) {
        return em.createQuery("SELECT i FROM AgendaItem i JOIN FETCH i.meeting m LEFT JOIN FETCH i.parent WHERE m.board.id = :board AND m.date >= :date",
                        AgendaItem.class)
                .setParameter("board", directory.boardId()).setParameter("date", action.getOriginDate()).getResultList().stream()
                .sorted(Comparator.comparing((AgendaItem i) -> i.getMeeting().getDate())
                        .thenComparing(i -> i.getParent() == null ? i.getPosition() : i.getParent().getPosition())
                        .thenComparing(i -> i.getParent() == null ? 0 : i.getPosition()))
                .toList();
    }

    /**
     * Records a progress note and/or a status change, if the action is still at the version the form
     * was opened at; otherwise a conflict carrying the action's current state.
     */
    @Transactional
    public AgreedAction update(Long actionId, long expectedVersion, ProgressUpdate update) {
        AgreedAction action = get(actionId);
        if (!canUpdate(action)) {
            throw new DomainException("action.update.notAllowed");
        }
        Versions.require(action, expectedVersion, () -> ActionSnapshot.of(action));
        boolean noteGiven = update.note() != null && !update.note().isBlank();
        boolean statusChanged = update.status() != null && update.status() != action.getStatus();
        if (!noteGiven && !statusChanged) {
            throw new DomainException("action.update.nothing", "note");
        }
        LocalDate today = clock.today();
        if (noteGiven) {
            Meeting reportedAt = update.meetingId() == null ? null : em.find(Meeting.class, update.meetingId());
            action.recordProgress(update.note(), currentUser.getDisplayName(), today,
                    LocalDateTime.now(ZoneOffset.UTC), reportedAt);
            audit.record(action, "progress", action.getReference() + ": " + update.note().strip());
        }
        if (statusChanged) {
            changeStatus(action, update, today);
        }
        em.lock(action, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return action;
    }

    private void changeStatus(AgreedAction action, ProgressUpdate update, LocalDate today) {
        boolean allowed = currentUser.isSecretariat() || OWNER_STATUSES.contains(update.status());
        if (!allowed) {
            throw new DomainException("action.status.notAllowed", "status");
        }
        ActionStatus before = action.getStatus();
        if (update.status() == ActionStatus.COVERED_ELSEWHERE) {
            AgendaItem item = update.coveredByItemId() == null ? null : em.find(AgendaItem.class, update.coveredByItemId());
            action.coverUnder(item);
        } else {
            action.changeStatus(update.status(), today);
        }
        audit.change(action, "status", before, action.getStatus(), action.getReference());
    }
}
