package scot.cpib.reporting.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A minute's narrative as the secretariat types it, split into blocks: paragraphs separated by blank
 * lines, and runs of lines starting with "- " as bullet lists.
 */
public final class MinuteText {

    /** One block of the narrative. */
    public sealed interface Block {
    }

    public record Paragraph(String text) implements Block {
    }

    public record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    private MinuteText() {
    }

    public static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return blocks;
        }
        StringBuilder paragraph = new StringBuilder();
        List<String> bullets = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").split("\n", -1)) {
            String line = raw.strip();
            boolean bullet = line.startsWith("- ") || line.equals("-");
            if (line.isEmpty() || bullet) {
                flushParagraph(paragraph, blocks);
            }
            if (!bullet) {
                flushBullets(bullets, blocks);
            }
            if (bullet) {
                String item = line.substring(1).strip();
                if (!item.isEmpty()) {
                    bullets.add(item);
                }
            } else if (!line.isEmpty()) {
                if (!paragraph.isEmpty()) {
                    paragraph.append(' ');
                }
                paragraph.append(line);
            }
        }
        flushParagraph(paragraph, blocks);
        flushBullets(bullets, blocks);
        return blocks;
    }

    private static void flushParagraph(StringBuilder paragraph, List<Block> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Paragraph(paragraph.toString()));
            paragraph.setLength(0);
        }
    }

    private static void flushBullets(List<String> bullets, List<Block> blocks) {
        if (!bullets.isEmpty()) {
            blocks.add(new Bullets(bullets));
            bullets.clear();
        }
    }
}
