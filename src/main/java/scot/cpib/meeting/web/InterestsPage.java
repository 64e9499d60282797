package scot.cpib.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import scot.cpib.board.application.Directory;
import scot.cpib.board.domain.Person;
import scot.cpib.meeting.application.Interests;
import scot.cpib.meeting.domain.RegisteredInterest;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.PageMessages;

/** The register of interests: every person's interests with their dates and yearly review, and a form to add one. */
@Named
@ViewScoped
public class InterestsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Interests interests;

    @Inject
    private transient Directory directory;

    @Inject
    private transient BoardClock clock;

    @Inject
    private transient PageMessages messages;

    private Long personId;
    private String description;
    private LocalDate from;
    private transient List<RegisteredInterest> register;

    public String add() {
        try {
            RegisteredInterest added = interests.registerInterest(personId, description, from);
            messages.info("interests.added", added.getPerson().getDisplayName());
            return "/meetings/interests?faces-redirect=true";
        } catch (DomainException e) {
            messages.error(e, "add");
            return null;
        }
    }

    public String review(Long interestId, long version) {
        try {
            RegisteredInterest interest = interests.review(interestId, version);
            messages.info("interests.reviewed", interest.getPerson().getDisplayName());
            return "/meetings/interests?faces-redirect=true";
        } catch (ConcurrentEditException e) {
            messages.conflict(null);
        } catch (DomainException e) {
            messages.error(e, "register");
        }
        register = null;
        return null;
    }

    public String end(Long interestId, long version) {
        try {
            RegisteredInterest interest = interests.end(interestId, clock.today(), version);
            messages.info("interests.ended", interest.getPerson().getDisplayName());
            return "/meetings/interests?faces-redirect=true";
        } catch (ConcurrentEditException e) {
            messages.conflict(null);
        } catch (DomainException e) {
            messages.error(e, "register");
        }
        register = null;
        return null;
    }

    public List<RegisteredInterest> getRegister() {
        if (register == null) {
            register = interests.register();
        }
        return register;
    }

    public boolean isReviewDue(RegisteredInterest interest) {
        return interest.isReviewDueOn(clock.today());
    }

    public List<Person> getPeople() {
        return directory.people();
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }
}
