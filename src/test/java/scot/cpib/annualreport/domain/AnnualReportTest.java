package scot.cpib.annualreport.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scot.cpib.board.domain.Board;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.Texts;

class AnnualReportTest {

    private static final LocalDateTime DRAFTED = LocalDateTime.of(2019, 3, 4, 10, 0);
    private static final LocalDateTime LATER = LocalDateTime.of(2019, 3, 11, 10, 0);

    private static AnnualReport report(Map<SectionKind, List<Figure>> figures) {
        return new AnnualReport(new Board("Community Planning Improvement Board", "CPIB"), "Annual report 2018/19",
                LocalDate.of(2018, 3, 1), LocalDate.of(2019, 2, 28), figures, "secretariat", DRAFTED);
    }

    private static ReportSection section(AnnualReport report, SectionKind kind) {
        return report.section(kind).orElseThrow();
    }

    @Test
    void draftHasOneSectionPerKindInReadingOrderWithItsFigures() {
        AnnualReport report = report(Map.of(SectionKind.MEETINGS, List.of(new Figure("Meetings held", "2"))));
        assertEquals(List.of(SectionKind.values()), report.getSections().stream().map(ReportSection::getKind).toList());
        assertEquals(List.of(new Figure("Meetings held", "2")), section(report, SectionKind.MEETINGS).getFigureList());
        assertEquals(List.of(), section(report, SectionKind.LEARNING).getFigureList());
        assertEquals(DRAFTED, section(report, SectionKind.MEETINGS).getFiguresTakenAt());
        assertEquals(ReportStatus.DRAFT, report.getStatus());
    }

    @Test
    void periodMustNotEndBeforeItStarts() {
        DomainException e = assertThrows(DomainException.class, () -> new AnnualReport(new Board("B", "B"), "Report",
                LocalDate.of(2019, 2, 28), LocalDate.of(2018, 3, 1), Map.of(), "secretariat", DRAFTED));
        assertEquals("report.period.order", e.getMessageKey());
        assertEquals("periodEnd", e.getField());
    }

    @Test
    void titleIsRequired() {
        DomainException e = assertThrows(DomainException.class, () -> new AnnualReport(new Board("B", "B"), "  ",
                LocalDate.of(2018, 3, 1), LocalDate.of(2019, 2, 28), Map.of(), "secretariat", DRAFTED));
        assertEquals("report.title.required", e.getMessageKey());
    }

    @Test
    void refreshInDraftChangesFiguresWithoutANote() {
        AnnualReport report = report(Map.of(SectionKind.ACTIONS, List.of(new Figure("Agreed", "21"))));
        List<ReportSection> changed = report.refresh(Map.of(SectionKind.ACTIONS, List.of(new Figure("Agreed", "22"))), LATER);
        ReportSection actions = section(report, SectionKind.ACTIONS);
        assertEquals(List.of(actions), changed);
        assertEquals("22", actions.getFigureList().get(0).value());
        assertEquals(LATER, actions.getFiguresTakenAt());
        assertFalse(actions.isChangedAfterReviewBegan());
        assertNull(actions.getFiguresChangedNote());
    }

    @Test
    void refreshAfterReviewBeganNotesWhichFiguresChanged() {
        AnnualReport report = report(Map.of(SectionKind.ACTIONS,
                List.of(new Figure("Agreed", "21"), new Figure("Completed", "1"), new Figure("Overdue", "5"))));
        report.beginReview(DRAFTED.plusDays(1));
        List<ReportSection> changed = report.refresh(Map.of(SectionKind.ACTIONS,
                List.of(new Figure("Agreed", "21"), new Figure("Completed", "2"), new Figure("Overdue at end", "4"))), LATER);
        ReportSection actions = section(report, SectionKind.ACTIONS);
        assertEquals(List.of(actions), changed);
        assertTrue(actions.isChangedAfterReviewBegan());
        assertEquals(LATER, actions.getFiguresChangedAt());
        assertEquals("Completed; Overdue at end; Overdue", actions.getFiguresChangedNote());
        assertFalse(section(report, SectionKind.MEETINGS).isChangedAfterReviewBegan(), "a section whose figures stayed has no note");
    }

    @Test
    void reviewBeginsOnlyFromDraft() {
        AnnualReport report = report(Map.of());
        report.beginReview(LATER);
        assertEquals(ReportStatus.IN_REVIEW, report.getStatus());
        assertEquals(LATER, report.getReviewStartedAt());
        assertEquals("report.review.notDraft", assertThrows(DomainException.class, () -> report.beginReview(LATER)).getMessageKey());
    }

    @Test
    void narrativeIsStrippedBlankClearsAndTooLongIsRefusedAtItsField() {
        ReportSection meetings = section(report(Map.of()), SectionKind.MEETINGS);
        meetings.writeNarrative("  The board met twice.  ", "secretariat", LATER);
        assertEquals("The board met twice.", meetings.getNarrative());
        assertEquals("secretariat", meetings.getNarrativeUpdatedBy());
        meetings.writeNarrative(" ", "secretariat", LATER);
        assertNull(meetings.getNarrative());
        DomainException e = assertThrows(DomainException.class,
                () -> meetings.writeNarrative("x".repeat(Texts.LONG_MAX + 1), "secretariat", LATER));
        assertEquals("report.narrative.tooLong", e.getMessageKey());
        assertEquals("narrative", e.getField());
    }

    @Test
    void figuresKeepOneLineEachThroughTheSnapshot() {
        List<Figure> figures = List.of(new Figure("15th meeting, item 5:\tPerformance", "The Board agreed\nthe principles."),
                new Figure("Meetings held", ""));
        String text = Figure.format(figures);
        assertEquals("15th meeting, item 5: Performance\tThe Board agreed the principles.\nMeetings held\t\n", text);
        assertEquals(figures, Figure.parse(text));
    }
}
