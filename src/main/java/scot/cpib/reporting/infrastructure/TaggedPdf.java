package scot.cpib.reporting.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** A single tagged PDF document made from XHTML, with its title, language and "Page x of y" footer. */
public final class TaggedPdf {

    private TaggedPdf() {
    }

    public static void write(String title, String bodyXhtml, String footerName, OutputStream out) throws IOException {
        write(title, bodyXhtml, "", footerName, out);
    }

    /** As {@link #write(String, String, String, OutputStream)}, with style rules of the document's own. */
    public static void write(String title, String bodyXhtml, String extraStyle, String footerName, OutputStream out)
            throws IOException {
        write(title, bodyXhtml, extraStyle, "", footerName, out);
    }

    /** As above, with more head markup (for example the {@code <bookmarks>} of the outline). */
    public static void write(String title, String bodyXhtml, String extraStyle, String headExtra, String footerName,
                             OutputStream out) throws IOException {
        byte[] pdf = HtmlPdf.render(Xhtml.document(title, bodyXhtml, extraStyle, headExtra));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PdfFinishing.describe(document, title);
            PdfFinishing.stampPageNumbers(document, footerName);
            document.save(out);
        }
    }
}
