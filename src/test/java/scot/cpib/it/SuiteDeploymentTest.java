package scot.cpib.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SuiteDeploymentTest {

    @Test
    void inContainerTestsWithTheirInnerClassesAndHelpersGoIntoTheArchive() {
        assertTrue(belongs("scot/cpib/action/ActionUpdatesIT.class"));
        assertTrue(belongs("scot/cpib/action/ActionUpdatesIT$TestMeeting.class"));
        assertTrue(belongs("scot/cpib/it/container/ActingUser.class"));
        assertTrue(belongs("scot/cpib/reporting/PdfInspection$Bookmark.class"));
    }

    @Test
    void unitBrowserAndApiTestsAndTheTestSideMachineryStayOut() {
        assertFalse(belongs("scot/cpib/meeting/domain/MeetingTest.class"));
        assertFalse(belongs("scot/cpib/minutes/MinuteUiIT.class"));
        assertFalse(belongs("scot/cpib/api/ActionsApiIT$1.class"));
        assertFalse(belongs("scot/cpib/it/AppServer.class"));
        assertFalse(belongs("scot/cpib/it/SuiteDeployment.class"));
        assertFalse(belongs("scot/cpib/reporting/bench/PackBenchmark.class"));
    }

    private static boolean belongs(String path) {
        return SuiteDeployment.belongsInTheContainer(Path.of(path));
    }
}
