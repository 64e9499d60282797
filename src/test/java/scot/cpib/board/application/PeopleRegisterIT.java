package scot.cpib.board.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.board.domain.Membership;
import scot.cpib.board.domain.MembershipRole;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.Person;
import scot.cpib.it.container.ActingUser;
import scot.cpib.security.domain.Role;
import scot.cpib.shared.application.AuditQueries;
import scot.cpib.shared.domain.AuditEntry;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;

/**
 * People, organisations and seats on the board kept in the browser: duplicates refused with a
 * message, a stale form refused with their version, what the record refers to never removed, and a
 * seat ended rather than deleted.
 */
@ExtendWith(ArquillianExtension.class)
class PeopleRegisterIT {

    @Inject
    private PeopleRegister register;

    @Inject
    private Memberships memberships;

    @Inject
    private Boards boards;

    @Inject
    private AuditQueries audit;

    private final String unique = Long.toString(System.nanoTime(), 36);

    @BeforeEach
    void secretariatActs() {
        ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);
    }

    @Test
    void aPersonOfTheSameNameOrEmailIsRefusedWithAMessage() {
        Person added = register.addPerson(new PersonDetails("Ada Example " + unique, null, "Adviser",
                unique + "@example.org", null));
        DomainException sameName = assertThrows(DomainException.class, () -> register.addPerson(
                new PersonDetails("  ada   EXAMPLE " + unique + " ", null, null, null, null)));
        assertEquals("person.duplicate.name", sameName.getMessageKey());
        assertEquals("fullName", sameName.getField());
        DomainException sameEmail = assertThrows(DomainException.class, () -> register.addPerson(
                new PersonDetails("Bea Other " + unique, null, null, unique.toUpperCase() + "@EXAMPLE.org", null)));
        assertEquals("person.duplicate.email", sameEmail.getMessageKey());
        DomainException notAnAddress = assertThrows(DomainException.class, () -> register.addPerson(
                new PersonDetails("Cy Other " + unique, null, null, "not an address", null)));
        assertEquals("email", notAnAddress.getField());
        assertTrue(register.findPerson(added.getId()).isPresent());
    }

    @Test
    void aStaleFormIsRefusedWithWhatIsSavedNow() {
        Person added = register.addPerson(new PersonDetails("Dee Stale " + unique, null, null, null, null));
        long opened = register.getPerson(added.getId()).getVersion();
        register.editPerson(added.getId(), opened, new PersonDetails("Dee Stale " + unique, "Cllr", null, null, null));
        ConcurrentEditException conflict = assertThrows(ConcurrentEditException.class, () -> register.editPerson(
                added.getId(), opened, new PersonDetails("Dee Later " + unique, null, null, null, null)));
        assertEquals("Cllr", conflict.theirs(PersonDetails.class).title());
        assertEquals("Cllr Dee Stale " + unique, register.getPerson(added.getId()).getDisplayName());
    }

    @Test
    void anOrganisationInUseIsNotRemovedAndThePageIsToldWhy() {
        Organisation organisation = register.addOrganisation(new OrganisationDetails("Example Council " + unique, "EC" + unique, null));
        DomainException duplicate = assertThrows(DomainException.class, () -> register.addOrganisation(
                new OrganisationDetails("example council " + unique, null, null)));
        assertEquals("organisation.duplicate.name", duplicate.getMessageKey());
        register.addPerson(new PersonDetails("Eve Worker " + unique, null, null, null, organisation.getId()));

        DomainException inUse = assertThrows(DomainException.class, () -> register.removeOrganisation(organisation.getId()));
        assertEquals("organisation.inUse.people", inUse.getMessageKey());
        assertTrue(register.findOrganisation(organisation.getId()).isPresent());

        Organisation mistake = register.addOrganisation(new OrganisationDetails("Typo Council " + unique, null, null));
        register.removeOrganisation(mistake.getId());
        assertFalse(register.findOrganisation(mistake.getId()).isPresent());
    }

    @Test
    void aPersonNamedInTheRecordIsNotRemoved() {
        Person owner = register.findPerson(register.people().stream()
                .filter(p -> p.getFullName().equals("Emily Lynch")).findFirst().orElseThrow().getId()).orElseThrow();
        DomainException inUse = assertThrows(DomainException.class, () -> register.removePerson(owner.getId()));
        assertTrue(inUse.getMessageKey().startsWith("person.inUse."), inUse.getMessageKey());
        assertTrue(register.findPerson(owner.getId()).isPresent());
    }

    @Test
    void aSeatIsEndedNotDeletedAndTheSameRoleCannotOverlap() {
        Person member = register.addPerson(new PersonDetails("Fay Member " + unique, null, null, null, null));
        Membership seat = memberships.add(member.getId(), new MembershipDetails(null, MembershipRole.VICE_CHAIR,
                LocalDate.of(2019, 1, 1), null));
        DomainException overlap = assertThrows(DomainException.class, () -> memberships.add(member.getId(),
                new MembershipDetails(null, MembershipRole.VICE_CHAIR, LocalDate.of(2020, 1, 1), null)));
        assertEquals("membership.duplicate", overlap.getMessageKey());
        DomainException order = assertThrows(DomainException.class, () -> memberships.add(member.getId(),
                new MembershipDetails(null, MembershipRole.ADVISER, LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1))));
        assertEquals("membership.dates.order", order.getMessageKey());

        memberships.end(seat.getId(), seat.getVersion(), LocalDate.of(2019, 6, 30));
        Membership ended = memberships.get(seat.getId());
        assertEquals(LocalDate.of(2019, 6, 30), ended.getToDate());
        assertEquals(1, memberships.of(register.getPerson(member.getId())).size(), "still in the record");
        assertThrows(ConcurrentEditException.class, () -> memberships.end(seat.getId(), seat.getVersion(), null));
        DomainException removeMember = assertThrows(DomainException.class, () -> register.removePerson(member.getId()));
        assertEquals("person.inUse.memberships", removeMember.getMessageKey());
    }

    @Test
    void onlyAnAdminChangesTheBoardsDetailsAndANameIsRequired() {
        var board = boards.current();
        BoardDetails blankName = new BoardDetails(" ", board.getShortName(), board.getPurpose());
        assertThrows(NotFoundException.class, () -> boards.describe(board.getId(), board.getVersion(), blankName));
        ActingUser.actAs("admin", "Sarah Gadsden", Role.ADMIN);
        DomainException required = assertThrows(DomainException.class,
                () -> boards.describe(board.getId(), board.getVersion(), blankName));
        assertEquals("name", required.getField());
        assertEquals(board.getName(), boards.current().getName());
    }

    @Test
    void aSeatsOrganisationRoleAndDatesAreChangedWithTheVersionTheFormWasOpenedAtAndAudited() {
        Person member = register.addPerson(new PersonDetails("Gil Seated " + unique, null, null, null, null));
        Organisation council = register.addOrganisation(new OrganisationDetails("Seat Council " + unique, null, null));
        Membership seat = memberships.add(member.getId(), new MembershipDetails(null, MembershipRole.MEMBER,
                LocalDate.of(2019, 1, 1), null));
        long opened = seat.getVersion();
        memberships.change(seat.getId(), opened, new MembershipDetails(council.getId(), MembershipRole.VICE_CHAIR,
                LocalDate.of(2019, 4, 1), LocalDate.of(2021, 3, 31)));
        Membership changed = memberships.get(seat.getId());
        assertEquals(MembershipRole.VICE_CHAIR, changed.getRole());
        assertEquals(council, changed.getOrganisation());
        assertEquals(LocalDate.of(2019, 4, 1), changed.getFromDate());
        assertEquals(LocalDate.of(2021, 3, 31), changed.getToDate());
        List<AuditEntry> trail = audit.historyOf("Membership", seat.getId());
        assertTrue(trail.stream().anyMatch(e -> "role".equals(e.getField()) && "MEMBER".equals(e.getOldValue())
                && "VICE_CHAIR".equals(e.getNewValue())), "the role change is in the audit trail");
        assertTrue(trail.stream().anyMatch(e -> "toDate".equals(e.getField()) && "2021-03-31".equals(e.getNewValue())));

        ConcurrentEditException stale = assertThrows(ConcurrentEditException.class, () -> memberships.change(
                seat.getId(), opened, new MembershipDetails(null, MembershipRole.ADVISER, null, null)));
        assertEquals(MembershipRole.VICE_CHAIR, stale.theirs(MembershipDetails.class).role(), "their version is what is saved");
        assertEquals(MembershipRole.VICE_CHAIR, memberships.get(seat.getId()).getRole());

        long now = memberships.get(seat.getId()).getVersion();
        DomainException order = assertThrows(DomainException.class, () -> memberships.change(seat.getId(), now,
                new MembershipDetails(null, MembershipRole.VICE_CHAIR, LocalDate.of(2021, 1, 1), LocalDate.of(2020, 1, 1))));
        assertEquals("membership.dates.order", order.getMessageKey());
        assertEquals("toDate", order.getField());
        // Ended seats only: a current seat would add a member without an e-mail address to the shared demo
        // board, and the review tests that count the members mailed run after this class.
        Membership second = memberships.add(member.getId(), new MembershipDetails(null, MembershipRole.MEMBER,
                LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)));
        DomainException overlap = assertThrows(DomainException.class, () -> memberships.change(second.getId(),
                second.getVersion(), new MembershipDetails(null, MembershipRole.VICE_CHAIR, LocalDate.of(2021, 1, 1), null)));
        assertEquals("membership.duplicate", overlap.getMessageKey());
        assertEquals(MembershipRole.MEMBER, memberships.get(second.getId()).getRole(), "nothing is saved when refused");
    }

    @Test
    void onlyTheSecretariatOrAnAdminKeepsPeople() {
        ActingUser.actAs("member", "Kenny Richmond", Role.MEMBER);
        assertThrows(NotFoundException.class, () -> register.addPerson(
                new PersonDetails("Gus Intruder " + unique, null, null, null, null)));
    }
}
