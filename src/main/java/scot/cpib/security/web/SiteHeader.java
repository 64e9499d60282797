package scot.cpib.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import scot.cpib.security.application.CurrentUser;

/**
 * The page header's "signed in as" name. Every page shows it, so it is read from the account once a
 * session ({@link CurrentUser#getDisplayName}, one query) and kept in the session for the pages after
 * (issue 13, decision 78); a new name shows from the next sign-in. What the app writes in notes and
 * the audit trail still reads the name afresh.
 */
@Named
@RequestScoped
public class SiteHeader {

    static final String NAME = "scot.cpib.header.name";

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FacesContext faces;

    private String name;

    public String getName() {
        if (name == null) {
            ExternalContext external = faces.getExternalContext();
            Object kept = external.getSession(false) == null ? null : external.getSessionMap().get(NAME);
            String user = currentUser.getUsername();
            if (kept instanceof KeptName k && k.username().equals(user)) {
                name = k.name();
            } else {
                name = currentUser.getDisplayName();
                if (external.getSession(false) != null) {
                    external.getSessionMap().put(NAME, new KeptName(user, name));
                }
            }
        }
        return name;
    }

    /** The name shown, with the account it belongs to (a session signed out and in as someone else reads it again). */
    record KeptName(String username, String name) implements java.io.Serializable {
    }
}
