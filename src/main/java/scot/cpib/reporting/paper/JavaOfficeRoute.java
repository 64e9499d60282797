package scot.cpib.reporting.paper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import scot.cpib.reporting.infrastructure.HtmlPdf;
import scot.cpib.reporting.infrastructure.Xhtml;

/**
 * The pure-Java route, used where LibreOffice is not installed: the paper is read into XHTML (its
 * text, headings, lists and tables; a spreadsheet's sheets as tables; a presentation's slide texts)
 * and rendered with the house print style into a tagged PDF. The paper's own layout is not kept.
 */
final class JavaOfficeRoute {

    private static final String SHEET_STYLE = "@page { size: A4 landscape; } table.sheet { font-size: 7.5pt; }";

    private JavaOfficeRoute() {
    }

    static byte[] toPdf(OfficeFormat format, String title, byte[] data) throws UnreadablePaper {
        String body;
        try {
            body = switch (format) {
                case DOCX -> DocxXhtml.body(new ByteArrayInputStream(data));
                case XLSX -> SheetXhtml.body(new ByteArrayInputStream(data));
                case PPTX -> SlideXhtml.body(new ByteArrayInputStream(data));
                case ODT, ODS -> OdfXhtml.body(new ByteArrayInputStream(data));
                case TXT -> TextXhtml.body(data);
            };
        } catch (IOException | RuntimeException e) {
            throw new UnreadablePaper(UnreadablePaper.Reason.UNREADABLE, e.getMessage(), e);
        }
        if (body.isBlank()) {
            throw new UnreadablePaper(UnreadablePaper.Reason.NO_TEXT, "no text found", null);
        }
        boolean sheets = format == OfficeFormat.XLSX || format == OfficeFormat.ODS;
        return HtmlPdf.render(Xhtml.document(title, body, sheets ? SHEET_STYLE : ""));
    }
}
