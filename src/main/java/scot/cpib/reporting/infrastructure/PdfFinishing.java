package scot.cpib.reporting.infrastructure;

import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/** The last touches on an assembled PDF: "Page x of y" on every page, title, language and tagging flags. */
public final class PdfFinishing {

    private static final float FONT_SIZE = 8f;
    private static final float BOTTOM = 18f;

    private PdfFinishing() {
    }

    /**
     * Writes "Page x of y" (and, on the left, the document's name) at the foot of every page, merged
     * papers included. The stamp is marked as an artifact so screen readers skip it, as PDF/UA asks
     * for page furniture.
     */
    public static void stampPageNumbers(PDDocument document, String footerName) throws IOException {
        PDType0Font font = PDType0Font.load(document, HtmlPdf.regularFont(), true);
        int total = document.getNumberOfPages();
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            PDRectangle box = page.getCropBox();
            String label = "Page " + number + " of " + total;
            float width = font.getStringWidth(label) / 1000f * FONT_SIZE;
            try (PDPageContentStream stream = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream.beginMarkedContent(COSName.ARTIFACT);
                stream.beginText();
                stream.setFont(font, FONT_SIZE);
                stream.setNonStrokingColor(0.2f, 0.2f, 0.2f);
                stream.newLineAtOffset(box.getLowerLeftX() + box.getWidth() - 50f - width, box.getLowerLeftY() + BOTTOM);
                stream.showText(label);
                stream.endText();
                if (footerName != null && !footerName.isBlank()) {
                    stream.beginText();
                    stream.setFont(font, FONT_SIZE);
                    stream.newLineAtOffset(box.getLowerLeftX() + 50f, box.getLowerLeftY() + BOTTOM);
                    stream.showText(footerName);
                    stream.endText();
                }
                stream.endMarkedContent();
            }
        }
    }

    /** Title shown by readers instead of the file name, British English, and the tagged-PDF flag. */
    public static void describe(PDDocument document, String title) {
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setCreator("CPIB Board Manager");
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage("en-GB");
        PDMarkInfo markInfo = catalog.getMarkInfo() == null ? new PDMarkInfo() : catalog.getMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        PDViewerPreferences preferences = catalog.getViewerPreferences() == null
                ? new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary()) : catalog.getViewerPreferences();
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
    }
}
