package scot.cpib.shared.domain;

/**
 * Characters that have no place in a name or title a person typed or a browser sent: NUL and the other
 * control characters, and the bidirectional controls that can make "report‮fdp.exe" read as
 * "reportexe.pdf". Removing them keeps names honest in pages, packs, e-mails and the audit trail.
 */
public final class UnsafeCharacters {

    private UnsafeCharacters() {
    }

    /** The value without control or bidirectional control characters; tabs and line breaks become spaces. */
    public static String strip(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            if (c == '\t' || c == '\n' || c == '\r') {
                out.append(' ');
            } else if (!Character.isISOControl(c) && !isBidiControl(c)) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
