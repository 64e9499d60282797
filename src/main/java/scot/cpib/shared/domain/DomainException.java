package scot.cpib.shared.domain;

/**
 * A rule of the board record was broken. The message key names the rule in the resource bundle;
 * the field, when known, lets a page show the message next to the input that caused it.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public DomainException(String messageKey, String field, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments;
    }

    public DomainException(String messageKey) {
        this(messageKey, null);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getField() {
        return field;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
