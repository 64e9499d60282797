package scot.cpib.reporting.paper;

import static scot.cpib.reporting.infrastructure.Xhtml.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * A PowerPoint (.pptx) paper as XHTML, read with POI: each slide under a heading with its number and
 * title, its text boxes as paragraphs or bulleted lists, its tables as tables. Pictures, charts and
 * the slides' look are left out: the pack carries the words.
 */
final class SlideXhtml {

    private SlideXhtml() {
    }

    static String body(InputStream in) throws IOException {
        StringBuilder html = new StringBuilder();
        try (XMLSlideShow show = new XMLSlideShow(in)) {
            int number = 0;
            for (XSLFSlide slide : show.getSlides()) {
                number++;
                String title = slide.getTitle();
                html.append("<h2>").append(text("Slide " + number + (title == null || title.isBlank() ? "" : ": " + title.strip())))
                        .append("</h2>");
                shapes(slide.getShapes(), title, html);
            }
        }
        return html.toString();
    }

    private static void shapes(List<XSLFShape> shapes, String title, StringBuilder html) {
        for (XSLFShape shape : shapes) {
            if (shape instanceof XSLFTextShape box) {
                textBox(box, title, html);
            } else if (shape instanceof XSLFTable table) {
                table(table, html);
            } else if (shape instanceof XSLFGroupShape group) {
                shapes(group.getShapes(), title, html);
            }
        }
    }

    private static void textBox(XSLFTextShape box, String title, StringBuilder html) {
        if (title != null && box.getText().strip().equals(title.strip())) {
            return;
        }
        boolean inList = false;
        for (XSLFTextParagraph paragraph : box.getTextParagraphs()) {
            String value = paragraph.getText();
            if (value == null || value.isBlank()) {
                continue;
            }
            String escaped = text(value.strip()).replace("\n", "<br/>").replace("\u000b", "<br/>");
            if (paragraph.isBullet()) {
                html.append(inList ? "" : "<ul>").append("<li>").append(escaped).append("</li>");
                inList = true;
            } else {
                html.append(inList ? "</ul>" : "").append("<p>").append(escaped).append("</p>");
                inList = false;
            }
        }
        if (inList) {
            html.append("</ul>");
        }
    }

    private static void table(XSLFTable table, StringBuilder html) {
        html.append("<table>");
        for (XSLFTableRow row : table.getRows()) {
            html.append("<tr>");
            for (XSLFTableCell cell : row.getCells()) {
                html.append("<td>").append(text(cell.getText())).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</table>");
    }
}
