package scot.cpib.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import scot.cpib.it.BrowserSession;

/**
 * The owner groups page adds a person by their typed name (one match is added, several are offered to
 * choose from, none is said), and the people list is found by a filter and paged.
 */
class GroupsAndRegisterListsUiIT extends BrowserSession {

    @Test
    void aPersonIsAddedToAGroupByTypingTheirNameChosenAmongSeveralAndTakenOutAgain() {
        String unique = Long.toString(System.nanoTime(), 36);
        String group = "Group " + unique;
        browser.signIn("secretariat");
        for (String first : new String[]{"Gail", "Gordon"}) {
            browser.open("/admin/person.xhtml");
            browser.type(By.id("person:fullName"), first + " Grouper" + unique);
            browser.click(By.id("person:save"));
            browser.waitForText(By.tagName("h1"), first + " Grouper" + unique);
        }
        browser.open("/admin/groups.xhtml");
        browser.type(By.id("newGroup:name"), group);
        browser.click(By.id("newGroup:addGroup"));
        browser.waitForText(By.id("summary"), "Added the group " + group);
        By form = By.xpath("//section[h2[normalize-space()='" + group + "']]");
        By person = By.xpath("//section[h2[normalize-space()='" + group + "']]//input[contains(@id, ':person')]");
        By add = By.xpath("//section[h2[normalize-space()='" + group + "']]//input[contains(@id, ':addMember')]");

        browser.type(person, "nobody" + unique);
        browser.click(add);
        browser.waitForText(By.id("summary"), "Nobody in the register has a name containing");

        browser.type(person, "grouper" + unique);
        browser.click(add);
        browser.waitForText(By.id("summary"), "Several people have a name containing");
        browser.assertAccessible();
        browser.click(By.xpath("//section[h2[normalize-space()='" + group + "']]//input[@value='Add Gordon Grouper" + unique + "']"));
        browser.waitForText(By.id("summary"), "Gordon Grouper" + unique + " is now in " + group);
        assertTrue(browser.find(form).getText().contains("Gordon Grouper" + unique));
        assertFalse(browser.find(form).getText().contains("Gail Grouper" + unique));

        browser.type(person, "Gail Grouper" + unique);
        browser.click(add);
        browser.waitForText(By.id("summary"), "Gail Grouper" + unique + " is now in " + group);

        browser.click(By.xpath("//input[@aria-label='Take Gordon Grouper" + unique + " out of " + group + "']"));
        browser.waitForText(By.id("summary"), "Gordon Grouper" + unique + " is no longer in " + group);
        assertFalse(browser.find(form).getText().contains("Gordon Grouper" + unique));
        assertTrue(browser.find(form).getText().contains("Gail Grouper" + unique));
    }

    @Test
    void thePeopleListIsFoundByPartOfANameAndPagedWithPreviousAndNextLinks() {
        browser.signIn("secretariat");
        browser.open("/admin/people.xhtml");
        browser.waitFor(By.id("people"));
        assertTrue(browser.find(By.id("count")).getText().startsWith("Showing 1–"), browser.find(By.id("count")).getText());
        browser.type(By.id("text"), "richmond");
        browser.click(By.id("applyFilters"));
        browser.waitForText(By.id("count"), "Showing 1–1 of 1");
        assertEquals("Kenny Richmond", browser.find(By.cssSelector("#people tbody th")).getText());
        browser.assertAccessible();

        browser.open("/admin/people.xhtml?size=25&page=2");
        String count = browser.find(By.id("count")).getText();
        if (browser.driver().findElements(By.id("previousPage")).isEmpty()) {
            assertTrue(count.startsWith("Showing 1–"), "fewer than 26 people: the first page instead, " + count);
        } else {
            assertTrue(count.startsWith("Showing 26–"), count);
            browser.click(By.id("previousPage"));
            browser.waitForText(By.id("count"), "Showing 1–25 of");
        }
    }
}
