package scot.cpib.reporting.paper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jodconverter.core.office.OfficeException;

/**
 * Prints an office paper to PDF for the pack, once, at upload: checks the file is the well-formed
 * zip or text its name says, converts it with LibreOffice where the server has it and with the
 * pure-Java route otherwise (or when LibreOffice fails), and accepts the result only when it holds
 * readable text and no more than {@link #MAX_PAGES} pages.
 */
public final class OfficePrinter {

    /** The most pages one paper may have, uploaded as PDF or printed from an office file. */
    public static final int MAX_PAGES = 500;
    /** Pages read when checking that a printed paper holds text. */
    private static final int CHECKED_PAGES = 30;
    private static final Logger LOG = Logger.getLogger(OfficePrinter.class.getName());

    /** A paper printed to PDF: the PDF, its pages and the route that printed it ("LibreOffice" or "Java"). */
    public record Printed(byte[] pdf, int pages, String route) {
    }

    private OfficePrinter() {
    }

    /** Whether a file of that name is printed by this class (rather than merged as a PDF). */
    public static boolean prints(String fileName) {
        return OfficeFormat.of(fileName).isPresent();
    }

    /** Whether office papers go through LibreOffice on this server. */
    public static boolean libreOfficeAvailable() {
        return LibreOfficePool.shared().isPresent();
    }

    public static Printed print(String fileName, String title, byte[] data) throws UnreadablePaper {
        OfficeFormat format = OfficeFormat.of(fileName)
                .orElseThrow(() -> new UnreadablePaper(UnreadablePaper.Reason.UNREADABLE, "not an office file: " + fileName, null));
        checkStructure(format, data);
        Optional<LibreOfficePool> office = LibreOfficePool.shared();
        if (office.isPresent()) {
            try {
                return checked(office.get().toPdf(data, format), "LibreOffice");
            } catch (OfficeException | UnreadablePaper e) {
                LOG.log(Level.INFO, "LibreOffice could not print " + fileName + "; trying the pure-Java route", e);
            }
        }
        return checked(JavaOfficeRoute.toPdf(format, title, data), "Java");
    }

    /** A zip-based file must open as a zip and hold its format's main part; plain text must not be empty. */
    static void checkStructure(OfficeFormat format, byte[] data) throws UnreadablePaper {
        if (data == null || data.length == 0) {
            throw new UnreadablePaper(UnreadablePaper.Reason.UNREADABLE, "empty", null);
        }
        if (format.mainPart() == null) {
            return;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(format.mainPart())) {
                    return;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadablePaper(UnreadablePaper.Reason.UNREADABLE, "broken zip: " + e.getMessage(), e);
        }
        throw new UnreadablePaper(UnreadablePaper.Reason.UNREADABLE, "no " + format.mainPart(), null);
    }

    /** The printed PDF when it opens, has pages within the limit, and holds plausible text. */
    static Printed checked(byte[] pdf, String route) throws UnreadablePaper {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new UnreadablePaper(UnreadablePaper.Reason.UNREADABLE, "no pages", null);
            }
            if (pages > MAX_PAGES) {
                throw UnreadablePaper.tooManyPages(pages);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(CHECKED_PAGES);
            if (!plausible(stripper.getText(document))) {
                throw new UnreadablePaper(UnreadablePaper.Reason.NO_TEXT, "no readable text", null);
            }
            return new Printed(pdf, pages, route);
        } catch (IOException e) {
            throw new UnreadablePaper(UnreadablePaper.Reason.UNREADABLE, "printed PDF cannot be read", e);
        }
    }

    /** Some letters or digits, and no more than one character in ten unprintable or a replacement mark. */
    static boolean plausible(String text) {
        String visible = text.replaceAll("\\s+", "");
        if (visible.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return false;
        }
        long junk = visible.codePoints().filter(c -> c == 0xFFFD || Character.isISOControl(c) || Character.getType(c) == Character.PRIVATE_USE).count();
        return junk * 10 <= visible.length();
    }
}
