package scot.cpib.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Multi-row INSERT statements built as text and sent about a megabyte at a time: the fastest way to
 * load MariaDB through JDBC without files. Values are written as SQL literals (strings escaped).
 */
final class SqlBatch implements AutoCloseable {

    private static final int FLUSH_AT = 1 << 20;

    private final Connection connection;
    private final String head;
    private final StringBuilder sql = new StringBuilder(FLUSH_AT + 64 * 1024);
    private boolean first = true;
    private long rows;

    SqlBatch(Connection connection, String table, String columns) {
        this.connection = connection;
        this.head = "INSERT INTO " + table + " (" + columns + ") VALUES ";
    }

    /** Adds one row of values (String, Number, Boolean, LocalDate, LocalDateTime, LocalTime, null). */
    void row(Object... values) throws SQLException {
        sql.append(first ? head : ",").append('(');
        first = false;
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sql.append(',');
            }
            literal(values[i]);
        }
        sql.append(')');
        rows++;
        if (sql.length() >= FLUSH_AT) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void literal(Object value) {
        if (value == null) {
            sql.append("NULL");
        } else if (value instanceof SampleData.Hex hex) {
            sql.append("X'").append(hex).append('\'');
        } else if (value instanceof Number) {
            sql.append(value);
        } else if (value instanceof Boolean b) {
            sql.append(b ? "TRUE" : "FALSE");
        } else if (value instanceof LocalDateTime t) {
            sql.append('\'').append(t.toLocalDate()).append(' ').append(t.toLocalTime().withNano(0)).append('\'');
        } else if (value instanceof LocalDate || value instanceof LocalTime) {
            sql.append('\'').append(value).append('\'');
        } else {
            String s = value.toString();
            sql.append('\'');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\'' -> sql.append("''");
                    case '\\' -> sql.append("\\\\");
                    case '\0' -> sql.append("\\0");
                    default -> sql.append(c);
                }
            }
            sql.append('\'');
        }
    }

    void flush() throws SQLException {
        if (first) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql.toString());
        }
        sql.setLength(0);
        first = true;
    }

    @Override
    public void close() throws SQLException {
        flush();
    }
}
