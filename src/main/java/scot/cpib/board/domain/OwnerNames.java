package scot.cpib.board.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one rule for reading an owner as a person wrote it, used wherever a name is typed (the minute
 * editor, the register's owner filter, engagement delivery leads and follow-up owners). Two names are
 * the same when they are equal after {@link #normalise}: surrounding and repeated white space (a
 * non-breaking space included) do not count, nor does case, and a typographic apostrophe is the same as
 * a typed one. Nothing else is forgiven: no initials, no parts of names, no spelling mistakes.
 */
public final class OwnerNames {

    private static final Pattern SEPARATORS = Pattern.compile("[/;]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private OwnerNames() {
    }

    /** "  Emily&nbsp;&nbsp;LYNCH " becomes "emily lynch"; null becomes "". */
    public static String normalise(String written) {
        if (written == null) {
            return "";
        }
        String compatible = Normalizer.normalize(written, Normalizer.Form.NFKC).replace('\u2019', '\'')
                .replace('\u2018', '\'');
        return SPACES.matcher(compatible.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** Whether the two are the same name by this rule; a blank name matches nothing. */
    public static boolean same(String written, String name) {
        String wanted = normalise(written);
        return !wanted.isEmpty() && wanted.equals(normalise(name));
    }

    /**
     * The names in a list of owners as the minute writes it, separated by "/" or ";":
     * "IS/Emily Lynch; CPIB members" is "IS", "Emily Lynch" and "CPIB members". Blank parts are dropped;
     * each name keeps its own spelling (for messages).
     */
    public static List<String> split(String written) {
        if (written == null) {
            return List.of();
        }
        return Arrays.stream(SEPARATORS.split(written)).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }
}
