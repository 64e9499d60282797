package scot.cpib.it;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Where a browser class's time goes: the time the browser helpers spend, by kind (page loads, sign-ins,
 * sign-outs, axe-core, screenshots, waits for a click's answer), per test class. {@link TierTimings}
 * prints the tier's totals and each slow class's share at the end of the tier, so that the costs of the
 * browser tier are read from a run, not guessed.
 */
public final class BrowserTimes {

    private static final Map<String, Map<String, long[]>> BY_CLASS = new ConcurrentHashMap<>();
    private static final ThreadLocal<boolean[]> INSIDE = ThreadLocal.withInitial(() -> new boolean[1]);
    private static volatile String currentClass = "?";

    private BrowserTimes() {
    }

    static void classStarted(String simpleName) {
        currentClass = simpleName;
    }

    /** Runs the step and counts its time under the kind, for the class running now (not again inside another step). */
    public static <T> T timed(String kind, Supplier<T> step) {
        if (INSIDE.get()[0]) {
            return step.get();
        }
        INSIDE.get()[0] = true;
        long start = System.nanoTime();
        try {
            return step.get();
        } finally {
            INSIDE.get()[0] = false;
            long took = System.nanoTime() - start;
            long[] sum = BY_CLASS.computeIfAbsent(currentClass, c -> new ConcurrentHashMap<>())
                    .computeIfAbsent(kind, k -> new long[2]);
            synchronized (sum) {
                sum[0] += took;
                sum[1]++;
            }
        }
    }

    public static void timed(String kind, Runnable step) {
        timed(kind, () -> {
            step.run();
            return null;
        });
    }

    static boolean isEmpty() {
        return BY_CLASS.isEmpty();
    }

    /** "page loads 120.3 s (410), axe 80.1 s (150), …" for the whole tier. */
    static String total() {
        Map<String, long[]> total = new TreeMap<>();
        BY_CLASS.values().forEach(kinds -> kinds.forEach((kind, sum) -> {
            long[] t = total.computeIfAbsent(kind, k -> new long[2]);
            t[0] += sum[0];
            t[1] += sum[1];
        }));
        return describe(total);
    }

    /** The same for one class, or "" when it used no browser helper. */
    static String of(String simpleName) {
        Map<String, long[]> kinds = BY_CLASS.get(simpleName);
        return kinds == null ? "" : describe(new TreeMap<>(kinds));
    }

    private static String describe(Map<String, long[]> kinds) {
        return kinds.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .map(e -> String.format("%s %.1f s (%d)", e.getKey(), e.getValue()[0] / 1e9, e.getValue()[1]))
                .collect(Collectors.joining(", "));
    }
}
