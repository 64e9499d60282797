package scot.cpib.annualreport.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One figure of a section, as stored in the snapshot: a label and its value, both one line. A snapshot is
 * the figures one per line, label and value separated by a tab; line breaks and tabs inside are spaces.
 */
public record Figure(String label, String value) {

    public Figure {
        label = oneLine(label);
        value = oneLine(value);
    }

    /** The figures as stored. */
    public static String format(List<Figure> figures) {
        StringBuilder text = new StringBuilder();
        for (Figure figure : figures) {
            text.append(figure.label()).append('\t').append(figure.value()).append('\n');
        }
        return text.toString();
    }

    /** The figures of a stored snapshot, in order; a line without a tab is a label with no value. */
    public static List<Figure> parse(String text) {
        List<Figure> figures = new ArrayList<>();
        if (text == null) {
            return figures;
        }
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int tab = line.indexOf('\t');
            figures.add(tab < 0 ? new Figure(line, "") : new Figure(line.substring(0, tab), line.substring(tab + 1)));
        }
        return figures;
    }

    private static String oneLine(String text) {
        return Objects.toString(text, "").replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
