package scot.cpib.meeting.application;

import scot.cpib.meeting.domain.PaperFile;

/**
 * Makes an upload fit for the pack before it is stored (implemented by the reporting context): an
 * uploaded PDF is cleaned of active content, an office file is printed to PDF once. A file that cannot
 * be read or cleaned is refused with a {@link scot.cpib.shared.domain.DomainException} on the file field.
 */
public interface PaperPrinting {

    /** What is stored: the file (a PDF as cleaned) and, for an office file, its PDF rendition. */
    record Prepared(byte[] content, byte[] rendition, int pages, String route) {

        public boolean hasRendition() {
            return rendition != null;
        }
    }

    Prepared prepare(PaperFile file, String title, byte[] data);
}
