package scot.cpib.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import scot.cpib.board.application.Memberships;
import scot.cpib.board.domain.Membership;
import scot.cpib.security.application.AccountAdmin;
import scot.cpib.security.application.AccountSummary;

/**
 * What {@code person.xhtml} lists about its person, read once a request (a page reads its lists in
 * several phases and several times in each): their seats, and their accounts.
 */
@RequestScoped
public class PersonReads {

    @Inject
    private Memberships memberships;

    @Inject
    private AccountAdmin accounts;

    private Long person;
    private List<Membership> seats;
    private List<AccountSummary> accountsOf;

    public List<Membership> seatsOf(long id) {
        forgetUnless(id);
        if (seats == null) {
            seats = memberships.ofPerson(id);
        }
        return seats;
    }

    public List<AccountSummary> accountsOf(long id) {
        forgetUnless(id);
        if (accountsOf == null) {
            accountsOf = accounts.accountsOf(List.of(id)).getOrDefault(id, List.of());
        }
        return accountsOf;
    }

    /** Reads again on the next call: the seats have just been changed, or someone else changed them first. */
    public void forget() {
        seats = null;
        accountsOf = null;
    }

    private void forgetUnless(long id) {
        if (!Objects.equals(person, id)) {
            forget();
            person = id;
        }
    }
}
