package scot.cpib.admin.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import scot.cpib.board.application.PeopleRegister;
import scot.cpib.board.application.PersonDetails;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.Person;
import scot.cpib.security.application.AccountSummary;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.NotFoundPage;
import scot.cpib.shared.web.PageMessages;

/**
 * Adds a person ({@code person.xhtml} without an id) or edits one ({@code ?id=}), with optimistic
 * locking and the duplicate check; removes one added by mistake, or says why not. Their seats on the
 * board are {@link PersonSeatsPage}'s part of the page.
 */
@Named
@ViewScoped
public class PersonPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PeopleRegister register;

    @Inject
    private PersonReads reads;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PageMessages messages;

    @Inject
    private FacesContext faces;

    private Long id;
    private long version;
    private String heading;
    private String fullName;
    private String title;
    private String jobTitle;
    private String email;
    private Long organisationId;
    private PersonDetails theirs;

    public void load() {
        if (id == null) {
            heading = PageMessages.text("person.title.new");
            return;
        }
        Optional<Person> person = register.findPerson(id);
        if (person.isEmpty()) {
            NotFoundPage.send(faces);
            return;
        }
        version = person.get().getVersion();
        heading = PageMessages.text("person.title.edit", person.get().getDisplayName());
        fill(PersonDetails.of(person.get()));
    }

    private void fill(PersonDetails details) {
        fullName = details.fullName();
        title = details.title();
        jobTitle = details.jobTitle();
        email = details.email();
        organisationId = details.organisationId();
    }

    public String save() {
        PersonDetails details = new PersonDetails(fullName, title, jobTitle, email, organisationId);
        try {
            if (id == null) {
                Person added = register.addPerson(details);
                messages.info("person.added", added.getFullName());
                return "/admin/person?faces-redirect=true&id=" + added.getId();
            }
            register.editPerson(id, version, details);
            messages.info("person.saved", fullName);
            return "/admin/person?faces-redirect=true&id=" + id;
        } catch (ConcurrentEditException e) {
            theirs = e.theirs(PersonDetails.class);
            version = register.findPerson(id).map(Person::getVersion).orElse(version);
            messages.conflict(null);
            return null;
        } catch (DomainException e) {
            messages.error(e, "person");
            return null;
        }
    }

    public String remove() {
        try {
            register.removePerson(id);
        } catch (DomainException e) {
            messages.error(e, "remove");
            return null;
        }
        messages.info("person.removed", fullName);
        return "/admin/people?faces-redirect=true";
    }

    public List<Organisation> getOrganisations() {
        return register.organisations();
    }

    /** The organisation's name for "their version". */
    public String organisationName(Long organisation) {
        return organisation == null ? "" : register.findOrganisation(organisation).map(Organisation::getName).orElse("");
    }

    public List<AccountSummary> getAccounts() {
        return id == null ? List.of() : reads.accountsOf(id);
    }

    public boolean isAdmin() {
        return currentUser.isAdmin();
    }

    public boolean isNew() {
        return id == null;
    }

    public String getHeading() {
        return heading;
    }

    public PersonDetails getTheirs() {
        return theirs;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }
}
