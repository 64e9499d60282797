package scot.cpib.security.application;

/** How a credential arrived: the sign-in page, HTTP Basic on the API, or the change-password form. */
public enum SignInChannel {
    PAGE("on the sign-in page"),
    API("through the API"),
    PASSWORD_CHANGE("when changing the password");

    private final String description;

    SignInChannel(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
