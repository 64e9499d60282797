package scot.cpib.reporting.infrastructure;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;

/**
 * Renders XHTML to a tagged PDF (PDF/UA structure, PDF/A-3u) with DejaVu Sans embedded, so screen
 * readers get headings, tables and lists, the title and the language. External resources (images or
 * style sheets named by URL in a written paper) are never fetched.
 */
public final class HtmlPdf {

    public static final String FONT_FAMILY = "DejaVu Sans";
    private static final byte[] REGULAR = readFont("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = readFont("/fonts/DejaVuSans-Bold.ttf");
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // openhtmltopdf logs every render at INFO; keep its warnings and errors only
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    private HtmlPdf() {
    }

    /** Renders a complete XHTML document (see {@link Xhtml#document}) to PDF bytes. */
    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(xhtml, out);
        return out.toByteArray();
    }

    public static void render(String xhtml, OutputStream out) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfAConformance.PDFA_3_U);
        builder.useColorProfile(SRGB);
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withProducer("CPIB Board Manager");
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The regular DejaVu Sans font file, for stamping page numbers with the same face. */
    public static InputStream regularFont() {
        return new ByteArrayInputStream(REGULAR);
    }

    private static byte[] readFont(String path) {
        try (InputStream in = HtmlPdf.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the application: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
