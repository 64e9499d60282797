package scot.cpib.board.application;

import java.io.Serializable;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.Person;

/**
 * A person as a list shows them, read as a query's columns (so that listing many people reads no
 * organisation per person): name, title, organisation's label and job title.
 */
public record PersonSummary(long id, String title, String fullName, String organisationLabel, String jobTitle)
        implements Serializable {

    /** The columns {@link #of(Object[])} reads, for a query over {@code Person p LEFT JOIN p.organisation o}. */
    static final String COLUMNS = "p.id, p.title, p.fullName, o.name, o.shortName, p.jobTitle";

    static PersonSummary of(Object[] row) {
        return new PersonSummary((Long) row[0], (String) row[1], (String) row[2],
                row[3] == null ? null : Organisation.label((String) row[3], (String) row[4]), (String) row[5]);
    }

    /** The name as a minute writes it: "ACC Malcolm Graham". */
    public String displayName() {
        return Person.displayName(title, fullName);
    }

    /** The name with the organisation, to tell two people of similar names apart: "Jane Smith (IS)". */
    public String label() {
        return organisationLabel == null ? displayName() : displayName() + " (" + organisationLabel + ")";
    }
}
