package scot.cpib.admin.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import scot.cpib.board.application.Directory;
import scot.cpib.board.application.PeopleRegister;
import scot.cpib.board.domain.Membership;
import scot.cpib.board.domain.Person;
import scot.cpib.security.application.AccountAdmin;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.security.domain.AppUser;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.web.PageMessages;

/** Everyone the board record names, with their seat on the board today and their account. */
@Named
@RequestScoped
public class PeopleListPage {

    @Inject
    private PeopleRegister register;

    @Inject
    private Directory directory;

    @Inject
    private AccountAdmin accounts;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private BoardClock clock;

    private List<Person> people;
    private Map<Person, Membership> seats;

    @PostConstruct
    void load() {
        people = register.people();
        seats = directory.membersOn(directory.board(), clock.today()).stream()
                .collect(Collectors.toMap(Membership::getPerson, Function.identity(), (first, second) -> first));
    }

    public List<Person> getPeople() {
        return people;
    }

    /** "Member (IS)", or "Not on the board today". */
    public String seat(Person person) {
        Membership seat = seats.get(person);
        if (seat == null) {
            return PageMessages.text("people.none");
        }
        String role = PageMessages.text("membershipRole." + seat.getRole());
        return seat.getOrganisation() == null ? role : role + " (" + seat.getOrganisation().getLabel() + ")";
    }

    /** The account's user name (and status), or "No account". */
    public String account(Person person) {
        List<AppUser> found = accounts.of(person);
        if (found.isEmpty()) {
            return PageMessages.text("people.noAccount");
        }
        return found.stream().map(a -> a.isEnabled() ? a.getUsername()
                : a.getUsername() + " (" + PageMessages.text("accounts.inactive") + ")").collect(Collectors.joining(", "));
    }

    public boolean isAdmin() {
        return currentUser.isAdmin();
    }
}
