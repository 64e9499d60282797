package scot.cpib.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import scot.cpib.security.application.AccountAdmin;
import scot.cpib.security.domain.AppUser;
import scot.cpib.shared.web.PageMessages;

/** Every account, for an admin: user name, person, roles and status. */
@Named
@RequestScoped
public class AccountsPage {

    @Inject
    private AccountAdmin accounts;

    public List<AppUser> getAccounts() {
        return accounts.all();
    }

    public String roles(AppUser account) {
        return new TreeSet<>(account.getRoles()).stream().map(Enum::name)
                .map(r -> r.charAt(0) + r.substring(1).toLowerCase()).collect(Collectors.joining(", "));
    }

    public String status(AppUser account) {
        if (!account.isEnabled()) {
            return PageMessages.text("accounts.inactive");
        }
        return PageMessages.text(account.hasPassword() ? "accounts.active" : "accounts.noPassword");
    }
}
