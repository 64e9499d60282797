package scot.cpib.board.application;

import java.io.Serializable;
import java.time.LocalDate;
import scot.cpib.board.domain.Membership;
import scot.cpib.board.domain.MembershipRole;

/** A seat on the board as the form shows and sends it; also "their version" on a conflict. */
public record MembershipDetails(Long organisationId, MembershipRole role, LocalDate fromDate, LocalDate toDate)
        implements Serializable {

    public static MembershipDetails of(Membership membership) {
        return new MembershipDetails(membership.getOrganisation() == null ? null : membership.getOrganisation().getId(),
                membership.getRole(), membership.getFromDate(), membership.getToDate());
    }
}
