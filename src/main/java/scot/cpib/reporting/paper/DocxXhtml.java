package scot.cpib.reporting.paper;

import static scot.cpib.reporting.infrastructure.Xhtml.text;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word (.docx) paper as XHTML, read with POI: headings (by the Title and Heading n styles or the
 * paragraph's outline level), paragraphs with bold and italic, bulleted and numbered lists (nested by
 * level) and tables. Pictures, headers, footers and comments are left out.
 */
final class DocxXhtml {

    private static final Pattern HEADING = Pattern.compile("(?i)heading\\s*(\\d)");

    private final XWPFDocument document;
    private final StringBuilder html = new StringBuilder();
    /** The open lists, innermost last: "ul" or "ol". */
    private final Deque<String> lists = new ArrayDeque<>();

    private DocxXhtml(XWPFDocument document) {
        this.document = document;
    }

    static String body(InputStream in) throws IOException {
        try (XWPFDocument document = new XWPFDocument(in)) {
            DocxXhtml walker = new DocxXhtml(document);
            walker.elements(document.getBodyElements());
            return walker.html.toString();
        }
    }

    private void elements(List<IBodyElement> elements) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraph(paragraph);
            } else if (element instanceof XWPFTable table) {
                closeLists(0);
                table(table);
            } else if (element instanceof XWPFSDT sdt) {
                closeLists(0);
                String content = sdt.getContent().getText();
                if (!content.isBlank()) {
                    html.append("<p>").append(text(content)).append("</p>");
                }
            }
        }
        closeLists(0);
    }

    private void paragraph(XWPFParagraph paragraph) {
        String runs = runs(paragraph);
        if (paragraph.getNumID() != null && !runs.isBlank()) {
            listItem(paragraph, runs);
            return;
        }
        closeLists(0);
        if (runs.isBlank()) {
            return;
        }
        int level = headingLevel(paragraph);
        String tag = level > 0 ? "h" + level : "p";
        html.append('<').append(tag).append('>').append(runs).append("</").append(tag).append('>');
    }

    private void listItem(XWPFParagraph paragraph, String runs) {
        BigInteger ilvl = paragraph.getNumIlvl();
        int depth = (ilvl == null ? 0 : Math.min(ilvl.intValue(), 8)) + 1;
        String format = paragraph.getNumFmt();
        String type = format == null || "bullet".equals(format) || "none".equals(format) ? "ul" : "ol";
        if (lists.size() > depth) {
            closeLists(depth);
        }
        if (lists.size() == depth && !lists.peekLast().equals(type)) {
            closeLists(depth - 1);
        }
        while (lists.size() < depth) {
            if (!lists.isEmpty()) {
                html.append("<li>");
            }
            html.append('<').append(type).append('>');
            lists.addLast(type);
        }
        html.append("<li>").append(runs).append("</li>");
    }

    private void closeLists(int depth) {
        while (lists.size() > depth) {
            html.append("</").append(lists.removeLast()).append('>');
            if (!lists.isEmpty()) {
                html.append("</li>");
            }
        }
    }

    private int headingLevel(XWPFParagraph paragraph) {
        String styleId = paragraph.getStyleID();
        if (styleId != null) {
            XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(styleId);
            String name = style != null && style.getName() != null ? style.getName() : styleId;
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("title")) {
                return 1;
            }
            if (lower.equals("subtitle")) {
                return 2;
            }
            Matcher heading = HEADING.matcher(name);
            if (heading.find()) {
                return Math.min(Math.max(Integer.parseInt(heading.group(1)), 1), 6);
            }
        }
        var ppr = paragraph.getCTP().getPPr();
        if (ppr != null && ppr.isSetOutlineLvl()) {
            return Math.min(ppr.getOutlineLvl().getVal().intValue() + 1, 6);
        }
        return 0;
    }

    private static String runs(XWPFParagraph paragraph) {
        StringBuilder out = new StringBuilder();
        for (XWPFRun run : paragraph.getRuns()) {
            String value = run.text();
            if (value == null || value.isEmpty()) {
                continue;
            }
            String escaped = text(value).replace("\n", "<br/>").replace("\t", " ");
            if (run.isBold()) {
                escaped = "<b>" + escaped + "</b>";
            }
            if (run.isItalic()) {
                escaped = "<i>" + escaped + "</i>";
            }
            out.append(escaped);
        }
        if (out.isEmpty() && !paragraph.getText().isBlank()) {
            out.append(text(paragraph.getText()));
        }
        return out.toString();
    }

    private void table(XWPFTable table) {
        html.append("<table>");
        for (XWPFTableRow row : table.getRows()) {
            String cell = row.isRepeatHeader() ? "th" : "td";
            html.append("<tr>");
            for (XWPFTableCell tableCell : row.getTableCells()) {
                html.append('<').append(cell).append('>');
                DocxXhtml inner = new DocxXhtml(document);
                inner.elements(tableCell.getBodyElements());
                html.append(inner.html);
                html.append("</").append(cell).append('>');
            }
            html.append("</tr>");
        }
        html.append("</table>");
    }
}
