package scot.cpib.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import scot.cpib.security.application.AccountLinks;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.PageMessages;
import scot.cpib.shared.web.ProxySettings;

/** "Forgotten your password?": the same answer whether the account exists or not. */
@Named
@RequestScoped
public class ForgottenPasswordPage {

    @Inject
    private AccountLinks links;

    @Inject
    private PageMessages messages;

    @Inject
    private FacesContext faces;

    private String who;

    public String send() {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        try {
            links.requestReset(who, ProxySettings.get().clientAddress(request));
        } catch (DomainException e) {
            messages.error(e, "forgotten");
            return null;
        }
        messages.info("forgotten.sent");
        return "/forgotten-password?faces-redirect=true";
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }
}
