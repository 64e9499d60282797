package scot.cpib.workprogramme.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import scot.cpib.shared.web.PageMessages;
import scot.cpib.workprogramme.domain.ProgressUpdate;
import scot.cpib.workprogramme.domain.Rag;

/**
 * A small column chart of RAG over time, drawn as inline SVG on the server: one column per reporting
 * period, taller for better status (green 3, amber 2, red 1, not rated or no update a stub), each
 * labelled with its status in words so colour is never the only cue. The page shows the same data
 * as a table; {@link #getDescription()} is the chart's text alternative.
 */
public final class RagChart {

    static final int COLUMN = 170;
    static final int GUTTER = 70;
    static final int STEP = 34;
    static final int BASE = 130;
    static final int TOP = 16;

    private final List<Column> columns = new ArrayList<>();
    private final String description;

    public RagChart(List<ProgressUpdate> history) {
        int x = GUTTER;
        for (ProgressUpdate update : history) {
            int height = level(update.getRag()) * STEP + 6;
            columns.add(new Column(x, BASE - height, height, update.getRag().name().toLowerCase(),
                    PageMessages.text("workprogramme.rag." + update.getRag()), update.getPeriod().getTitle()));
            x += COLUMN;
        }
        description = PageMessages.text("workprogramme.chart.description", columns.stream()
                .map(c -> c.period() + ": " + c.label()).collect(Collectors.joining("; ")));
    }

    static int level(Rag rag) {
        return switch (rag) {
            case GREEN -> 3;
            case AMBER -> 2;
            case RED -> 1;
            default -> 0;
        };
    }

    public List<Column> getColumns() {
        return columns;
    }

    public int getWidth() {
        return GUTTER + Math.max(COLUMN, columns.size() * COLUMN) + 10;
    }

    /** Dashed guide lines at the height of green, amber and red, labelled in the left margin. */
    public List<Guide> getGuides() {
        return List.of(Rag.GREEN, Rag.AMBER, Rag.RED).stream()
                .map(rag -> new Guide(BASE - (level(rag) * STEP + 6), PageMessages.text("workprogramme.rag." + rag)))
                .toList();
    }

    public int getHeight() {
        return BASE + 44;
    }

    public int getTop() {
        return TOP;
    }

    public String getDescription() {
        return description;
    }

    /** A guide line: its height and the status it marks. */
    public record Guide(int y, String label) {

        public int getTextY() {
            return y + 4;
        }
    }

    /** One period's column: where it is drawn, its status class and its words. */
    public record Column(int x, int y, int height, String css, String label, String period) {

        public int getTextX() {
            return x + (COLUMN - 20) / 2;
        }

        public int getLabelY() {
            return BASE + 16;
        }

        public int getPeriodY() {
            return BASE + 34;
        }

        public int getBarWidth() {
            return COLUMN - 20;
        }
    }
}
