package scot.cpib.meeting.web;

import scot.cpib.shared.web.PageMessages;

/** A file size as people read it: "820 bytes", "14 KB", "2.3 MB". */
final class PaperSizes {

    private static final long KB = 1024;
    private static final long MB = KB * 1024;

    private PaperSizes() {
    }

    static String label(Long bytes) {
        long size = bytes == null ? 0 : bytes;
        if (size < KB) {
            return PageMessages.text("paper.size.bytes", size);
        }
        if (size < MB) {
            return PageMessages.text("paper.size.kb", Math.round(size / (double) KB));
        }
        return PageMessages.text("paper.size.mb", String.format(java.util.Locale.UK, "%.1f", size / (double) MB));
    }
}
