package scot.cpib.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.reporting.application.MattersArisingPaper;
import scot.cpib.shared.domain.PartialDate;

/**
 * The matters-arising table of the pack (issue 10 point 8): a reference such as 15/4iii/1 and a
 * status such as "In progress (overdue)" stay inside their own columns; no word of a row reaches
 * the column to its right, and none is broken inside its column ("Februa" / "ry 2019").
 */
class MattersArisingColumnsTest {

    private static final List<String> HEADINGS = List.of("Ref.", "Action", "Owner", "Due", "Status", "Latest");
    /** What a whole word of each column looks like (the action, owner and progress columns hold any words). */
    private static final List<Pattern> WHOLE_WORDS = Stream.of("\\d+/\\w+/\\d+", ".+", ".+",
            "\\d{1,2}|January|February|March|April|May|June|July|August|September|October|November|December|\\d{4}|Q[1-4]",
            "Open|In|progress|\\(overdue\\)", ".+").map(Pattern::compile).toList();

    /** A word as laid out on its page: where it starts and ends, its baseline, and whether it is in the bottom margin (the footer). */
    private record Word(int page, String text, float left, float right, float y, boolean inMargin) {
    }

    /** The bottom margin of the pack's pages (24 mm), where the running footer is. */
    private static final float MARGIN = 24 / 25.4f * 72;

    @Test
    void referencesAndStatusesStayInsideTheirColumns() throws IOException {
        BoardPackFixture board = new BoardPackFixture();
        List<AgreedAction> actions = new ArrayList<>(board.actions);
        AgendaItem engagement = board.actions.get(3).getAgendaItem();
        AgreedAction overdue = new AgreedAction(engagement, 2, "Agree the engagement plan's milestones with the workstream leads",
                List.of(OwnerRef.of(board.improvementService)), PartialDate.inMonth(YearMonth.of(2018, 12)), BoardPackFixture.AT);
        overdue.changeStatus(ActionStatus.IN_PROGRESS, LocalDate.of(2019, 1, 10));
        overdue.recordProgress("Milestones drafted; two leads still to reply", "Sarah Gadsden", LocalDate.of(2019, 1, 10),
                LocalDateTime.of(2019, 1, 10, 9, 0), null);
        actions.add(overdue);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MattersArisingPaper().pdf(board.sixteenth, actions, LocalDate.of(2019, 2, 28), out);

        List<Word> words = words(out.toByteArray());
        Word heading = words.stream().filter(w -> w.text().equals("Ref.")).findFirst().orElseThrow();
        List<Float> columns = HEADINGS.stream().map(h -> words.stream()
                .filter(w -> w.page() == heading.page() && w.text().equals(h) && Math.abs(w.y() - heading.y()) < 1)
                .findFirst().orElseThrow(() -> new AssertionError(h + " heading not found: " + words.stream()
                        .filter(w -> Math.abs(w.y() - heading.y()) < 30).toList())).left()).toList();
        List<String> rows = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (Word word : words) {
            if (word.page() != heading.page() || word.y() <= heading.y() + 1 || word.inMargin()) {
                continue;
            }
            int column = 0;
            while (column + 1 < columns.size() && columns.get(column + 1) <= word.left() + 0.5f) {
                column++;
            }
            if (column + 1 < columns.size() && word.right() > columns.get(column + 1) - 0.5f) {
                outside.add("\"" + word.text() + "\" at y " + word.y() + " in " + HEADINGS.get(column) + " ends at " + word.right()
                        + ", the next column starts at " + columns.get(column + 1));
            }
            if (!WHOLE_WORDS.get(column).matcher(word.text()).matches()) {
                broken.add("\"" + word.text() + "\" in " + HEADINGS.get(column));
            }
            rows.add(word.text());
        }
        String table = String.join(" ", rows);
        assertTrue(table.contains("15/4iii/2") && table.contains("(overdue)"), table);
        assertEquals(List.of(), outside, "words reaching the next column");
        assertEquals(List.of(), broken, "words broken inside a narrow column");
    }

    /** Every word of the document with its place: glyphs split at spaces and at gaps wider than 2 pt (a cell's edge). */
    private static List<Word> words(byte[] pdf) throws IOException {
        List<Word> words = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    StringBuilder word = new StringBuilder();
                    TextPosition first = null;
                    TextPosition last = null;
                    for (TextPosition glyph : positions) {
                        boolean space = glyph.getUnicode().isBlank();
                        boolean gap = last != null && glyph.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj()) > 2;
                        if ((space || gap) && first != null) {
                            words.add(new Word(getCurrentPageNo(), word.toString(), first.getXDirAdj(),
                                    last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj(),
                                    first.getYDirAdj() > first.getPageHeight() - MARGIN));
                            word.setLength(0);
                            first = null;
                        }
                        if (!space) {
                            first = first == null ? glyph : first;
                            word.append(glyph.getUnicode());
                        }
                        last = glyph;
                    }
                    if (first != null) {
                        words.add(new Word(getCurrentPageNo(), word.toString(), first.getXDirAdj(),
                                last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj(),
                                    first.getYDirAdj() > first.getPageHeight() - MARGIN));
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
        }
        return words;
    }
}
