package scot.cpib.minutes.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a minute's narrative into what the read view prints: paragraphs (separated by blank lines or
 * line breaks) and bulleted lists (consecutive lines starting "- ").
 */
public final class MinuteText {

    /** A paragraph (one line) or a bulleted list (several lines). */
    public record Block(boolean list, List<String> lines) {

        public String getText() {
            return String.join(" ", lines);
        }

        public boolean isList() {
            return list;
        }

        public List<String> getLines() {
            return lines;
        }
    }

    private MinuteText() {
    }

    public static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return blocks;
        }
        List<String> bullets = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String line = raw.strip();
            if (line.startsWith("- ") || line.equals("-")) {
                String item = line.substring(1).strip();
                if (!item.isEmpty()) {
                    bullets.add(item);
                }
                continue;
            }
            if (!bullets.isEmpty()) {
                blocks.add(new Block(true, List.copyOf(bullets)));
                bullets.clear();
            }
            if (!line.isEmpty()) {
                blocks.add(new Block(false, List.of(line)));
            }
        }
        if (!bullets.isEmpty()) {
            blocks.add(new Block(true, List.copyOf(bullets)));
        }
        return blocks;
    }
}
