package scot.cpib.workprogramme.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cpib.board.domain.Board;
import scot.cpib.workprogramme.domain.ProgressUpdate;
import scot.cpib.workprogramme.domain.Rag;
import scot.cpib.workprogramme.domain.ReportingPeriod;
import scot.cpib.workprogramme.domain.UpdateContent;
import scot.cpib.workprogramme.domain.WorkProgramme;
import scot.cpib.workprogramme.domain.Workstream;

class RagChartTest {

    private static final LocalDateTime AT = LocalDateTime.of(2019, 5, 20, 9, 0);

    @Test
    void oneColumnPerPeriodTallerForBetterStatusWithItsWordsAndATextAlternative() {
        WorkProgramme programme = new WorkProgramme(new Board("Community Planning Improvement Board", "CPIB"), 1, "OEPB Work Programme", null);
        Workstream measures = programme.addWorkstream(7, "Measures of Success", null);
        programme.approve(null, LocalDate.of(2018, 1, 1));
        ReportingPeriod year = new ReportingPeriod(programme, "Year to November 2018", null, LocalDate.of(2018, 11, 28), null);
        ReportingPeriod spring = new ReportingPeriod(programme, "Quarter to May 2019", null, LocalDate.of(2019, 5, 31), null);
        ReportingPeriod summer = new ReportingPeriod(programme, "Quarter to August 2019", null, LocalDate.of(2019, 8, 31), null);
        List<ProgressUpdate> history = List.of(
                ProgressUpdate.noUpdateProvided(measures, year, "Board secretariat", AT),
                ProgressUpdate.submit(measures, spring, new UpdateContent(Rag.AMBER, "Indicators not agreed", "Drafted", null, null, null), "Mark McAteer", AT),
                ProgressUpdate.submit(measures, summer, new UpdateContent(Rag.GREEN, null, "Agreed", null, null, null), "Mark McAteer", AT));

        RagChart chart = new RagChart(history);

        assertEquals(List.of("No update provided", "Amber", "Green"), chart.getColumns().stream().map(RagChart.Column::label).toList());
        assertTrue(chart.getColumns().get(2).height() > chart.getColumns().get(1).height());
        assertTrue(chart.getColumns().get(1).height() > chart.getColumns().get(0).height());
        assertTrue(chart.getColumns().get(0).height() > 0, "a period without a rating still has a visible stub");
        assertEquals("Status over time, one column per reporting period: Year to November 2018: No update provided; "
                + "Quarter to May 2019: Amber; Quarter to August 2019: Green", chart.getDescription());
        assertEquals(List.of("Green", "Amber", "Red"), chart.getGuides().stream().map(RagChart.Guide::label).toList());
        assertTrue(chart.getWidth() >= 3 * 170);
    }
}
