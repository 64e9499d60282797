package scot.cpib.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import scot.cpib.meeting.application.PaperPrinting;
import scot.cpib.meeting.domain.PaperFile;
import scot.cpib.reporting.paper.OfficePrinter;
import scot.cpib.reporting.paper.PdfCleaner;
import scot.cpib.reporting.paper.UnreadablePaper;
import scot.cpib.shared.domain.DomainException;

/**
 * Prepares an upload for storing: a PDF is cleaned ({@link PdfCleaner}), an office file is printed to
 * PDF ({@link OfficePrinter}); what cannot be read, cleaned or printed is refused with a message for
 * the file field.
 */
@ApplicationScoped
public class UploadedPaperPrinting implements PaperPrinting {

    private static final Logger LOG = Logger.getLogger(UploadedPaperPrinting.class.getName());

    @Override
    public Prepared prepare(PaperFile file, String title, byte[] data) {
        try {
            if ("application/pdf".equals(file.contentType())) {
                PdfCleaner.Cleaned cleaned = PdfCleaner.clean(data);
                if (!cleaned.removed().isEmpty()) {
                    LOG.info(() -> "Removed from the uploaded PDF \u201c" + file.fileName() + "\u201d: " + cleaned.removed());
                }
                return new Prepared(cleaned.pdf(), null, cleaned.pages(), "PDF");
            }
            OfficePrinter.Printed printed = OfficePrinter.print(file.fileName(), title, data);
            return new Prepared(data, printed.pdf(), printed.pages(), printed.route());
        } catch (UnreadablePaper e) {
            LOG.fine(() -> "Refused \u201c" + file.fileName() + "\u201d: " + e.reason() + " " + e.getMessage());
            throw refusal(e, file.fileName());
        }
    }

    private static DomainException refusal(UnreadablePaper e, String fileName) {
        return switch (e.reason()) {
            case UNREADABLE -> new DomainException("paper.file.unreadable", PaperFile.FIELD, fileName);
            case NO_TEXT -> new DomainException("paper.file.noText", PaperFile.FIELD, fileName);
            case PROTECTED -> new DomainException("paper.file.protected", PaperFile.FIELD, fileName);
            case UNSAFE -> new DomainException("paper.file.unsafe", PaperFile.FIELD, fileName);
            case TOO_MANY_PAGES -> new DomainException("paper.file.pages", PaperFile.FIELD, fileName, e.pages(), OfficePrinter.MAX_PAGES);
        };
    }
}
