package scot.cpib.board.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import scot.cpib.shared.domain.DomainException;

class OwnerRolesTest {

    private final Person steve = new Person("Steve Grimmond", new Organisation("SOLACE", "SOLACE"));

    @Test
    void theChairViceChairAndSecretariatAreOwnerRolesReadByTheOwnerNameRule() {
        assertEquals(Optional.of(MembershipRole.CHAIR), MembershipRole.ownerRoleNamed("  chair "));
        assertEquals(Optional.of(MembershipRole.VICE_CHAIR), MembershipRole.ownerRoleNamed("Vice-chair"));
        assertEquals(Optional.of(MembershipRole.VICE_CHAIR), MembershipRole.ownerRoleNamed("VICE CHAIR"));
        assertEquals(Optional.of(MembershipRole.SECRETARIAT), MembershipRole.ownerRoleNamed("Secretariat"));
        assertEquals(Optional.empty(), MembershipRole.ownerRoleNamed("Member"), "a member is not one person");
        assertEquals(Optional.empty(), MembershipRole.ownerRoleNamed("Treasurer"));
    }

    @Test
    void aRoleOwnerIsShownAsWrittenWithItsHolder() {
        OwnerRef chair = OwnerRef.holding(MembershipRole.CHAIR, steve);
        assertEquals("Chair (Steve Grimmond)", chair.getLabel());
        assertTrue(chair.answersTo("chair"));
        assertTrue(chair.answersTo("Chair (Steve Grimmond)"));
        assertNotEquals(OwnerRef.of(steve), chair, "named by the role is not the same as named by name");
        assertEquals(steve, chair.person());
    }

    @Test
    void onlyAPersonCanBeNamedByARole() {
        Organisation solace = steve.getOrganisation();
        assertThrows(DomainException.class, () -> new OwnerRef(null, solace, null, MembershipRole.CHAIR));
    }
}
