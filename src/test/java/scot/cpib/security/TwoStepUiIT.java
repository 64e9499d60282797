package scot.cpib.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import scot.cpib.it.ApiClient;
import scot.cpib.it.AppServer;
import scot.cpib.it.Browser;
import scot.cpib.it.BrowserSession;
import scot.cpib.security.domain.Totp;

/**
 * Two-step verification, end to end, on the demo account "clerk" (a second secretariat account no
 * other test signs in with): the board requires it, so clerk is held on the set-up page after signing
 * in; sets it up with a code computed here from the key shown; signs in with password and code, then
 * with a recovery code (which works once only); a wrong code is refused; the API refuses the password
 * alone; once the board no longer requires it, clerk turns it off with password and code. The admin
 * changes the setting in a second browser that signed in before the requirement.
 */
class TwoStepUiIT extends BrowserSession {

    private static final String CLERK = "clerk";

    private String secretShown;
    private List<String> codesShown;

    @Test
    void theBoardRequiresItAndAClerkSetsUpTwoStepVerificationAndSignsInWithCodesAndARecoveryCode() {
        Browser admin = Browser.another(app);
        try {
            admin.signIn("admin");
            setRequirement(admin, true);
            try {
                setUpWhenHeldOnTheSetUpPage();
                recoveryCodesShownOnce();
                browser.signOut();

                signInWithCode(Totp.code(secretShown, Totp.stepAt(Instant.now()) + 1), true);
                browser.signOut();
                signInWithCode(codesShown.get(0), true);
                browser.signOut();
                signInWithCode(codesShown.get(0), false);
                browser.screenshot("two-step-recovery-code-used");

                assertEquals(401, new ApiClient(app).get("/api/v1/actions", CLERK).statusCode(),
                        "the password alone does not open the API for an account with two-step verification");
                admin.open("/admin/audit.xhtml?type=SignIn&user=" + CLERK);
                admin.waitForText(By.tagName("main"), "with two-step verification (a recovery code; 9 left)");
                assertTrue(admin.bodyText().contains("Wrong or used two-step verification code"), admin.bodyText());
                assertTrue(admin.bodyText().contains("the API takes a personal token"), admin.bodyText());

                turnOffNotWhileRequired(codesShown.get(1));
            } finally {
                setRequirement(admin, false);
            }
            turnOffWithPasswordAndCode(codesShown.get(2));
        } finally {
            admin.close();
        }
    }

    private static void setRequirement(Browser admin, boolean required) {
        admin.open("/admin/sign-in.xhtml");
        WebElement box = admin.find(By.id("settings:twoStepRequired"));
        if (box.isSelected() != required) {
            admin.click(By.id("settings:twoStepRequired"));
        }
        admin.assertAccessible();
        admin.click(By.id("settings:save"));
        admin.waitForText(By.id("summary"), required ? "is now required" : "no longer required");
        admin.screenshot(required ? "sign-in-settings-required" : "sign-in-settings-not-required");
    }

    /** Signed in with the password alone, clerk is held on the set-up page, and sets it up there. */
    private void setUpWhenHeldOnTheSetUpPage() {
        browser.signIn(CLERK);
        browser.waitForUrl("/two-step.xhtml");
        browser.waitForText(By.id("requiredNotice"), "The board requires two-step verification");
        browser.open("/meetings/index.xhtml");
        browser.waitForUrl("/two-step.xhtml");
        browser.open("/account.xhtml");
        browser.waitForUrl("/two-step.xhtml");
        browser.assertAccessible();
        browser.screenshot("two-step-set-up");

        String secret = browser.find(By.id("secret")).getText().replace(" ", "");
        assertEquals(32, secret.length(), secret);
        assertTrue(browser.find(By.id("otpauth")).getAttribute("href")
                .startsWith("otpauth://totp/CPIB%20Board%20Manager:clerk?secret=" + secret + "&"));

        browser.type(By.id("setup:code"), wrongCodeBeside(secret));
        browser.click(By.id("setup:confirm"));
        browser.waitForText(By.id("setup:codeError"), "The code is not right");
        browser.assertAccessible();

        browser.type(By.id("setup:code"), Totp.code(secret, Totp.stepAt(Instant.now())));
        browser.click(By.id("setup:confirm"));
        secretShown = secret;
    }

    private void recoveryCodesShownOnce() {
        browser.waitForText(By.id("summary"), "Two-step verification is on");
        List<String> codes = browser.driver().findElements(By.cssSelector("#recoveryCodes code")).stream()
                .map(WebElement::getText).toList();
        assertEquals(10, codes.size(), codes.toString());
        assertTrue(codes.stream().allMatch(c -> c.matches("[a-z2-7]{5}-[a-z2-7]{5}")), codes.toString());
        browser.assertAccessible();
        browser.screenshot("two-step-recovery-codes");

        browser.open("/meetings/index.xhtml");
        browser.waitForUrl("/meetings/index.xhtml");
        browser.open("/two-step.xhtml");
        browser.waitForText(By.id("status"), "10 unused recovery codes");
        assertTrue(browser.driver().findElements(By.id("recoveryCodes")).isEmpty(), "shown once only");
        codesShown = codes;
    }

    /** Password, then the code page; with {@code accepted} the code signs in, otherwise the page says why. */
    private void signInWithCode(String code, boolean accepted) {
        if (browser.driver().findElements(By.id("codeForm:code")).isEmpty()) {
            browser.open("/login.xhtml");
            browser.type(By.id("login:username"), CLERK);
            browser.type(By.id("login:password"), AppServer.DEMO_PASSWORD);
            browser.click(By.id("login:submit"));
            browser.waitForUrl("/login-code.xhtml");
            browser.waitFor(By.id("codeForm:code"));
            browser.assertAccessible();
            browser.screenshot("two-step-code-page");
            assertTrue(browser.driver().findElements(By.id("signOutForm:signOut")).isEmpty(), "not signed in yet");
            browser.type(By.id("codeForm:code"), wrongCodeBeside(secretShown));
            browser.click(By.id("codeForm:verify"));
            awaitCodeRefused();
            browser.assertAccessible();
        }
        browser.type(By.id("codeForm:code"), code);
        browser.click(By.id("codeForm:verify"));
        if (accepted) {
            browser.waitFor(By.id("signOutForm:signOut"));
        } else {
            awaitCodeRefused();
        }
    }

    /** The code page again, its field emptied, the reason beside it, and nobody signed in. */
    private static void awaitCodeRefused() {
        browser.waiting().until(driver -> {
            try {
                return driver.findElement(By.id("codeForm:code")).getAttribute("value").isEmpty();
            } catch (NoSuchElementException | StaleElementReferenceException loading) {
                return false;
            }
        });
        browser.waitForText(By.id("codeForm:codeError"), "not right or has already been used");
        assertTrue(browser.driver().findElements(By.id("signOutForm:signOut")).isEmpty(), "not signed in");
    }

    /** On the code page still: signs in with another recovery code, and cannot turn it off while required. */
    private void turnOffNotWhileRequired(String recoveryCode) {
        signInWithCode(recoveryCode, true);
        browser.open("/two-step.xhtml");
        browser.type(By.id("off:offPassword"), AppServer.DEMO_PASSWORD);
        browser.type(By.id("off:offCode"), recoveryCode);
        browser.click(By.id("off:turnOff"));
        browser.waitForText(By.id("off:offCodeError"), "The board requires two-step verification");
    }

    /** Once the board no longer requires it: the password and a code turn it off; then the password alone signs in. */
    private void turnOffWithPasswordAndCode(String recoveryCode) {
        browser.open("/two-step.xhtml");
        browser.type(By.id("off:offPassword"), "not the password at all");
        browser.type(By.id("off:offCode"), recoveryCode);
        browser.click(By.id("off:turnOff"));
        browser.waitForText(By.id("off:offPasswordError"), "The current password is not right");
        browser.assertAccessible();
        browser.type(By.id("off:offPassword"), AppServer.DEMO_PASSWORD);
        browser.type(By.id("off:offCode"), recoveryCode);
        browser.click(By.id("off:turnOff"));
        browser.waitForText(By.id("summary"), "Two-step verification is off");
        browser.waitForText(By.id("twoStepStatus"), "Two-step verification is off");
        browser.signOut();
        browser.signIn(CLERK);
    }

    /** A six-digit code that is none of the codes accepted around now. */
    private static String wrongCodeBeside(String secret) {
        long step = Totp.stepAt(Instant.now());
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            boolean acceptedSomewhere = false;
            for (long s = step - 2; s <= step + 2; s++) {
                acceptedSomewhere |= Totp.code(secret, s).equals(code);
            }
            if (!acceptedSomewhere) {
                return code;
            }
        }
    }
}
