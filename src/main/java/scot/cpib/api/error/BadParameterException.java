package scot.cpib.api.error;

import scot.cpib.api.ApiMessages;

/** A query parameter the API cannot use; answered 400 with the parameter named. */
public class BadParameterException extends RuntimeException {

    private final String parameter;

    public BadParameterException(String parameter, String messageKey, Object... args) {
        super(ApiMessages.text(messageKey, args));
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
