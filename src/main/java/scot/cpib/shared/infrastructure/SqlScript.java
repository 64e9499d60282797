package scot.cpib.shared.infrastructure;

import java.util.ArrayList;
import java.util.List;

/** Splits a SQL script into statements: ';' ends a statement when it is outside a quoted string. */
public final class SqlScript {

    private SqlScript() {
    }

    public static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inQuote = false;
        for (String line : script.split("\n", -1)) {
            if (!inQuote && line.strip().startsWith("--")) {
                continue;
            }
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\'') {
                    inQuote = !inQuote;
                }
                if (c == ';' && !inQuote) {
                    add(statements, current);
                    current.setLength(0);
                } else {
                    current.append(c);
                }
            }
            current.append('\n');
        }
        add(statements, current);
        return statements;
    }

    private static void add(List<String> statements, StringBuilder statement) {
        String text = statement.toString().strip();
        if (!text.isEmpty()) {
            statements.add(text);
        }
    }
}
