package scot.cpib.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.minutes.domain.MinuteEntry;
import scot.cpib.minutes.domain.MinuteText;
import scot.cpib.reporting.application.MinuteDocxRenderer;
import scot.cpib.reporting.application.MinuteRenderer;

/**
 * The one minute-text rule in all three outputs: for the same text, the blocks the page prints (it
 * repeats over {@link MinuteText#blocks}), the PDF minute and the Word minute keep the same paragraphs
 * and list items in the same order.
 */
class MinuteTextOutputsTest {

    private static final String HEADING = "3. Work Programme";
    private static final String NEXT_HEADING = "4. OEPB Review";
    private static final Pattern NUMBERED = Pattern.compile("(\\d+)\\.\\s+(.*)");

    @ParameterizedTest
    @ValueSource(strings = {
        "The board considered the revised work programme\nand agreed the measures of success.",
        "The Board approved the minute. All matters picked up under Agenda except:\n"
                + "- 2.2iii OEPB Membership \u2013 Progress: Chair & Gerry to discuss further\n"
                + "- 2.5. Performance Management \u2013 Progress: Covered under Agenda item 5\n\nIt was agreed to proceed.",
        "The board agreed the next steps:\n1. Clarifying the purpose\n2. Linking to the communications strategy\n"
                + "The board also noted:\n* resourcing\n\u2022 timing",
        "First paragraph.\r\n\r\nSecond paragraph.\r\n3) Third step\r\n4) Fourth step\r\n- a bullet after a number",
        "1. Agree the plan\n2. Share the plan\nThen, separately:\n1. Review the plan",
    })
    void pagePdfAndWordKeepTheSameParagraphsAndListItems(String text) throws IOException {
        BoardPackFixture board = new BoardPackFixture();
        AgendaItem item = board.fifteenth.getAgendaInReadingOrder().stream()
                .filter(i -> i.getTitle().equals("Work Programme")).findFirst().orElseThrow();
        MinuteEntry entry = new MinuteEntry(item);
        entry.write(text, null, "secretariat", BoardPackFixture.AT);
        board.entries.add(entry);

        List<String> page = page(text);
        assertEquals(page, pdf(board), "PDF minute");
        assertEquals(page, docx(board), "Word minute");
    }

    /** What the page prints: one line per paragraph, "•" before a bullet, its number before a numbered item. */
    private static List<String> page(String text) {
        List<String> lines = new ArrayList<>();
        for (MinuteText.Block block : MinuteText.blocks(text)) {
            for (int i = 0; i < block.items().size(); i++) {
                String item = block.items().get(i);
                lines.add(switch (block.kind()) {
                    case PARAGRAPH -> item;
                    case BULLETED -> "\u2022 " + item;
                    case NUMBERED -> (block.start() + i) + ". " + item;
                });
            }
        }
        return lines;
    }

    /** The PDF's lines under the item: indented lines are list items, numbered ones start with their number. */
    private static List<String> pdf(BoardPackFixture board) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MinuteRenderer().pdf(board.previousMinute(), out);
        try (PDDocument minute = Loader.loadPDF(out.toByteArray())) {
            List<PdfInspection.Line> all = PdfInspection.lines(minute);
            int heading = all.stream().map(PdfInspection.Line::text).toList().indexOf(HEADING);
            float margin = all.get(heading).x();
            List<String> lines = new ArrayList<>();
            for (PdfInspection.Line line : all.subList(heading + 1, all.size())) {
                if (line.text().equals(NEXT_HEADING)) {
                    break;
                }
                Matcher numbered = NUMBERED.matcher(line.text());
                if (line.x() <= margin + 1) {
                    lines.add(line.text());
                } else if (numbered.matches()) {
                    lines.add(numbered.group(1) + ". " + numbered.group(2));
                } else {
                    lines.add("\u2022 " + line.text());
                }
            }
            return lines;
        }
    }

    /** The Word paragraphs under the item: list items by their numbering format, counting from the start override. */
    private static List<String> docx(BoardPackFixture board) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MinuteDocxRenderer().docx(board.previousMinute(), out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> lines = new ArrayList<>();
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            int at = paragraphs.stream().map(XWPFParagraph::getText).toList().indexOf(HEADING) + 1;
            BigInteger list = null;
            int number = 0;
            for (; !paragraphs.get(at).getText().equals(NEXT_HEADING); at++) {
                XWPFParagraph paragraph = paragraphs.get(at);
                BigInteger numId = paragraph.getNumID();
                if (numId == null) {
                    lines.add(paragraph.getText());
                } else if ("bullet".equals(paragraph.getNumFmt())) {
                    lines.add("\u2022 " + paragraph.getText());
                } else {
                    number = numId.equals(list) ? number + 1 : paragraph.getNumStartOverride().intValue();
                    lines.add(number + ". " + paragraph.getText());
                }
                list = numId;
            }
            return lines;
        }
    }
}
