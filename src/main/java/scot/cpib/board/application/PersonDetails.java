package scot.cpib.board.application;

import java.io.Serializable;
import scot.cpib.board.domain.Person;

/** A person as the form shows and sends them; also "their version" when someone else saved first. */
public record PersonDetails(String fullName, String title, String jobTitle, String email, Long organisationId)
        implements Serializable {

    public static PersonDetails of(Person person) {
        return new PersonDetails(person.getFullName(), person.getTitle(), person.getJobTitle(), person.getEmail(),
                person.getOrganisation() == null ? null : person.getOrganisation().getId());
    }
}
