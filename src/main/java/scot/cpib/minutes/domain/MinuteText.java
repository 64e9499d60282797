package scot.cpib.minutes.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minute's text (narrative or decisions) as the secretariat types or pastes it, split into the blocks
 * that the page, the PDF minute and the Word minute all print the same way. The one rule:
 * <ul>
 * <li>every line is its own paragraph: a single line break starts a new paragraph, as it does in the
 * editor's text box and in text pasted from Word; blank lines only separate and are never printed;</li>
 * <li>consecutive lines starting with "- ", "* " or "• " form one bulleted list, one item per line;</li>
 * <li>consecutive lines starting with a number and ". " or ") " ("1. ", "2) ") form one numbered list
 * that counts on from the first number written;</li>
 * <li>a blank line, a paragraph or the other kind of list ends a list.</li>
 * </ul>
 * Spaces around each line are dropped; the words themselves are kept exactly as typed.
 */
public final class MinuteText {

    private static final Pattern BULLET = Pattern.compile("^[-*\u2022](?:\\s+(.*))?$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})[.)](?:\\s+(.*))?$");

    /** What kind of block: one paragraph, a bulleted list or a numbered list. */
    public enum Kind { PARAGRAPH, BULLETED, NUMBERED }

    /**
     * One block. A paragraph has one item, its text; a list has its items in order; a numbered list
     * starts counting at {@code start} (1 for everything else). Getters let pages read it in EL.
     */
    public record Block(Kind kind, List<String> items, int start) {

        public Block {
            items = List.copyOf(items);
        }

        static Block paragraph(String text) {
            return new Block(Kind.PARAGRAPH, List.of(text), 1);
        }

        public Kind getKind() {
            return kind;
        }

        public boolean isParagraph() {
            return kind == Kind.PARAGRAPH;
        }

        public boolean isBulleted() {
            return kind == Kind.BULLETED;
        }

        public boolean isNumbered() {
            return kind == Kind.NUMBERED;
        }

        /** A paragraph's text (a list's items joined by spaces, for a one-line summary). */
        public String getText() {
            return String.join(" ", items);
        }

        public List<String> getItems() {
            return items;
        }

        public int getStart() {
            return start;
        }
    }

    private MinuteText() {
    }

    public static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return blocks;
        }
        ListInProgress list = new ListInProgress();
        for (String raw : text.split("\r\n|\r|\n")) {
            String line = raw.strip();
            Matcher bullet = BULLET.matcher(line);
            Matcher numbered = NUMBERED.matcher(line);
            if (bullet.matches()) {
                list.add(Kind.BULLETED, bullet.group(1), 1, blocks);
            } else if (numbered.matches()) {
                list.add(Kind.NUMBERED, numbered.group(2), Integer.parseInt(numbered.group(1)), blocks);
            } else {
                list.end(blocks);
                if (!line.isEmpty()) {
                    blocks.add(Block.paragraph(line));
                }
            }
        }
        list.end(blocks);
        return blocks;
    }

    /** The list being read: its kind, first number and items so far. */
    private static final class ListInProgress {

        private Kind kind;
        private int start;
        private final List<String> items = new ArrayList<>();

        void add(Kind itemKind, String item, int number, List<Block> blocks) {
            if (kind != itemKind) {
                end(blocks);
                kind = itemKind;
                start = number;
            }
            if (item != null && !item.isBlank()) {
                items.add(item.strip());
            }
        }

        void end(List<Block> blocks) {
            if (!items.isEmpty()) {
                blocks.add(new Block(kind, items, start));
            }
            items.clear();
            kind = null;
        }
    }
}
