package scot.cpib.board.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.Membership;
import scot.cpib.board.domain.MembershipRole;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.it.container.ActingUser;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.minutes.application.ActionDraft;
import scot.cpib.minutes.application.ActionDrafting;
import scot.cpib.security.domain.Role;
import scot.cpib.shared.domain.DomainException;

/**
 * Owners as the minute writes them: people and organisations added on the spot with a duplicate check,
 * and a role ("Chair") resolved to its holder on the meeting's day. Meetings 1950–1959.
 */
@ExtendWith(ArquillianExtension.class)
class OwnersAsWrittenIT {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction tx;

    @Inject
    private NewOwners newOwners;

    @Inject
    private Owners owners;

    @Inject
    private Directory directory;

    @Inject
    private ActionDrafting drafting;

    @BeforeEach
    void secretariatActs() {
        ActingUser.actAs("secretariat", Role.SECRETARIAT);
    }

    @Test
    void anOrganisationAddedOnceIsRefusedAgainNamingTheOneThatExists() {
        Organisation added = newOwners.addOrganisation("  Convention of Quick Authorities 1950 ", "CQA1950");
        assertEquals("Convention of Quick Authorities 1950", added.getName());
        assertEquals("organisation:" + added.getId(), owners.named("cqa1950").orElseThrow().getKey());
        assertEquals(1L, audits("Organisation", added.getId()));

        DuplicateOwnerException again = assertThrows(DuplicateOwnerException.class,
                () -> newOwners.addOrganisation("cqa1950", null));
        assertEquals("quickAdd.duplicate.organisation", again.getMessageKey());
        assertEquals("name", again.getField());
        assertEquals(added.getId(), again.getExisting().organisation().getId());
        assertEquals("CQA1950", again.getArguments()[0]);

        DuplicateOwnerException byShortName = assertThrows(DuplicateOwnerException.class,
                () -> newOwners.addOrganisation("Another Body 1950", " CONVENTION of quick authorities  1950"));
        assertEquals("quickAdd.duplicate.organisation", byShortName.getMessageKey());

        DuplicateOwnerException person = assertThrows(DuplicateOwnerException.class,
                () -> newOwners.addPerson("CQA1950", null));
        assertEquals("quickAdd.duplicate.otherKind", person.getMessageKey());
    }

    @Test
    void aPersonIsAddedWithTheirOrganisationAndADuplicateNameIsRefused() {
        Organisation is = owners.named("Improvement Service").orElseThrow().organisation();
        Person added = newOwners.addPerson("Quinn Added 1950", is.getId());
        assertEquals("Improvement Service", em.find(Person.class, added.getId()).getOrganisation().getName());
        DuplicateOwnerException again = assertThrows(DuplicateOwnerException.class,
                () -> newOwners.addPerson("quinn  added 1950", null));
        assertEquals("quickAdd.duplicate.person", again.getMessageKey());
        assertEquals("Quinn Added 1950", again.getArguments()[0]);
        DomainException blank = assertThrows(DomainException.class, () -> newOwners.addOrganisation("  ", "X"));
        assertEquals("quickAdd.name.required", blank.getMessageKey());
        assertEquals("name", blank.getField());
    }

    @Test
    void onlyTheSecretariatAddsPeopleAndOrganisations() {
        ActingUser.actAs("member", Role.MEMBER);
        DomainException refused = assertThrows(DomainException.class, () -> newOwners.addOrganisation("Member Body 1950", null));
        assertEquals("quickAdd.notAllowed", refused.getMessageKey());
        assertEquals(true, owners.named("Member Body 1950").isEmpty());
    }

    @Test
    void chairResolvesToSteveGrimmondForA2018MeetingAndIsShownAsWritten() throws Exception {
        Board board = directory.board();
        List<OwnerRef> named = owners.allNamed("Chair/Gerry McLaughlin", "owners", board, LocalDate.of(2018, 11, 28));
        assertEquals(List.of("Chair (Steve Grimmond)", "Gerry McLaughlin"), named.stream().map(OwnerRef::getLabel).toList());
        assertEquals(MembershipRole.CHAIR, named.get(0).role());
        assertEquals("Steve Grimmond", named.get(0).person().getFullName());

        Meeting meeting = meeting(1950, LocalDate.of(2018, 10, 10));
        AgendaItem item = meeting.getAgenda().get(0);
        List<String> keys = named.stream().map(OwnerRef::getKey).toList();
        AgreedAction action = drafting.add(item.getId(), new ActionDraft("Discuss membership", keys, null, null));
        em.getEntityManagerFactory().getCache().evictAll();
        AgreedAction stored = em.find(AgreedAction.class, action.getId());
        assertEquals("Chair (Steve Grimmond)/Gerry McLaughlin", stored.getOwnerLabel());
        assertEquals(MembershipRole.CHAIR, stored.getOwners().get(0).getAsRole());

        List<OwnerRef> again = owners.allNamed(stored.getOwnerLabel(), "owners", board, LocalDate.of(2018, 10, 10));
        assertEquals(named, again, "the label as shown reads back as the same owners");
    }

    @Test
    void aRoleIsHeldByWhoeverHoldsItOnTheDayAndAVacantRoleIsRefusedAtTheField() throws Exception {
        Board board = directory.board();
        tx.begin();
        Person first = new Person("Vera Vice 1950", null);
        Person second = new Person("Victor Vice 1951", null);
        em.persist(first);
        em.persist(second);
        em.persist(new Membership(em.find(Board.class, board.getId()), first, null, MembershipRole.VICE_CHAIR,
                LocalDate.of(2036, 1, 1), LocalDate.of(2036, 6, 30)));
        em.persist(new Membership(em.find(Board.class, board.getId()), second, null, MembershipRole.VICE_CHAIR,
                LocalDate.of(2036, 7, 1), LocalDate.of(2036, 12, 31)));
        tx.commit();

        assertEquals("Vice-chair (Vera Vice 1950)",
                owners.allNamed("vice-chair", "owners", board, LocalDate.of(2036, 6, 30)).get(0).getLabel());
        assertEquals("Vice-chair (Victor Vice 1951)",
                owners.allNamed("Vice chair", "owners", board, LocalDate.of(2036, 7, 1)).get(0).getLabel());

        DomainException vacant = assertThrows(DomainException.class,
                () -> owners.allNamed("Vice-chair", "owners", board, LocalDate.of(2035, 12, 31)));
        assertEquals("owner.role.vacant", vacant.getMessageKey());
        assertEquals("owners", vacant.getField());
        assertEquals("31 December 2035", vacant.getArguments()[1]);

        DomainException unknown = assertThrows(DomainException.class,
                () -> owners.allNamed("Treasurer", "owners", board, LocalDate.of(2036, 7, 1)));
        assertEquals("owner.unknown", unknown.getMessageKey());
        assertEquals(true, owners.rolesOn(board, LocalDate.of(2036, 7, 1)).stream()
                .anyMatch(o -> o.getLabel().equals("Vice-chair (Victor Vice 1951)")));
    }

    private Meeting meeting(int number, LocalDate date) throws Exception {
        tx.begin();
        Meeting meeting = new Meeting(directory.board(), number, date, LocalTime.of(14, 0), LocalTime.of(16, 0));
        meeting.addItem("Membership");
        em.persist(meeting);
        tx.commit();
        return meeting;
    }

    private long audits(String type, Long id) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.entityType = :t AND e.entityId = :id"
                + " AND e.operation = 'created'", Long.class).setParameter("t", type).setParameter("id", id).getSingleResult();
    }
}
