package scot.cpib.reporting.paper;

import java.util.Locale;
import java.util.Optional;

/**
 * How office papers are printed, from system properties or the environment (CPIB_OFFICE_ROUTE …):
 * which route ({@code auto}: LibreOffice where installed, else pure Java; {@code libreoffice}; {@code java}),
 * where LibreOffice lives when not in a standard place, how many office processes the pool keeps and
 * how long one conversion may take before its process is restarted.
 */
record OfficeSettings(String route, String officeHome, int processes, long timeoutSeconds, int tasksPerProcess) {

    static OfficeSettings read() {
        return new OfficeSettings(
                value("cpib.office.route").orElse("auto").toLowerCase(Locale.ROOT),
                value("cpib.office.home").orElse(null),
                number("cpib.office.processes", 2, 1, 8),
                number("cpib.office.timeout-seconds", 120, 5, 3600),
                number("cpib.office.tasks-per-process", 200, 1, 100_000));
    }

    boolean javaOnly() {
        return "java".equals(route);
    }

    private static Optional<String> value(String key) {
        String property = System.getProperty(key);
        if (property != null && !property.isBlank()) {
            return Optional.of(property.strip());
        }
        String env = System.getenv(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        return env == null || env.isBlank() ? Optional.empty() : Optional.of(env.strip());
    }

    private static int number(String key, int fallback, int min, int max) {
        try {
            return value(key).map(Integer::parseInt).map(n -> Math.max(min, Math.min(max, n))).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
