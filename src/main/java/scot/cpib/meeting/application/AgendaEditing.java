package scot.cpib.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import scot.cpib.board.domain.Person;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.Paper;
import scot.cpib.meeting.domain.StandingKind;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.application.Versions;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;

/** Builds a meeting's agenda: items and sub-items, their details, order and removal. */
@ApplicationScoped
public class AgendaEditing {

    private static final Set<StandingKind> CLOSING = EnumSet.of(StandingKind.AOB, StandingKind.FUTURE_ITEMS, StandingKind.CLOSE);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private PaperStore papers;

    /** Adds an item at the end of the agenda, or a sub-item at the end of the parent's; returns its id. */
    @Transactional
    public Long addItem(Long meetingId, Long parentId, ItemDetails details) {
        MeetingPermissions.requireSecretariat(currentUser);
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null) {
            throw new NotFoundException("Meeting", meetingId);
        }
        AgendaItem item = parentId == null ? meeting.addItem(details.title())
                : meeting.addSubItem(item(parentId), details.title());
        item.describe(details.purpose(), presenter(details.presenterId()), details.confidential());
        item.markStanding(details.standingKind());
        placeBeforeClosingItems(meeting, item);
        em.persist(item);
        audit.record(item, "created", "Added item " + item.getLabel() + " to the agenda of the "
                + meeting.getOrdinal() + " meeting");
        auditDetails(item, new ItemDetails(null, null, null, null, false));
        return item.getId();
    }

    @Transactional
    public void updateItem(Long itemId, long expectedVersion, ItemDetails details) {
        MeetingPermissions.requireSecretariat(currentUser);
        AgendaItem item = item(itemId);
        Versions.require(item, expectedVersion, () -> ItemDetails.of(item));
        if (item.getMeeting().isMinuteLocked()) {
            throw new DomainException("meeting.locked");
        }
        ItemDetails before = ItemDetails.of(item);
        item.rename(details.title());
        item.describe(details.purpose(), presenter(details.presenterId()), details.confidential());
        item.markStanding(details.standingKind());
        auditDetails(item, before);
    }

    /** Moves an item one place up (negative offset) or down among its siblings. */
    @Transactional
    public void move(Long itemId, int offset) {
        MeetingPermissions.requireSecretariat(currentUser);
        AgendaItem item = item(itemId);
        String before = item.getLabel();
        item.getMeeting().move(item, offset);
        audit.change(item, "position", before, item.getLabel(), "Moved agenda item \u201c" + item.getTitle() + "\u201d");
    }

    /** Removes an item with its sub-items and papers; refused while a minute or an action refers to it. */
    @Transactional
    public void removeItem(Long itemId) {
        MeetingPermissions.requireSecretariat(currentUser);
        AgendaItem item = item(itemId);
        Meeting meeting = item.getMeeting();
        List<AgendaItem> affected = new ArrayList<>(item.getSubItems());
        affected.add(item);
        if (isReferenced(affected)) {
            throw new DomainException("agenda.item.inUse", null, item.getLabel());
        }
        for (AgendaItem each : affected) {
            for (Paper paper : each.getPapers()) {
                papers.deleteContent(paper);
            }
        }
        for (AgendaItem sub : item.getSubItems()) {
            meeting.removeItem(sub);
            audit.record(sub, "deleted", "Removed agenda item \u201c" + sub.getTitle() + "\u201d");
            em.flush();
        }
        meeting.removeItem(item);
        audit.record(item, "deleted", "Removed agenda item " + item.getLabel() + " \u201c" + item.getTitle()
                + "\u201d from the " + meeting.getOrdinal() + " meeting");
    }

    /**
     * A new ordinary item goes before the closing standing items (AOB, future items, close) rather
     * than after "Close"; sub-items and standing items stay where they are added.
     */
    private static void placeBeforeClosingItems(Meeting meeting, AgendaItem item) {
        if (item.getParent() != null || item.isStanding()) {
            return;
        }
        List<AgendaItem> agenda = meeting.getAgenda();
        int closing = 0;
        for (int i = agenda.size() - 2; i >= 0 && CLOSING.contains(agenda.get(i).getStandingKind()); i--) {
            closing++;
        }
        if (closing > 0) {
            meeting.move(item, -closing);
        }
    }

    private boolean isReferenced(List<AgendaItem> items) {
        long minutes = em.createQuery("SELECT COUNT(e) FROM MinuteEntry e WHERE e.agendaItem IN :items", Long.class)
                .setParameter("items", items).getSingleResult();
        long actions = em.createQuery("SELECT COUNT(a) FROM AgreedAction a WHERE a.agendaItem IN :items"
                        + " OR a.coveredByItem IN :items", Long.class)
                .setParameter("items", items).getSingleResult();
        long declarations = em.createQuery("SELECT COUNT(d) FROM InterestDeclaration d WHERE d.agendaItem IN :items", Long.class)
                .setParameter("items", items).getSingleResult();
        return minutes + actions + declarations > 0;
    }

    private void auditDetails(AgendaItem item, ItemDetails before) {
        String summary = "Agenda item " + item.getLabel() + " of the " + item.getMeeting().getOrdinal() + " meeting";
        audit.change(item, "title", before.title(), item.getTitle(), summary);
        audit.change(item, "purpose", before.purpose(), item.getPurpose(), summary);
        audit.change(item, "presenter", before.presenterId() == null ? null : presenter(before.presenterId()).getFullName(),
                item.getPresenter() == null ? null : item.getPresenter().getFullName(), summary);
        audit.change(item, "standingKind", before.standingKind(), item.getStandingKind(), summary);
        audit.change(item, "confidential", before.confidential(), item.isConfidential(), summary);
    }

    private Person presenter(Long personId) {
        if (personId == null) {
            return null;
        }
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new DomainException("agenda.presenter.unknown", "presenter");
        }
        return person;
    }

    AgendaItem item(Long id) {
        AgendaItem item = id == null ? null : em.find(AgendaItem.class, id);
        if (item == null) {
            throw new NotFoundException("Agenda item", id);
        }
        return item;
    }
}
