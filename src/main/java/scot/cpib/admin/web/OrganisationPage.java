package scot.cpib.admin.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import scot.cpib.board.application.OrganisationDetails;
import scot.cpib.board.application.PeopleRegister;
import scot.cpib.board.domain.Organisation;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.NotFoundPage;
import scot.cpib.shared.web.PageMessages;

/** One organisation added or edited ({@code organisation.xhtml}); the list is {@link OrganisationsPage}. */
@Named
@ViewScoped
public class OrganisationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PeopleRegister register;

    @Inject
    private PageMessages messages;

    @Inject
    private FacesContext faces;

    private Long id;
    private long version;
    private String heading;
    private String name;
    private String shortName;
    private String website;
    private OrganisationDetails theirs;

    public void load() {
        if (id == null) {
            heading = PageMessages.text("organisation.title.new");
            return;
        }
        Optional<Organisation> found = register.findOrganisation(id);
        if (found.isEmpty()) {
            NotFoundPage.send(faces);
            return;
        }
        version = found.get().getVersion();
        heading = PageMessages.text("organisation.title.edit", found.get().getName());
        name = found.get().getName();
        shortName = found.get().getShortName();
        website = found.get().getWebsite();
    }

    public String save() {
        OrganisationDetails details = new OrganisationDetails(name, shortName, website);
        try {
            if (id == null) {
                Organisation added = register.addOrganisation(details);
                messages.info("organisation.added", added.getName());
                return "/admin/organisation?faces-redirect=true&id=" + added.getId();
            }
            register.editOrganisation(id, version, details);
            messages.info("organisation.saved", name);
            return "/admin/organisation?faces-redirect=true&id=" + id;
        } catch (ConcurrentEditException e) {
            theirs = e.theirs(OrganisationDetails.class);
            version = register.findOrganisation(id).map(Organisation::getVersion).orElse(version);
            messages.conflict(null);
            return null;
        } catch (DomainException e) {
            messages.error(e, "organisation");
            return null;
        }
    }

    public String remove() {
        try {
            register.removeOrganisation(id);
        } catch (DomainException e) {
            messages.error(e, "remove");
            return null;
        }
        messages.info("organisation.removed", name);
        return "/admin/organisations?faces-redirect=true";
    }

    public boolean isNew() {
        return id == null;
    }

    public String getHeading() {
        return heading;
    }

    public OrganisationDetails getTheirs() {
        return theirs;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
