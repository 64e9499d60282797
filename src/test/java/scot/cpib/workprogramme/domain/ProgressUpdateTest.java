package scot.cpib.workprogramme.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.cpib.board.domain.Board;
import scot.cpib.shared.domain.DomainException;

class ProgressUpdateTest {

    private static final LocalDateTime AT = LocalDateTime.of(2019, 2, 21, 9, 0);

    private WorkProgramme programme;
    private Workstream data;
    private ReportingPeriod autumn;
    private ReportingPeriod winter;

    @BeforeEach
    void currentProgrammeWithTwoPeriods() {
        programme = new WorkProgramme(new Board("Community Planning Improvement Board", "CPIB"), 1, "OEPB Work Programme", null);
        data = programme.addWorkstream(1, "Data/Analysis/Profiles", null);
        programme.approve(null, LocalDate.of(2018, 1, 1));
        autumn = new ReportingPeriod(programme, "Year to November 2018", null, LocalDate.of(2018, 11, 28), null);
        winter = new ReportingPeriod(programme, "Quarter to February 2019", LocalDate.of(2018, 11, 29), LocalDate.of(2019, 2, 28), null);
    }

    private static UpdateContent content(Rag rag, String reason) {
        return new UpdateContent(rag, reason, "Launched the support portal", "Over 2000 visits", null, "Fill data gaps");
    }

    @Test
    void amberAndRedNeedAReasonNextToTheRagReasonField() {
        for (Rag rag : List.of(Rag.AMBER, Rag.RED)) {
            DomainException e = assertThrows(DomainException.class,
                    () -> ProgressUpdate.submit(data, autumn, content(rag, "  "), "Roger Halliday", AT));
            assertEquals("workprogramme.update.ragReason.required", e.getMessageKey());
            assertEquals("ragReason", e.getField());
        }
        assertTrue(data.getUpdates().isEmpty());
    }

    @Test
    void greenNeedsNoReasonAndAmberKeepsItsReason() {
        ProgressUpdate green = ProgressUpdate.submit(data, autumn, content(Rag.GREEN, null), "Roger Halliday", AT);
        assertNull(green.getRagReason());
        ProgressUpdate amber = ProgressUpdate.submit(data, winter, content(Rag.AMBER, " Data sharing agreement delayed "),
                "Roger Halliday", AT);
        assertEquals("Data sharing agreement delayed", amber.getRagReason());
        assertEquals("Over 2000 visits", amber.getDifferenceMade());
    }

    @Test
    void noUpdateProvidedIsARecordedStateNotABlank() {
        ProgressUpdate none = ProgressUpdate.noUpdateProvided(data, autumn, "Board secretariat", AT);
        assertEquals(Rag.NO_UPDATE, none.getRag());
        assertTrue(none.isNoUpdate());
        assertEquals(none, data.latestUpdate().orElseThrow());
    }

    @Test
    void noUpdateCannotBeSubmittedAsARating() {
        DomainException e = assertThrows(DomainException.class,
                () -> ProgressUpdate.submit(data, autumn, content(Rag.NO_UPDATE, null), "Roger Halliday", AT));
        assertEquals("rag", e.getField());
    }

    @Test
    void anUpdateSaysWhatWasAchieved() {
        UpdateContent empty = new UpdateContent(Rag.GREEN, null, " ", null, null, null);
        DomainException e = assertThrows(DomainException.class,
                () -> ProgressUpdate.submit(data, autumn, empty, "Roger Halliday", AT));
        assertEquals("workprogramme.update.achievements.required", e.getMessageKey());
        assertEquals("achievements", e.getField());
    }

    @Test
    void periodMustBelongToTheWorkstreamsProgramme() {
        WorkProgramme other = new WorkProgramme(programme.getBoard(), 9, "Another programme", null);
        ReportingPeriod foreign = new ReportingPeriod(other, "Elsewhere", null, LocalDate.of(2019, 1, 1), null);
        DomainException e = assertThrows(DomainException.class,
                () -> ProgressUpdate.submit(data, foreign, content(Rag.GREEN, null), "Roger Halliday", AT));
        assertEquals("workprogramme.update.period.otherProgramme", e.getMessageKey());
    }

    @Test
    void draftProgrammesTakeNoUpdates() {
        WorkProgramme next = programme.revise("Revised programme", null);
        Workstream carried = next.workstream(1).orElseThrow();
        ReportingPeriod period = new ReportingPeriod(next, "First quarter", null, LocalDate.of(2019, 3, 31), null);
        DomainException e = assertThrows(DomainException.class,
                () -> ProgressUpdate.submit(carried, period, content(Rag.GREEN, null), "Roger Halliday", AT));
        assertEquals("workprogramme.update.programme.draft", e.getMessageKey());
    }

    @Test
    void ragHistoryShowsTheLatestUpdatePerPeriodOldestPeriodFirst() {
        ProgressUpdate.submit(data, winter, content(Rag.AMBER, "Slipped"), "Roger Halliday", AT.plusDays(1));
        ProgressUpdate.noUpdateProvided(data, autumn, "Board secretariat", AT);
        ProgressUpdate.submit(data, winter, content(Rag.GREEN, null), "Roger Halliday", AT.plusDays(5));

        assertEquals(List.of(Rag.NO_UPDATE, Rag.GREEN), data.getRagHistory().stream().map(ProgressUpdate::getRag).toList());
        assertEquals(List.of(Rag.NO_UPDATE, Rag.AMBER, Rag.GREEN), data.getUpdates().stream().map(ProgressUpdate::getRag).toList());
        assertEquals(Rag.GREEN, data.latestUpdate().orElseThrow().getRag());
    }

    @Test
    void correctingANoUpdateAppliesTheSameRules() {
        ProgressUpdate none = ProgressUpdate.noUpdateProvided(data, autumn, "Board secretariat", AT);
        assertThrows(DomainException.class, () -> none.correct(content(Rag.RED, null), "Gerry McLaughlin", AT.plusDays(1)));
        none.correct(content(Rag.RED, "No analyst in post"), "Gerry McLaughlin", AT.plusDays(1));
        assertEquals(Rag.RED, none.getRag());
        assertEquals("Gerry McLaughlin", none.getSubmittedBy());
    }
}
