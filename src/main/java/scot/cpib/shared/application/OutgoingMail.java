package scot.cpib.shared.application;

import java.util.List;
import java.util.Objects;

/**
 * A plain-text e-mail to send. {@code purpose} says why it is sent ("update-reminder",
 * "pack-issued") so the mail log can be filtered by it. Send one message per person where the
 * recipients should not see each other's addresses.
 */
public record OutgoingMail(List<String> to, String subject, String text, String purpose) {

    public OutgoingMail {
        to = List.copyOf(Objects.requireNonNull(to, "to"));
        if (to.isEmpty() || to.stream().anyMatch(a -> a == null || a.isBlank())) {
            throw new IllegalArgumentException("An e-mail needs at least one address and no blank ones");
        }
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(purpose, "purpose");
    }

    public static OutgoingMail to(String address, String subject, String text, String purpose) {
        return new OutgoingMail(List.of(address), subject, text, purpose);
    }
}
