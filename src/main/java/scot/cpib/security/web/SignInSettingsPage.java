package scot.cpib.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import scot.cpib.security.application.TwoStepVerification;
import scot.cpib.shared.web.PageMessages;

/** The board's sign-in settings: whether admin and secretariat accounts must use two-step verification. */
@Named
@RequestScoped
public class SignInSettingsPage {

    @Inject
    private TwoStepVerification twoStep;

    @Inject
    private PageMessages messages;

    private boolean twoStepRequired;

    @PostConstruct
    void load() {
        twoStepRequired = twoStep.isRequiredByBoard();
    }

    public String save() {
        twoStep.requireForAdminAndSecretariat(twoStepRequired);
        messages.info(twoStepRequired ? "settings.twoStep.nowRequired" : "settings.twoStep.noLongerRequired");
        return "/admin/sign-in?faces-redirect=true";
    }

    public boolean isTwoStepRequired() {
        return twoStepRequired;
    }

    public void setTwoStepRequired(boolean twoStepRequired) {
        this.twoStepRequired = twoStepRequired;
    }
}
