package scot.cpib.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import scot.cpib.it.ApiClient;
import scot.cpib.it.AppServer;
import scot.cpib.it.BrowserSession;

/**
 * The account page: a member changes their password (a weak one is refused next to the field) and
 * makes, uses and revokes a personal API token. The password is changed on the demo account "ella",
 * which no other test signs in with.
 */
class AccountUiIT extends BrowserSession {

    private static final String NEW_PASSWORD = "lantern orchard ferry 42";

    @Test
    void aMemberChangesTheirPasswordAfterAWeakOneIsRefused() {
        browser.signIn("ella");
        browser.click(By.id("account"));
        browser.waitFor(By.id("password:currentPassword"));
        assertTrue(browser.title().startsWith("Your account"), browser.title());
        browser.assertAccessible();

        browser.type(By.id("password:currentPassword"), AppServer.DEMO_PASSWORD);
        browser.type(By.id("password:newPassword"), "qwerty123456");
        browser.type(By.id("password:repeatPassword"), "qwerty123456");
        browser.click(By.id("password:change"));
        browser.waitForText(By.id("password:newPasswordError"), "list of common passwords");
        assertTrue(browser.find(By.id("summary")).getText().contains("list of common passwords"));
        browser.assertAccessible();
        browser.screenshot("account-weak-password");

        browser.type(By.id("password:currentPassword"), AppServer.DEMO_PASSWORD);
        browser.type(By.id("password:newPassword"), NEW_PASSWORD);
        browser.type(By.id("password:repeatPassword"), NEW_PASSWORD);
        browser.click(By.id("password:change"));
        browser.waitForText(By.id("summary"), "Your password has been changed");
        browser.screenshot("account-password-changed");

        browser.signOut();
        browser.signIn("ella", NEW_PASSWORD);
        assertTrue(browser.bodyText().contains("Signed in as"));
    }

    @Test
    void aPersonalApiTokenWorksInsteadOfThePasswordUntilRevoked() {
        browser.signIn("member");
        browser.open("/account.xhtml");
        browser.click(By.id("tokens:create"));
        browser.waitForText(By.id("tokens:tokenNameError"), "Give the token a name");
        browser.type(By.id("tokens:tokenName"), "Spreadsheet refresh");
        browser.click(By.id("tokens:create"));
        String token = browser.find(By.id("newToken")).getText().strip();
        assertTrue(token.startsWith("cpib_") && token.length() > 40, token);
        assertTrue(browser.find(By.id("tokenList")).getText().contains("Spreadsheet refresh"));
        browser.assertAccessible();
        browser.screenshot("account-api-token");

        ApiClient api = new ApiClient(app);
        assertEquals(200, withToken(api, token).statusCode(), "the token signs the API call in");
        assertTrue(withToken(api, token).headers().allValues("Set-Cookie").isEmpty(), "and creates no session");

        browser.click(By.cssSelector("#tokenList input[value='Revoke']"));
        browser.waitForText(By.id("summary"), "The token is revoked");
        assertEquals(401, withToken(api, token).statusCode(), "a revoked token no longer works");
    }

    private static HttpResponse<String> withToken(ApiClient api, String token) {
        return api.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/actions"))).header("Authorization", "Bearer " + token));
    }

    @Test
    void aWrongCurrentPasswordIsExplainedNextToTheField() {
        browser.signIn("admin");
        browser.open("/account.xhtml");
        browser.type(By.id("password:currentPassword"), "not-my-password-at-all");
        browser.type(By.id("password:newPassword"), "quiet meadow river 9");
        browser.type(By.id("password:repeatPassword"), "quiet meadow river 9");
        browser.click(By.id("password:change"));
        browser.waitForText(By.id("password:currentPasswordError"), "The current password is not right");
        assertEquals("", browser.find(By.id("password:newPassword")).getAttribute("value"));
        browser.assertAccessible();
    }
}
