package scot.cpib.reporting.application;

import java.nio.file.Path;
import scot.cpib.meeting.domain.AgendaItem;

/**
 * One run of pages in an agenda pack, measured in the first pass: the agenda item it belongs to
 * (null for the supplement title pages), its bookmark title, the supplement it is in, and either the
 * rendered PDF bytes (small: pages made from HTML) or the file an uploaded paper was spooled to.
 */
final class PackPart {

    final AgendaItem item;
    final String title;
    final int supplement;
    final byte[] rendered;
    final Path file;
    int pages;
    int startPage;

    private PackPart(AgendaItem item, String title, int supplement, byte[] rendered, Path file) {
        this.item = item;
        this.title = title;
        this.supplement = supplement;
        this.rendered = rendered;
        this.file = file;
    }

    static PackPart rendered(AgendaItem item, String title, int supplement, byte[] pdf) {
        return new PackPart(item, title, supplement, pdf, null);
    }

    static PackPart file(AgendaItem item, String title, int supplement, Path pdf) {
        return new PackPart(item, title, supplement, null, pdf);
    }
}
