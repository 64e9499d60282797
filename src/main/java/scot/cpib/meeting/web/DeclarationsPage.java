package scot.cpib.meeting.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import scot.cpib.board.domain.Person;
import scot.cpib.meeting.application.Interests;
import scot.cpib.meeting.application.MeetingQueries;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.InterestDeclaration;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.RegisteredInterest;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.NotFoundPage;
import scot.cpib.shared.web.PageMessages;

/**
 * A meeting's declarations of interest: recorded per agenda item before or at the meeting (from the
 * minute editor), with the registered interests of those who may declare alongside.
 */
@Named
@ViewScoped
public class DeclarationsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PEOPLE = "declarations.people";
    private static final String REGISTERED = "declarations.registered";

    @Inject
    private transient MeetingQueries meetings;

    @Inject
    private transient Interests interests;

    @Inject
    private transient PageMessages messages;

    private Long id;
    private Long itemId;
    private Long personId;
    private String interest;
    private String participation;
    private transient Meeting meeting;
    private transient List<InterestDeclaration> declarations;

    public void load() {
        Optional<Meeting> found = meetings.findVisible(id);
        if (found.isEmpty()) {
            NotFoundPage.send(FacesContext.getCurrentInstance());
            return;
        }
        meeting = found.get();
    }

    public String declare() {
        try {
            InterestDeclaration made = interests.declare(itemId, personId, interest, participation);
            messages.info("declarations.added", made.getPerson().getDisplayName(), made.getAgendaItem().getLabel());
            return "/meetings/declarations?faces-redirect=true&id=" + id;
        } catch (DomainException e) {
            messages.error(e, "declare");
            return null;
        }
    }

    public String withdraw(Long declarationId) {
        try {
            interests.withdraw(declarationId);
            messages.info("declarations.withdrawn");
            return "/meetings/declarations?faces-redirect=true&id=" + id;
        } catch (DomainException e) {
            messages.error(e, "declared");
            return null;
        }
    }

    public Meeting getMeeting() {
        if (meeting == null && id != null) {
            meeting = meetings.getVisible(id);
        }
        return meeting;
    }

    public List<AgendaItem> getItems() {
        return getMeeting().getAgendaInReadingOrder();
    }

    /** Who may declare, read once per request (the page asks for them and for their registered interests). */
    @SuppressWarnings("unchecked")
    public List<Person> getPeople() {
        return (List<Person>) FacesContext.getCurrentInstance().getAttributes()
                .computeIfAbsent(PEOPLE, k -> interests.declarers(getMeeting()));
    }

    public List<InterestDeclaration> getDeclarations() {
        if (declarations == null) {
            declarations = interests.declarationsOf(getMeeting());
        }
        return declarations;
    }

    /** The registered interests, current on the meeting's day, of everyone who may declare. */
    @SuppressWarnings("unchecked")
    public List<RegisteredInterest> getRegistered() {
        List<Person> people = getPeople();
        return (List<RegisteredInterest>) FacesContext.getCurrentInstance().getAttributes().computeIfAbsent(REGISTERED,
                k -> interests.register().stream()
                        .filter(i -> people.contains(i.getPerson()) && i.isCurrentOn(getMeeting().getDate())).toList());
    }

    public boolean isLocked() {
        return getMeeting().isMinuteLocked();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public String getInterest() {
        return interest;
    }

    public void setInterest(String interest) {
        this.interest = interest;
    }

    public String getParticipation() {
        return participation;
    }

    public void setParticipation(String participation) {
        this.participation = participation;
    }
}
