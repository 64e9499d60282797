package scot.cpib.workprogramme.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.Membership;
import scot.cpib.board.domain.MembershipRole;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;

/** Whom a reminder to a lead reaches: the person, or the board members sitting for an organisation. */
class LeadRecipientsTest {

    private final Board board = new Board("Community Planning Improvement Board", "CPIB");
    private final Organisation government = new Organisation("Scottish Government", "SG");
    private final Organisation service = new Organisation("Improvement Service", "IS");
    private final Person roger = new Person("Roger Halliday", government);
    private final Person emily = new Person("Emily Lynch", service);
    private final Person seconded = new Person("Seconded Officer", service);

    @Test
    void aPersonLeadIsThatPerson() {
        assertEquals(List.of(roger), LeadRecipients.peopleFor(OwnerRef.of(roger), List.of()));
    }

    @Test
    void anOrganisationLeadIsTheBoardMembersWhoSitForItNotEveryoneWhoWorksThere() {
        List<Membership> members = List.of(
                new Membership(board, roger, government, MembershipRole.MEMBER),
                new Membership(board, emily, service, MembershipRole.SECRETARIAT),
                new Membership(board, seconded, government, MembershipRole.MEMBER));
        assertEquals(List.of(roger, seconded), LeadRecipients.peopleFor(OwnerRef.of(government), members));
        assertEquals(List.of(emily), LeadRecipients.peopleFor(OwnerRef.of(service), members));
        assertEquals(List.of(), LeadRecipients.peopleFor(OwnerRef.of(new Organisation("Audit Scotland", null)), members),
                "an organisation with nobody on the board reaches nobody");
    }
}
