package scot.cpib.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.security.application.TwoStepVerification;
import scot.cpib.security.domain.Totp;
import scot.cpib.security.domain.TwoStep;
import scot.cpib.security.infrastructure.CpibAuthenticationMechanism;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.PageMessages;
import scot.cpib.shared.web.ProxySettings;

/**
 * Setting up two-step verification: a new secret (kept in this view until confirmed) shown as text
 * and as an otpauth:// link, confirmed with a code, then the recovery codes shown once; or, when it
 * is on, turning it off with the password and a code.
 */
@Named
@ViewScoped
public class TwoStepPage implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String ISSUER = "CPIB Board Manager";

    @Inject
    private transient TwoStepVerification twoStep;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient PageMessages messages;

    private String secret;
    private String code;
    private List<String> recoveryCodes;
    private String offPassword;
    private String offCode;
    private boolean on;
    private LocalDateTime onSince;
    private long recoveryCodesLeft;

    @PostConstruct
    void load() {
        on = false;
        twoStep.mine().ifPresent(this::showOn);
        if (!on) {
            secret = Totp.newSecret();
        }
    }

    private void showOn(TwoStep state) {
        on = true;
        onSince = state.getEnabledAt();
        recoveryCodesLeft = twoStep.unusedRecoveryCodes(state.getAccount().getId());
    }

    public String confirm() {
        try {
            recoveryCodes = twoStep.turnOn(secret, code);
        } catch (DomainException e) {
            messages.error(e, "setup");
            return null;
        }
        secret = null;
        twoStep.mine().ifPresent(this::showOn);
        FacesContext.getCurrentInstance().getExternalContext().getSessionMap()
                .remove(CpibAuthenticationMechanism.TWO_STEP_SETUP_REQUIRED);
        messages.info("twoStep.turnedOn");
        return null;
    }

    public String turnOff() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        try {
            twoStep.turnOff(offPassword, offCode, ProxySettings.get().clientAddress(request));
        } catch (DomainException e) {
            messages.error(e, "off");
            return null;
        }
        messages.info("twoStep.turnedOff");
        return "/account?faces-redirect=true";
    }

    /** Whether the board sent this person here because it requires two-step verification of their role. */
    public boolean isRequiredNow() {
        return FacesContext.getCurrentInstance().getExternalContext().getSessionMap()
                .containsKey(CpibAuthenticationMechanism.TWO_STEP_SETUP_REQUIRED);
    }

    public boolean isOn() {
        return on;
    }

    public LocalDateTime getOnSince() {
        return onSince;
    }

    public long getRecoveryCodesLeft() {
        return recoveryCodesLeft;
    }

    public String getSecretGrouped() {
        return secret == null ? null : Totp.grouped(secret);
    }

    public String getUri() {
        return secret == null ? null : Totp.uri(ISSUER, currentUser.getUsername(), secret);
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return null;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getOffPassword() {
        return null;
    }

    public void setOffPassword(String offPassword) {
        this.offPassword = offPassword;
    }

    public String getOffCode() {
        return null;
    }

    public void setOffCode(String offCode) {
        this.offCode = offCode;
    }
}
