package scot.cpib.security.infrastructure;

import jakarta.security.enterprise.credential.Credential;

/**
 * The second step of a page sign-in: the ticket that stands for the password already checked (kept
 * in the person's session by the sign-in page, never sent to the browser) and the code typed.
 */
public record SecondStepCredential(String ticket, String code) implements Credential {
}
