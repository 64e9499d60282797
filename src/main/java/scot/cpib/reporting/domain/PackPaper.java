package scot.cpib.reporting.domain;

import java.util.Objects;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Paper;

/**
 * One paper going into an agenda pack: the item it belongs to, its title, whether it is restricted
 * (confidential itself or under a confidential item), the supplement it came late in (0 for the
 * main pack) and where its content comes from.
 */
public record PackPaper(AgendaItem item, String title, boolean restricted, int supplement, PaperSource source) {

    public PackPaper {
        Objects.requireNonNull(item);
        Objects.requireNonNull(title);
        Objects.requireNonNull(source);
        if (supplement < 0) {
            throw new IllegalArgumentException("supplement must be 0 (main pack) or a positive number");
        }
    }

    /** A paper of the main pack, built from the stored paper; the caller says how to open an upload. */
    public static PackPaper of(Paper paper, ContentSupplier upload) {
        return of(paper, upload, 0);
    }

    public static PackPaper of(Paper paper, ContentSupplier upload, int supplement) {
        return of(paper, upload, null, supplement);
    }

    /** As {@link #of(Paper, ContentSupplier, int)}, with the office paper's stored PDF rendition (or null). */
    public static PackPaper of(Paper paper, ContentSupplier upload, ContentSupplier rendition, int supplement) {
        PaperSource source = paper.isUploaded()
                ? PaperSource.upload(paper.getFileName(), paper.getContentType(), paper.getSizeBytes(), upload, rendition)
                : new PaperSource.Written(paper.getBodyHtml() == null ? "" : paper.getBodyHtml());
        return new PackPaper(paper.getAgendaItem(), paper.getTitle(), paper.isRestricted(), supplement, source);
    }

    public boolean isSupplement() {
        return supplement > 0;
    }
}
