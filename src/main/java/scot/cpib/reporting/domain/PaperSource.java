package scot.cpib.reporting.domain;

import java.util.Locale;
import java.util.Objects;

/** Where a paper's content comes from: written in the app as HTML, an uploaded PDF, or another uploaded file. */
public sealed interface PaperSource {

    /** A paper written in the app; its HTML is rendered into the pack. */
    record Written(String html) implements PaperSource {
    }

    /** An uploaded PDF, merged into the pack as it is. */
    record UploadedPdf(String fileName, ContentSupplier content) implements PaperSource {
        public UploadedPdf {
            Objects.requireNonNull(content);
        }
    }

    /**
     * Any other upload (Word, Excel …): its PDF rendition printed at upload when it has one (null for a
     * paper stored before renditions were kept), otherwise printed now.
     */
    record OtherFile(String fileName, String contentType, Long sizeBytes, ContentSupplier content, ContentSupplier rendition)
            implements PaperSource {

        /** A file with no stored rendition. */
        public OtherFile(String fileName, String contentType, Long sizeBytes, ContentSupplier content) {
            this(fileName, contentType, sizeBytes, content, null);
        }
    }

    /** Picks the kind of source from an upload's name and content type. */
    static PaperSource upload(String fileName, String contentType, Long sizeBytes, ContentSupplier content, ContentSupplier rendition) {
        boolean pdf = "application/pdf".equalsIgnoreCase(contentType)
                || (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".pdf"));
        return pdf ? new UploadedPdf(fileName, content) : new OtherFile(fileName, contentType, sizeBytes, content, rendition);
    }
}
