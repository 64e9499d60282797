package scot.cpib.admin.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import scot.cpib.board.application.PeopleRegister;
import scot.cpib.board.domain.Person;
import scot.cpib.security.application.AccountAdmin;
import scot.cpib.security.application.AccountDetails;
import scot.cpib.security.application.AccountLinks;
import scot.cpib.security.domain.AppUser;
import scot.cpib.security.domain.Role;
import scot.cpib.shared.domain.AuditEntry;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;
import scot.cpib.shared.web.NotFoundPage;
import scot.cpib.shared.web.PageMessages;

/**
 * An admin's page for one account: made for a person ({@code ?person=}) with a first sign-in link, or
 * kept ({@code ?id=}): roles, deactivation and reactivation, a fresh link (shown to copy when the
 * e-mail could not be sent), and the sign-in history.
 */
@Named
@ViewScoped
public class AccountAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountAdmin accounts;

    @Inject
    private PeopleRegister register;

    @Inject
    private PageMessages messages;

    @Inject
    private FacesContext faces;

    private Long id;
    private Long person;
    private long version;
    private String heading;
    private String personName;
    private String username;
    private List<String> roles = new ArrayList<>(List.of(Role.MEMBER.name()));
    private boolean active;
    private boolean hasPassword;
    private String linkToCopy;
    private AccountDetails theirs;

    public void load() {
        try {
            if (id == null) {
                Person someone = person == null ? null : register.findPerson(person).orElse(null);
                if (someone == null) {
                    NotFoundPage.send(faces);
                    return;
                }
                personName = someone.getDisplayName();
                heading = PageMessages.text("account.admin.title.new", personName);
                accounts.all();
                return;
            }
            refresh(accounts.get(id));
        } catch (NotFoundException e) {
            NotFoundPage.send(faces);
        }
    }

    private void refresh(AppUser account) {
        version = account.getVersion();
        username = account.getUsername();
        roles = new ArrayList<>(account.getRoles().stream().map(Role::name).sorted().toList());
        active = account.isEnabled();
        hasPassword = account.hasPassword();
        person = account.getPerson() == null ? null : account.getPerson().getId();
        personName = account.getPerson() == null ? "" : account.getPerson().getDisplayName();
        heading = PageMessages.text("account.admin.title.edit", username);
    }

    public String create() {
        try {
            AccountLinks.Sent sent = accounts.create(person, username, roleSet());
            AppUser made = accounts.of(register.getPerson(person)).stream()
                    .filter(a -> a.getUsername().equalsIgnoreCase(username.strip())).findFirst().orElseThrow();
            id = made.getId();
            refresh(made);
            report(sent);
            return null;
        } catch (DomainException e) {
            messages.error(e, "accountForm");
            return null;
        }
    }

    public String saveRoles() {
        try {
            accounts.changeRoles(id, version, roleSet());
            messages.info("account.admin.rolesSaved", username);
            return "/admin/account?faces-redirect=true&id=" + id;
        } catch (ConcurrentEditException e) {
            theirs = e.theirs(AccountDetails.class);
            version = accounts.get(id).getVersion();
            messages.conflict(null);
            return null;
        } catch (DomainException e) {
            messages.error(e, "accountForm");
            return null;
        }
    }

    public String deactivate() {
        return status(true);
    }

    public String reactivate() {
        return status(false);
    }

    private String status(boolean deactivate) {
        try {
            if (deactivate) {
                accounts.deactivate(id, version);
                messages.info("account.admin.deactivated", username);
            } else {
                accounts.reactivate(id, version);
                messages.info("account.admin.reactivated", username);
            }
            return "/admin/account?faces-redirect=true&id=" + id;
        } catch (ConcurrentEditException e) {
            theirs = e.theirs(AccountDetails.class);
            version = accounts.get(id).getVersion();
            messages.conflict(null);
            return null;
        } catch (DomainException e) {
            messages.error(e, "status");
            return null;
        }
    }

    public String freshLink() {
        try {
            report(accounts.freshLink(id));
        } catch (DomainException e) {
            messages.error(e, "links");
        }
        return null;
    }

    public String turnOffTwoStep() {
        try {
            accounts.turnOffTwoStep(id);
        } catch (DomainException e) {
            messages.error(e, "twoStep");
            return null;
        }
        messages.info("account.admin.twoStep.turnedOff", username);
        return "/admin/account?faces-redirect=true&id=" + id;
    }

    public boolean isTwoStepOn() {
        return id != null && accounts.hasTwoStep(id);
    }

    private void report(AccountLinks.Sent sent) {
        if (sent.isMailed()) {
            linkToCopy = null;
            messages.info("account.admin.link.sent", sent.address());
            faces.getExternalContext().getFlash().setKeepMessages(false);
        } else {
            linkToCopy = sent.link();
            if (sent.address() == null) {
                messages.warn("account.admin.link.noAddress");
            } else {
                messages.warn("account.admin.link.failed", sent.receipt().detail() == null
                        ? String.valueOf(sent.receipt().status()) : sent.receipt().detail());
            }
            faces.getExternalContext().getFlash().setKeepMessages(false);
        }
    }

    private Set<Role> roleSet() {
        if (roles == null || roles.isEmpty()) {
            return Set.of();
        }
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        for (String name : roles) {
            for (Role role : Role.values()) {
                if (role.name().equals(name)) {
                    chosen.add(role);
                }
            }
        }
        return chosen;
    }

    public List<AuditEntry> getHistory() {
        return id == null ? List.of() : accounts.signInHistory(id);
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public String getHeading() {
        return heading;
    }

    public String getPersonName() {
        return personName;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isHasPassword() {
        return hasPassword;
    }

    public String getLinkToCopy() {
        return linkToCopy;
    }

    public AccountDetails getTheirs() {
        return theirs;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }
}
