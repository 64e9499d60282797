package scot.cpib.board.application;

import java.io.Serializable;
import scot.cpib.board.domain.Organisation;

/** An organisation as the form shows and sends it; also "their version" on a conflict. */
public record OrganisationDetails(String name, String shortName, String website) implements Serializable {

    public static OrganisationDetails of(Organisation organisation) {
        return new OrganisationDetails(organisation.getName(), organisation.getShortName(), organisation.getWebsite());
    }
}
