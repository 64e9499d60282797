package scot.cpib.security.application;

/**
 * How a credential arrived: the sign-in page, HTTP Basic on the API, the change-password form or
 * the form that turns off two-step verification.
 */
public enum SignInChannel {
    PAGE("on the sign-in page"),
    API("through the API"),
    PASSWORD_CHANGE("when changing the password"),
    TWO_STEP_OFF("when turning off two-step verification");

    private final String description;

    SignInChannel(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
