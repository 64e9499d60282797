package scot.cpib.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.admin.web.AuditPage;
import scot.cpib.admin.web.OrganisationsPage;
import scot.cpib.admin.web.PeopleListPage;
import scot.cpib.admin.web.PersonReads;
import scot.cpib.board.application.Directory;
import scot.cpib.board.application.GroupMembers;
import scot.cpib.board.application.ListPage;
import scot.cpib.board.application.OwnerGroups;
import scot.cpib.board.application.PeopleRegister;
import scot.cpib.board.application.PersonSummary;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.Membership;
import scot.cpib.board.domain.MembershipRole;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerGroup;
import scot.cpib.board.domain.Person;
import scot.cpib.it.container.ActingUser;
import scot.cpib.it.container.StatementCounter;
import scot.cpib.security.domain.AppUser;
import scot.cpib.security.domain.Role;
import scot.cpib.shared.domain.AuditEntry;

/**
 * Issue 13 on the admin pages: people, organisations, the owner groups, a person and the audit trail
 * cost a fixed number of SQL statements however many rows they show. Each test adds more rows than the
 * bound (people with organisations, seats and accounts; groups full of members; a person with many
 * seats), reads as the page does, as the secretariat and outside a transaction, and counts the
 * statements with EclipseLink's session events; a query per row would break every bound.
 */
@ExtendWith(ArquillianExtension.class)
class AdminPageStatementsIT {

    /** More rows than the bound of about 10 statements a page. */
    private static final int ROWS = 30;

    /** The tokens in the names of what each test added, for {@link #removeWhatTheTestAdded()}. */
    private final List<String> tokens = new ArrayList<>();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction tx;

    @Inject
    private Directory directory;

    @Inject
    private PeopleListPage peopleList;

    @Inject
    private OrganisationsPage organisationsPage;

    @Inject
    private OwnerGroups groups;

    @Inject
    private PeopleRegister register;

    @Inject
    private PersonReads personReads;

    @Inject
    private AuditPage auditPage;

    private String traced = "";

    @BeforeEach
    void actAsTheSecretariat() {
        ActingUser.actAs("secretariat", Role.SECRETARIAT);
    }

    @Test
    void aPageOfPeopleWithTheirOrganisationsSeatsAndAccountsIsFourStatements() throws Exception {
        String token = addPeople(true, false);
        peopleList.getPaging().setText(token);
        List<String> cells = new ArrayList<>();
        int statements = count(() -> {
            ListPage<PersonSummary> page = peopleList.getResult();
            for (PersonSummary person : page.items()) {
                cells.add(person.displayName() + person.organisationLabel() + person.jobTitle()
                        + peopleList.seat(person) + peopleList.account(person));
            }
            return page;
        });
        assertEquals(25, cells.size(), "the first page of " + ROWS + " people");
        assertEquals(ROWS, peopleList.getResult().total());
        assertTrue(cells.stream().allMatch(cell -> cell.contains("Member (") && cell.contains(token.toLowerCase())),
                "each row shows the seat and the account: " + cells.get(0));
        assertTrue(statements <= 4, statements + " statements for a page of 25 people:\n" + traced);
    }

    @Test
    void aPageOfOrganisationsIsTwoStatements() throws Exception {
        String token = addPeople(false, false);
        organisationsPage.getPaging().setText(token);
        organisationsPage.getPaging().setSize("50");
        int statements = count(() -> organisationsPage.getResult().items().stream().map(Organisation::getLabel).toList());
        assertEquals(ROWS, organisationsPage.getResult().items().size());
        assertTrue(statements <= 2, statements + " statements for " + ROWS + " organisations:\n" + traced);
    }

    @Test
    void theBoardsGroupsWithAllTheirMembersAreTwoStatements() throws Exception {
        String token = addPeople(false, true);
        List<GroupMembers>[] read = new List[1];
        int statements = count(() -> {
            read[0] = groups.ofBoard();
            read[0].forEach(group -> group.members().forEach(PersonSummary::displayName));
            return read[0];
        });
        List<GroupMembers> ours = read[0].stream().filter(group -> group.name().contains(token)).toList();
        assertEquals(3, ours.size(), "the three groups added");
        ours.forEach(group -> assertEquals(ROWS, group.members().size(), group.name()));
        assertTrue(statements <= 2, statements + " statements for " + read[0].size() + " groups:\n" + traced);

        int finding = count(() -> register.findPeople(token, 11));
        assertEquals(1, finding, "the people a typed name matches are one statement");
        assertEquals(11, register.findPeople(token, 11).size());
    }

    @Test
    void aPersonWithManySeatsAndAnAccountIsAFewStatements() throws Exception {
        String token = Long.toString(System.nanoTime(), 36);
        tokens.add(token);
        long id = inTransaction(() -> {
            Board board = directory.board();
            Person person = Person.named("Seated Person " + token, null, null, null, null);
            em.persist(person);
            for (int i = 0; i < ROWS; i++) {
                Organisation organisation = new Organisation("Seat Body " + token + " " + i, null);
                em.persist(organisation);
                em.persist(new Membership(board, person, organisation, MembershipRole.MEMBER,
                        LocalDate.of(2000 + i % 20, 1, 1), LocalDate.of(2000 + i % 20, 12, 31)));
            }
            em.persist(new AppUser("seated" + token, AppUser.NO_PASSWORD, person, Set.of(Role.MEMBER)));
            em.flush();
            return person.getId();
        });
        int[] seats = new int[1];
        int statements = count(() -> {
            Person person = register.findPerson(id).orElseThrow();
            person.getDisplayName();
            register.organisations().size();
            for (int render = 0; render < 3; render++) {
                seats[0] = 0;
                for (Membership seat : personReads.seatsOf(id)) {
                    seat.getOrganisation().getLabel();
                    seat.getRole();
                    seats[0]++;
                }
                personReads.accountsOf(id).forEach(account -> account.username());
            }
            return null;
        });
        assertEquals(ROWS, seats[0]);
        assertTrue(statements <= 6, statements + " statements for a person of " + ROWS + " seats:\n" + traced);
    }

    @Test
    void aPageOfTheAuditTrailIsFiveStatements() throws Exception {
        String token = Long.toString(System.nanoTime(), 36);
        tokens.add(token);
        inTransaction(() -> {
            for (int i = 0; i < 60; i++) {
                em.persist(new AuditEntry(java.time.LocalDateTime.now(), "auditor" + token, "Person", (long) i,
                        "updated", "fullName", "a", "b", "Statement count " + token));
            }
            return null;
        });
        auditPage.setText(token);
        int statements = count(() -> {
            auditPage.getResult().items().forEach(entry -> auditPage.typeLabel(entry.getEntityType()));
            auditPage.getTypeOptions();
            auditPage.getUserOptions();
            return null;
        });
        assertEquals(50, auditPage.getResult().items().size());
        assertEquals(60, auditPage.getResult().total());
        assertTrue(statements <= 5, statements + " statements for a page of the audit trail:\n" + traced);
    }

    /**
     * Adds {@value #ROWS} people, each of their own organisation, with a current seat on the board and an
     * account; with groups, three groups of the board with all of them in each. Returns the token their
     * names share.
     */
    private String addPeople(boolean seatsAndAccounts, boolean inGroups) throws Exception {
        String token = "Zq" + Long.toString(System.nanoTime(), 36);
        tokens.add(token);
        inTransaction(() -> {
            Board board = directory.board();
            List<Person> people = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                Organisation organisation = new Organisation("Body " + token + " " + i, "B" + i + token);
                em.persist(organisation);
                Person person = Person.named(String.format("Person %s %02d", token, i), "Dr", "Officer", null, organisation);
                em.persist(person);
                people.add(person);
                if (seatsAndAccounts) {
                    em.persist(new Membership(board, person, organisation, MembershipRole.MEMBER, LocalDate.of(2000, 1, 1), null));
                    em.persist(new AppUser(token.toLowerCase() + i, AppUser.NO_PASSWORD, person, Set.of(Role.MEMBER)));
                }
            }
            if (inGroups) {
                for (int g = 0; g < 3; g++) {
                    OwnerGroup group = new OwnerGroup(board, "Group " + token + " " + g);
                    people.forEach(group::add);
                    em.persist(group);
                }
            }
            return null;
        });
        return token;
    }

    /**
     * Takes out the people, seats, accounts, organisations, groups and audit entries the test added: the
     * suite shares one database, and the tests that mail every member count the board's current seats.
     */
    @AfterEach
    void removeWhatTheTestAdded() throws Exception {
        for (String token : tokens) {
            String like = "%" + token + "%";
            inTransaction(() -> {
                em.createQuery("SELECT g FROM OwnerGroup g WHERE g.name LIKE :t", OwnerGroup.class).setParameter("t", like)
                        .getResultList().forEach(em::remove);
                em.createQuery("SELECT u FROM AppUser u WHERE u.person.fullName LIKE :t", AppUser.class).setParameter("t", like)
                        .getResultList().forEach(em::remove);
                em.flush();
                em.createQuery("SELECT m FROM Membership m WHERE m.person.fullName LIKE :t", Membership.class).setParameter("t", like)
                        .getResultList().forEach(em::remove);
                em.flush();
                em.createQuery("SELECT p FROM Person p WHERE p.fullName LIKE :t", Person.class).setParameter("t", like)
                        .getResultList().forEach(em::remove);
                em.flush();
                em.createQuery("SELECT o FROM Organisation o WHERE o.name LIKE :t", Organisation.class).setParameter("t", like)
                        .getResultList().forEach(em::remove);
                em.createQuery("DELETE FROM AuditEntry e WHERE e.username LIKE :t").setParameter("t", like).executeUpdate();
                return null;
            });
        }
        tokens.clear();
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        tx.begin();
        try {
            T result = work.call();
            tx.commit();
            return result;
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }
    }

    private int count(Callable<?> reads) throws Exception {
        StatementCounter.Counted counted = StatementCounter.counted(getClass(), em, reads);
        assertTrue(counted.count() > 0, "the counter saw the queries");
        traced = counted.statements();
        return counted.count();
    }
}
