package scot.cpib.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;
import scot.cpib.it.BrowserSession;
import scot.cpib.it.MailCatcher;

/**
 * People and accounts without SQL (issue 11 point 1): an admin adds a person, gives them a seat on
 * the board and an account; the new member chooses a password through the first sign-in link
 * e-mailed to them (read from the test mail server) and signs in; the link then works no more. A
 * forgotten password is reset the same way, and the page answers the same for an unknown name. A
 * seat's role and dates are changed on the page: a bad date order is refused next to the field, and a
 * change saved meanwhile in another tab shows both versions and keeps what was chosen.
 */
class PeopleAndAccountsUiIT extends BrowserSession {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/set-password\\.xhtml\\?token=\\S+");
    private static final String PASSWORD = "harbour lantern pebble 7";

    @Test
    void anAdminCreatesAPersonAnAccountAndAMembershipAndTheNewMemberSignsInThroughTheFirstSignInLink() {
        String unique = Long.toString(System.nanoTime(), 36);
        String name = "Morag Newmember " + unique;
        String email = "morag." + unique + "@example.org";
        String username = "morag" + unique;

        browser.signIn("admin");
        browser.click(By.id("navAdminToggle"));
        browser.click(By.id("navPeople"));
        browser.waitFor(By.id("people"));
        browser.assertAccessible();
        browser.click(By.id("addPerson"));
        browser.type(By.id("person:fullName"), name);
        browser.type(By.id("person:jobTitle"), "Chief Executive");
        browser.type(By.id("person:email"), email);
        new Select(browser.find(By.id("person:organisation"))).selectByVisibleText("Improvement Service");
        browser.assertAccessible();
        browser.click(By.id("person:save"));
        browser.waitForText(By.tagName("h1"), "Person: " + name);

        new Select(browser.find(By.id("seat:role"))).selectByVisibleText("Member");
        new Select(browser.find(By.id("seat:organisation"))).selectByVisibleText("Improvement Service");
        browser.click(By.id("seat:addSeat"));
        browser.waitForText(By.id("seatList"), "Member");
        assertTrue(browser.find(By.id("seatList")).getText().contains("Current"), browser.find(By.id("seatList")).getText());
        browser.assertAccessible();
        browser.screenshot("admin-person");

        browser.click(By.id("createAccount"));
        browser.type(By.id("accountForm:username"), username);
        browser.assertAccessible();
        browser.click(By.id("accountForm:create"));
        browser.waitForText(By.id("summary"), "A link was e-mailed to " + email);
        assertEquals(username, browser.find(By.id("username")).getText());
        browser.assertAccessible();
        browser.screenshot("admin-account");

        List<MimeMessage> mail = MailCatcher.get().waitForMessagesTo(email, 1);
        assertEquals(1, mail.size(), "the first sign-in link is e-mailed");
        String link = linkIn(mail.get(0));
        assertTrue(!MailCatcher.text(mail.get(0)).contains("password:"), "no password is sent by mail");

        browser.signOut();
        browser.open(pathOf(link));
        browser.waitForText(By.id("intro"), username);
        browser.assertAccessible();
        browser.type(By.id("choose:newPassword"), PASSWORD);
        browser.type(By.id("choose:repeatPassword"), PASSWORD);
        browser.click(By.id("choose:save"));
        browser.waitForText(By.id("summary"), "Your password is saved");
        browser.signIn(username, PASSWORD);
        assertTrue(browser.find(By.className("site-header__user")).getText().contains(name));

        browser.signOut();
        browser.open(pathOf(link));
        assertTrue(browser.find(By.id("unusable")).getText().contains("cannot be used"), "the link works once");
    }

    @Test
    void aForgottenPasswordIsResetByAnEmailedLinkAndAnUnknownNameGetsTheSameAnswer() {
        String unique = Long.toString(System.nanoTime(), 36);
        String name = "Rhona Reset " + unique;
        String email = "rhona." + unique + "@example.org";
        String username = "rhona" + unique;
        browser.signIn("admin");
        browser.open("/admin/person.xhtml");
        browser.type(By.id("person:fullName"), name);
        browser.type(By.id("person:email"), email);
        browser.click(By.id("person:save"));
        browser.waitForText(By.tagName("h1"), name);
        browser.click(By.id("createAccount"));
        browser.type(By.id("accountForm:username"), username);
        browser.click(By.id("accountForm:create"));
        browser.waitForText(By.id("summary"), "A link was e-mailed");
        browser.signOut();
        browser.open(pathOf(linkIn(MailCatcher.get().waitForMessagesTo(email, 1).get(0))));
        browser.type(By.id("choose:newPassword"), PASSWORD);
        browser.type(By.id("choose:repeatPassword"), PASSWORD);
        browser.click(By.id("choose:save"));
        browser.waitForText(By.id("summary"), "Your password is saved");

        browser.open("/login.xhtml");
        browser.click(By.id("forgotten"));
        browser.type(By.id("forgotten:who"), "nobody-" + unique);
        browser.click(By.id("forgotten:send"));
        browser.waitForText(By.id("summary"), "If that is an account");
        String unknownAnswer = browser.find(By.id("summary")).getText();
        browser.assertAccessible();
        browser.type(By.id("forgotten:who"), email);
        browser.click(By.id("forgotten:send"));
        browser.waitForText(By.id("summary"), "If that is an account");
        assertEquals(unknownAnswer, browser.find(By.id("summary")).getText(), "the same answer either way");

        List<MimeMessage> mail = MailCatcher.get().waitForMessagesTo(email, 2);
        assertEquals(2, mail.size());
        browser.open(pathOf(linkIn(mail.get(1))));
        String newPassword = PASSWORD + " again";
        browser.type(By.id("choose:newPassword"), newPassword);
        browser.type(By.id("choose:repeatPassword"), newPassword);
        browser.click(By.id("choose:save"));
        browser.waitForText(By.id("summary"), "Your password is saved");
        browser.signIn(username, newPassword);
    }

    @Test
    void aSeatsRoleAndDatesAreChangedOnThePageWithFieldMessagesAndBothVersionsOnAConflict() {
        String name = "Seonaid Seat " + Long.toString(System.nanoTime(), 36);
        browser.signIn("admin");
        browser.open("/admin/person.xhtml");
        browser.type(By.id("person:fullName"), name);
        browser.click(By.id("person:save"));
        browser.waitForText(By.tagName("h1"), name);
        browser.click(By.id("seat:addSeat"));
        browser.waitForText(By.id("seatList"), "Member");
        String personPath = browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");

        browser.click(By.cssSelector("#seatList [id$=':0:change']"));
        browser.waitForText(By.id("seatHeading"), "Change the seat");
        assertEquals("MEMBER", browser.find(By.id("seat:role")).getAttribute("value"), "the form opens on the seat");
        new Select(browser.find(By.id("seat:role"))).selectByVisibleText("Vice-chair");
        setDate("seat:fromDate", "2020-04-01");
        setDate("seat:toDate", "2020-01-01");
        browser.click(By.id("seat:saveSeat"));
        browser.waitForText(By.id("seat:toDateError"), "The end date must be the same as or later than the start date");
        assertEquals("VICE_CHAIR", browser.find(By.id("seat:role")).getAttribute("value"), "what was chosen is kept");
        assertEquals("2020-04-01", browser.find(By.id("seat:fromDate")).getAttribute("value"));
        browser.assertAccessible();
        setDate("seat:toDate", "2022-03-31");

        String mine = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.open(personPath);
        browser.click(By.cssSelector("#seatList [id$=':0:change']"));
        browser.waitForText(By.id("seatHeading"), "Change the seat");
        new Select(browser.find(By.id("seat:role"))).selectByVisibleText("Adviser");
        browser.click(By.id("seat:saveSeat"));
        browser.waitForText(By.id("seatList"), "Adviser");
        browser.driver().close();
        browser.driver().switchTo().window(mine);

        browser.click(By.id("seat:saveSeat"));
        browser.waitFor(By.id("seatConflict"));
        assertTrue(browser.find(By.id("seatTheirs")).getText().contains("Adviser"), browser.find(By.id("seatTheirs")).getText());
        assertTrue(browser.find(By.id("seatYours")).getText().contains("Vice-chair"), browser.find(By.id("seatYours")).getText());
        assertTrue(browser.find(By.id("seatYours")).getText().contains("31 March 2022"), browser.find(By.id("seatYours")).getText());
        assertEquals("VICE_CHAIR", browser.find(By.id("seat:role")).getAttribute("value"));
        assertEquals("2022-03-31", browser.find(By.id("seat:toDate")).getAttribute("value"));
        browser.assertAccessible();
        browser.driver().executeScript("document.getElementById('seatConflict').scrollIntoView()");
        browser.screenshot("admin-seat-conflict");
        browser.driver().manage().window().setSize(new Dimension(390, 900));
        try {
            @SuppressWarnings("unchecked")
            List<Number> widths = (List<Number>) browser.driver().executeScript(
                    "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            assertTrue(widths.get(0).intValue() <= widths.get(1).intValue(), "the seat form fits 390 px: " + widths);
            browser.driver().executeScript("document.getElementById('seatConflict').scrollIntoView()");
            browser.screenshot("admin-seat-conflict-390");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 1000));
        }
        browser.click(By.id("seat:saveSeat"));
        browser.waitForText(By.id("summary"), "The seat is saved");
        String seats = browser.find(By.id("seatList")).getText();
        assertTrue(seats.contains("Vice-chair") && seats.contains("1 April 2020") && seats.contains("31 March 2022")
                && !seats.contains("Adviser"), seats);
    }

    private void setDate(String id, String isoDate) {
        browser.driver().executeScript("arguments[0].value = arguments[1];", browser.find(By.id(id)), isoDate);
    }

    private static String linkIn(MimeMessage message) {
        Matcher found = LINK.matcher(MailCatcher.text(message));
        assertTrue(found.find(), MailCatcher.text(message));
        return found.group();
    }

    private static String pathOf(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
