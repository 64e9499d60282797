package scot.cpib.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.application.Owners;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.Membership;
import scot.cpib.board.domain.MembershipRole;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerGroup;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.shared.application.MailReceipt;
import scot.cpib.shared.application.Mailer;
import scot.cpib.shared.application.OutgoingMail;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.MailLogEntry;
import scot.cpib.shared.domain.MailStatus;

/** The demo board record as loaded by Flyway and the demo loader, read back through JPA. */
@ExtendWith(ArquillianExtension.class)
class BoardRecordIT {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Mailer mailer;

    @Inject
    private Owners owners;

    @Inject
    private UserTransaction tx;

    @Test
    void demoRecordHasTheThreeMeetingsOfThePack() {
        List<Meeting> meetings = em.createQuery("SELECT m FROM Meeting m WHERE m.board.shortName = 'CPIB' AND m.number < 100 ORDER BY m.number", Meeting.class).getResultList();
        assertEquals(List.of(14, 15, 16), meetings.stream().map(Meeting::getNumber).toList());
        Meeting february = meetings.get(2);
        assertEquals(LocalDate.of(2019, 2, 28), february.getDate());
        assertEquals(8, february.getAgenda().size());
        assertEquals("Minute & Matters Arising", february.getAgenda().get(1).getTitle());
    }

    @Test
    void novemberMinuteHasEveryAgreedActionWithOwnerAndMonth() {
        List<AgreedAction> actions = em.createQuery(
                "SELECT a FROM AgreedAction a WHERE a.meeting.number = 15 ORDER BY a.id", AgreedAction.class).getResultList();
        assertEquals(16, actions.size());
        assertTrue(actions.stream().allMatch(a -> a.getDue() != null && a.getDue().isMonthOnly()));
        assertTrue(actions.stream().noneMatch(a -> a.getOwnerLabel().isBlank()));
        AgreedAction engagement = actions.stream().filter(a -> a.getReference().equals("15/4iii/1")).findFirst().orElseThrow();
        assertEquals("Develop engagement strategy and incorporate within work programme", engagement.getDescription());
        assertEquals("IS", engagement.getOwnerLabel());
        assertEquals("February 2019", engagement.getDue().getLabel());
    }

    @Test
    void mailWithoutAnSmtpServerIsKeptInTheLogAsNotSent() {
        MailReceipt receipt = mailer.send(OutgoingMail.to("nobody@example.org", "Board record IT", "Text kept", "it-test"));
        assertEquals(MailStatus.NOT_CONFIGURED, receipt.status());
        MailLogEntry logged = mailer.log("it-test", 5).get(0);
        assertEquals(receipt.logId(), logged.getId());
        assertEquals("nobody@example.org", logged.getRecipients());
        assertEquals("Text kept", logged.getBody());
        assertEquals(MailStatus.NOT_CONFIGURED, logged.getStatus());
        assertTrue(logged.getDetail().contains("CPIB_MAIL_HOST"));
    }

    @Test
    void ownerIsFoundByItsKeyAndAnyOtherKeyFindsNobody() {
        OwnerRef is = owners.named("IS").orElseThrow();
        assertEquals(Optional.of(is), owners.find(is.getKey()));
        assertEquals(is, owners.get(" " + is.getKey() + " "));
        assertEquals(Optional.empty(), owners.find("person:987654321"));
        assertEquals(Optional.empty(), owners.find("chair"));
        assertEquals(Optional.empty(), owners.find("group:two"));
        DomainException unknown = assertThrows(DomainException.class, () -> owners.get("organisation:987654321"));
        assertEquals("owner.unknown", unknown.getMessageKey());
        assertEquals("owners", unknown.getField());
    }

    @Test
    void ownerIsFoundByNameAsWrittenWhateverTheCaseAndSpacing() {
        assertEquals("IS", owners.named("  improvement   SERVICE ").orElseThrow().getLabel());
        assertEquals("IS", owners.named("is").orElseThrow().getLabel());
        assertEquals("ACC Malcolm Graham", owners.named("acc  malcolm graham").orElseThrow().getLabel());
        assertEquals("ACC Malcolm Graham", owners.named("Malcolm\u00a0Graham").orElseThrow().getLabel());
        assertEquals("Workstream Leads", owners.named("\tworkstream LEADS ").orElseThrow().getLabel());
        assertEquals(Optional.empty(), owners.named("Nobody Here"));
        assertEquals(Optional.empty(), owners.named("  "));

        assertEquals(List.of("IS", "Emily Lynch", "CPIB members"), owners.allNamed(" IS / emily lynch;cpib  Members ", "owners")
                .stream().map(OwnerRef::getLabel).toList());
        DomainException unknown = assertThrows(DomainException.class, () -> owners.allNamed("IS/Nobody Here", "leads"));
        assertEquals("owner.unknown", unknown.getMessageKey());
        assertEquals("leads", unknown.getField());
        assertEquals(List.of("Nobody Here"), List.of(unknown.getArguments()));
    }

    @Test
    void ownersOfABoardOnADayLeaveOutPeopleWhoseMembershipHasEndedOrNotBegun() throws Exception {
        long stamp = System.nanoTime() % 1_000_000_000L;
        tx.begin();
        Board board = new Board("Owners test board " + stamp, "OT" + stamp);
        em.persist(board);
        Organisation serving = new Organisation("Serving Body " + stamp, "SB" + stamp);
        Organisation former = new Organisation("Former Body " + stamp, null);
        em.persist(serving);
        em.persist(former);
        Person current = new Person("Current Member " + stamp, serving);
        Person left = new Person("Former Member " + stamp, former);
        Person joining = new Person("Joining Member " + stamp, serving);
        em.persist(current);
        em.persist(left);
        em.persist(joining);
        OwnerGroup group = new OwnerGroup(board, "Whole board " + stamp);
        em.persist(group);
        seat(board, current, null, null);
        seat(board, left, null, LocalDate.of(2021, 12, 31));
        seat(board, joining, LocalDate.of(2024, 1, 1), null);
        tx.commit();
        em.getEntityManagerFactory().getCache().evictAll();

        assertEquals(List.of(OwnerRef.of(group), OwnerRef.of(serving), OwnerRef.of(current)),
                owners.of(em.find(Board.class, board.getId()), LocalDate.of(2023, 6, 1)));
        assertEquals(List.of("Whole board " + stamp, "Former Body " + stamp, "SB" + stamp, "Current Member " + stamp,
                        "Former Member " + stamp),
                owners.of(em.find(Board.class, board.getId()), LocalDate.of(2021, 12, 31)).stream().map(OwnerRef::getLabel).toList());
        assertEquals(OwnerRef.of(left), owners.named(" former member " + stamp).orElseThrow(),
                "a name is still found after the membership ends, for older minutes and the register");
    }

    /** A membership over the dates (the model has no way yet to end one, so the dates are written directly). */
    private void seat(Board board, Person person, LocalDate from, LocalDate to) {
        Membership membership = new Membership(board, person, person.getOrganisation(), MembershipRole.MEMBER);
        em.persist(membership);
        em.flush();
        for (String column : new String[] {"from_date", "to_date"}) {
            LocalDate day = column.equals("from_date") ? from : to;
            if (day != null) {
                em.createNativeQuery("UPDATE membership SET " + column + " = ? WHERE id = ?")
                        .setParameter(1, day).setParameter(2, membership.getId()).executeUpdate();
            }
        }
    }
}
