package scot.cpib.board.application;

import scot.cpib.board.domain.OwnerRef;
import scot.cpib.shared.domain.DomainException;

/**
 * Adding a person or organisation refused because one already answers to the name: the page offers to
 * use the one that exists ("An organisation called COSLA already exists – use it?").
 */
public class DuplicateOwnerException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient OwnerRef existing;

    DuplicateOwnerException(String messageKey, OwnerRef existing, Object... arguments) {
        super(messageKey, "name", arguments);
        this.existing = existing;
    }

    /** The person, organisation or group the name already belongs to. */
    public OwnerRef getExisting() {
        return existing;
    }
}
