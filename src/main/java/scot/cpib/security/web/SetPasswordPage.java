package scot.cpib.security.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import scot.cpib.security.application.AccountLinks;
import scot.cpib.security.domain.AppUser;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.PageMessages;
import scot.cpib.shared.web.ProxySettings;

/**
 * The page a first sign-in link or a password reset link opens ({@code ?token=}): the person chooses
 * their password, then signs in with it. A used, withdrawn or expired link says so and what to do.
 */
@Named
@ViewScoped
public class SetPasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountLinks links;

    @Inject
    private PageMessages messages;

    @Inject
    private FacesContext faces;

    private String token;
    private String username;
    private boolean loaded;
    private String newPassword;
    private String repeatPassword;

    public void load() {
        username = token == null ? null : links.accountFor(token).map(AppUser::getUsername).orElse(null);
        loaded = true;
    }

    /** The page is stateless for a visitor, so a postback (a refused password) looks the link up again. */
    private void loadOnce() {
        if (token == null) {
            token = faces.getExternalContext().getRequestParameterMap().get("token");
        }
        if (!loaded) {
            load();
        }
    }

    public String save() {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        if (token == null) {
            token = request.getParameter("token");
        }
        try {
            String chosenFor = links.choosePassword(token, newPassword, repeatPassword,
                    ProxySettings.get().clientAddress(request));
            messages.info("setPassword.done", chosenFor);
            return "/login?faces-redirect=true";
        } catch (DomainException e) {
            messages.error(e, "choose");
            loadOnce();
            if (e.getField() == null) {
                username = null;
            }
            return null;
        }
    }

    public boolean isUsable() {
        loadOnce();
        return username != null;
    }

    public String getUsername() {
        loadOnce();
        return username;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getNewPassword() {
        return null;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return null;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
