package scot.cpib.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import scot.cpib.security.application.ApiTokens;
import scot.cpib.security.domain.ApiToken;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.PageMessages;

/** The API tokens part of the account page: make one (shown once), see and revoke one's own. */
@Named
@RequestScoped
public class ApiTokensPage {

    @Inject
    private ApiTokens apiTokens;

    @Inject
    private PageMessages messages;

    private String tokenName;
    private String newToken;
    private List<ApiToken> tokens;

    public String create() {
        try {
            newToken = apiTokens.create(tokenName);
        } catch (DomainException e) {
            messages.error(e, "tokens");
            return null;
        }
        tokenName = null;
        tokens = null;
        return null;
    }

    public String revoke(long id) {
        apiTokens.revoke(id);
        messages.info("token.revoked");
        return "/account?faces-redirect=true";
    }

    public List<ApiToken> getTokens() {
        if (tokens == null) {
            tokens = apiTokens.mine();
        }
        return tokens;
    }

    public String getNewToken() {
        return newToken;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }
}
