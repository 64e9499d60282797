package scot.cpib.minutes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.application.Owners;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.MeetingStatus;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.application.Versions;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;

/**
 * Agreed actions written into the minute under their agenda item: added, reworded, removed. Once the
 * minute is approved its actions keep their wording (progress and status carry on through matters
 * arising and the action page).
 */
@ApplicationScoped
public class ActionDrafting {

    @Inject
    private BoardClock clock;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Owners owners;

    @Inject
    private AuditTrail audit;

    @Transactional
    public AgreedAction add(Long itemId, ActionDraft draft) {
        requireSecretariat();
        AgendaItem item = Optional.ofNullable(itemId == null ? null : em.find(AgendaItem.class, itemId))
                .orElseThrow(() -> new NotFoundException("Agenda item", itemId));
        Meeting meeting = item.getMeeting();
        requireDraft(meeting);
        List<OwnerRef> owners = owners(draft);
        Integer highest = em.createQuery("SELECT MAX(a.number) FROM AgreedAction a WHERE a.agendaItem = :i", Integer.class)
                .setParameter("i", item).getSingleResult();
        AgreedAction action = new AgreedAction(item, highest == null ? 1 : highest + 1, draft.description(), owners,
                draft.due(), LocalDateTime.now(ZoneOffset.UTC));
        if (draft.status() != null && draft.status() != ActionStatus.OPEN) {
            action.changeStatus(draft.status(), clock.today());
        }
        MeetingStatus before = meeting.getStatus();
        meeting.noteMinuteDrafted();
        em.persist(action);
        audit.record(action, "created", action.getReference() + ": " + action.getDescription()
                + " (" + action.getOwnerLabel() + dueText(action) + ")");
        audit.change(meeting, "status", before, meeting.getStatus(), meeting.getOrdinal() + " meeting");
        em.flush();
        return action;
    }

    /** Rewords an action of a draft minute: description, owners, due date and status. */
    @Transactional
    public AgreedAction redefine(Long actionId, long expectedVersion, ActionDraft draft) {
        requireSecretariat();
        AgreedAction action = get(actionId);
        Versions.require(action, expectedVersion, () -> ActionWording.of(action));
        requireDraft(action.getMeeting());
        String oldDescription = action.getDescription();
        String oldOwners = action.getOwnerLabel();
        String oldDue = action.getDue() == null ? null : action.getDue().toIso();
        ActionStatus oldStatus = action.getStatus();
        action.redefine(draft.description(), owners(draft), draft.due());
        if (draft.status() != null && draft.status() != oldStatus) {
            action.changeStatus(draft.status(), clock.today());
        }
        String ref = action.getReference();
        audit.change(action, "description", oldDescription, action.getDescription(), ref);
        audit.change(action, "owners", oldOwners, action.getOwnerLabel(), ref);
        audit.change(action, "due", oldDue, action.getDue() == null ? null : action.getDue().toIso(), ref);
        audit.change(action, "status", oldStatus, action.getStatus(), ref);
        em.lock(action, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return action;
    }

    /** Takes an action out of a draft minute (it was written by mistake). */
    @Transactional
    public void remove(Long actionId, long expectedVersion) {
        requireSecretariat();
        AgreedAction action = get(actionId);
        Versions.require(action, expectedVersion, () -> ActionWording.of(action));
        requireDraft(action.getMeeting());
        audit.record(action, "deleted", action.getReference() + ": " + action.getDescription());
        em.remove(action);
        em.flush();
    }

    private AgreedAction get(Long actionId) {
        return Optional.ofNullable(actionId == null ? null : em.find(AgreedAction.class, actionId))
                .orElseThrow(() -> new NotFoundException("Action", actionId));
    }

    private List<OwnerRef> owners(ActionDraft draft) {
        return draft.ownerKeys() == null ? List.of() : draft.ownerKeys().stream().map(owners::get).toList();
    }

    private static String dueText(AgreedAction action) {
        return action.getDue() == null ? "" : ", " + action.getDue().getLabel();
    }

    private static void requireDraft(Meeting meeting) {
        if (meeting == null || meeting.isMinuteLocked()) {
            throw new DomainException("minute.action.locked");
        }
    }

    private void requireSecretariat() {
        if (!currentUser.isSecretariat()) {
            throw new DomainException("minute.notAllowed");
        }
    }
}
