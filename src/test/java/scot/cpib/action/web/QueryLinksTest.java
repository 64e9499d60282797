package scot.cpib.action.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryLinksTest {

    @Test
    void emptyValuesAreLeftOutAndTheRestEncoded() {
        String link = new QueryLinks("/actions/index.xhtml").with("owner", "Workstream Leads").with("text", " ")
                .with("meeting", null).withAll("status", List.of("OPEN", "IN_PROGRESS")).toString();
        assertEquals("/actions/index.xhtml?owner=Workstream+Leads&status=OPEN&status=IN_PROGRESS", link);
    }

    @Test
    void replacingKeepsOtherParametersAndDropsTheOldValue() {
        QueryLinks links = new QueryLinks("/a").with("overdue", "true").with("page", 3).with("sort", "due");
        assertEquals("/a?overdue=true&sort=due&page=4", links.replacing("page", 4).toString());
        assertEquals("/a?overdue=true&sort=due", links.replacing("page", null).toString());
    }

    @Test
    void slashesInReferencesAreEncoded() {
        assertEquals("/v?ref=15%2F4ii%2F3", new QueryLinks("/v").with("ref", "15/4ii/3").toString());
    }
}
