package scot.cpib.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import scot.cpib.action.web.QueryLinks;
import scot.cpib.board.application.ListPage;
import scot.cpib.board.application.Memberships;
import scot.cpib.board.application.PeopleRegister;
import scot.cpib.board.application.PersonSummary;
import scot.cpib.board.domain.Membership;
import scot.cpib.security.application.AccountAdmin;
import scot.cpib.security.application.AccountSummary;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.web.PageMessages;

/**
 * Everyone the board record names, a page at a time and filtered by GET parameters ({@code text},
 * {@code page}, {@code size}), with their seat on the board today and their account: four statements
 * a page (the people and their count, the page's seats, the page's accounts).
 */
@Named
@RequestScoped
public class PeopleListPage {

    @Inject
    private FacesContext faces;

    @Inject
    private PeopleRegister register;

    @Inject
    private Memberships memberships;

    @Inject
    private AccountAdmin accounts;

    @Inject
    private BoardClock clock;

    private final RegisterPaging paging = new RegisterPaging();
    private ListPage<PersonSummary> result;
    private Map<Long, Membership> seats;
    private Map<Long, List<AccountSummary>> accountsOf;

    public ListPage<PersonSummary> getResult() {
        if (result == null) {
            result = paging.read(register::listPeople);
            List<Long> ids = result.items().stream().map(PersonSummary::id).toList();
            seats = memberships.seatsOn(ids, clock.today());
            accountsOf = accounts.accountsOf(ids);
        }
        return result;
    }

    /** "Member (IS)", or "Not on the board today". */
    public String seat(PersonSummary person) {
        getResult();
        Membership seat = seats.get(person.id());
        if (seat == null) {
            return PageMessages.text("people.none");
        }
        String role = PageMessages.text("membershipRole." + seat.getRole());
        return seat.getOrganisation() == null ? role : role + " (" + seat.getOrganisation().getLabel() + ")";
    }

    /** The account's user name (and status), or "No account". */
    public String account(PersonSummary person) {
        getResult();
        List<AccountSummary> found = accountsOf.getOrDefault(person.id(), List.of());
        if (found.isEmpty()) {
            return PageMessages.text("people.noAccount");
        }
        return found.stream().map(a -> a.enabled() ? a.username()
                : a.username() + " (" + PageMessages.text("accounts.inactive") + ")").collect(Collectors.joining(", "));
    }

    public String pageLink(int number) {
        return paging.link(new QueryLinks(faces.getExternalContext().getRequestContextPath() + "/admin/people.xhtml"), number);
    }

    public RegisterPaging getPaging() {
        return paging;
    }
}
