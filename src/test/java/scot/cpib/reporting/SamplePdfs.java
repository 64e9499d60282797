package scot.cpib.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Uploaded papers for tests and the benchmark: plain PDFs of text pages, as a word processor would export them. */
public final class SamplePdfs {

    private SamplePdfs() {
    }

    public static byte[] textPdf(String title, int pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(title, pages, out);
        return out.toByteArray();
    }

    public static void write(String title, int pages, OutputStream out) {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int n = 1; n <= pages; n++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(font, 14);
                    text.newLineAtOffset(60, 780);
                    text.showText(title + " - sheet " + n);
                    text.setFont(font, 10);
                    for (int line = 0; line < 40; line++) {
                        text.newLineAtOffset(0, -16);
                        text.showText("Line " + (line + 1) + " of the paper: the board is asked to note the contents of this report.");
                    }
                    text.endText();
                }
            }
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
