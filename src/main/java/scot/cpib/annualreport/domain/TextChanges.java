package scot.cpib.annualreport.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two versions of a text, word by word (the longest common run of words stays; the rest
 * is marked removed or added), for comparing two rounds of a report. Line breaks count as words so that
 * paragraphs stay apart.
 */
public final class TextChanges {

    /** A run of the text that stayed, was removed or was added. */
    public record Change(Kind kind, String text) {
    }

    public enum Kind {
        SAME, REMOVED, ADDED
    }

    private static final int MAX_WORDS = 4000;

    private TextChanges() {
    }

    public static List<Change> between(String before, String after) {
        List<String> a = words(before);
        List<String> b = words(after);
        if (a.size() > MAX_WORDS || b.size() > MAX_WORDS) {
            List<Change> whole = new ArrayList<>();
            add(whole, Kind.REMOVED, String.join("", a));
            add(whole, Kind.ADDED, String.join("", b));
            return whole;
        }
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Change> changes = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                add(changes, Kind.SAME, a.get(i++));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                add(changes, Kind.REMOVED, a.get(i++));
            } else {
                add(changes, Kind.ADDED, b.get(j++));
            }
        }
        while (i < a.size()) {
            add(changes, Kind.REMOVED, a.get(i++));
        }
        while (j < b.size()) {
            add(changes, Kind.ADDED, b.get(j++));
        }
        return changes;
    }

    /** Whether anything changed. */
    public static boolean changed(List<Change> changes) {
        return changes.stream().anyMatch(c -> c.kind() != Kind.SAME);
    }

    /** Words with the space after each kept, so that joining them gives the text back. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return words;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+[ \\t]*|\\r?\\n[ \\t]*").matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static void add(List<Change> changes, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!changes.isEmpty() && changes.get(changes.size() - 1).kind() == kind) {
            Change last = changes.remove(changes.size() - 1);
            changes.add(new Change(kind, last.text() + text));
        } else {
            changes.add(new Change(kind, text));
        }
    }
}
