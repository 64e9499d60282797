package scot.cpib.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import scot.cpib.security.application.Accounts;
import scot.cpib.security.application.TwoStepVerification;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.PageMessages;
import scot.cpib.shared.web.ProxySettings;

/** The account page: the signed-in person changes their password and sees whether two-step verification is on. */
@Named
@RequestScoped
public class AccountPage {

    @Inject
    private Accounts accounts;

    @Inject
    private FacesContext faces;

    @Inject
    private PageMessages messages;

    @Inject
    private TwoStepVerification twoStep;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;

    public String changePassword() {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        try {
            accounts.changeOwnPassword(currentPassword, newPassword, repeatPassword,
                    ProxySettings.get().clientAddress(request));
        } catch (DomainException e) {
            messages.error(e, "password");
            return null;
        }
        messages.info("account.password.changed");
        return "/account?faces-redirect=true";
    }

    /** Whether the signed-in person signs in with two-step verification. */
    public boolean isTwoStepOn() {
        return twoStep.mine().isPresent();
    }

    public String getCurrentPassword() {
        return null;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
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
