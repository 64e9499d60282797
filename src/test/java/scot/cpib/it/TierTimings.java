package scot.cpib.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints, at the end of each test tier (unit, in-container on H2, on MariaDB, browser and API), how
 * long the tier took, its classes and tests and the slowest classes; then empties the tier's own
 * temporary folder. Registered for every JUnit run through
 * META-INF/services; the tier's name comes from the system property {@code cpib.test.tier}.
 */
public class TierTimings implements TestExecutionListener {

    private final Map<String, Long> classStarted = new ConcurrentHashMap<>();
    private final Map<String, Long> classNanos = new ConcurrentHashMap<>();
    private final List<TestExecutionResult.Status> results = new ArrayList<>();
    private long started;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        started = System.nanoTime();
        TempFiles.createTierFolder();
    }

    @Override
    public void executionStarted(TestIdentifier identifier) {
        if (isClass(identifier)) {
            classStarted.put(identifier.getUniqueId(), System.nanoTime());
            BrowserTimes.classStarted(simpleName(identifier));
        }
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (isClass(identifier)) {
            Long start = classStarted.remove(identifier.getUniqueId());
            if (start != null) {
                classNanos.merge(simpleName(identifier), System.nanoTime() - start, Long::sum);
            }
        } else if (identifier.isTest()) {
            synchronized (results) {
                results.add(result.getStatus());
            }
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (!AppServer.isRunning()) {
            // the shared app (if any) stays up for failsafe's rerun of failed tests; it removes its
            // own folder when the JVM ends, and Chromium profiles go when their browser closes
            TempFiles.deleteTierFolderContents();
        }
        if (classNanos.isEmpty()) {
            return;
        }
        System.out.println(summary(System.getProperty("cpib.test.tier", "tests"),
                Duration.ofNanos(System.nanoTime() - started)));
        if (!BrowserTimes.isEmpty()) {
            System.out.println("[tier] browser helpers in all: " + BrowserTimes.total());
            classNanos.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(12)
                    .forEach(e -> System.out.println("[tier]   " + e.getKey() + " " + seconds(Duration.ofNanos(e.getValue()))
                            + ": " + BrowserTimes.of(e.getKey())));
        }
    }

    private String summary(String tier, Duration took) {
        long failed;
        synchronized (results) {
            failed = results.stream().filter(s -> s != TestExecutionResult.Status.SUCCESSFUL).count();
        }
        String slowest = classNanos.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(5)
                .map(e -> e.getKey() + " " + seconds(Duration.ofNanos(e.getValue())))
                .collect(Collectors.joining(", "));
        return "[tier] " + tier + ": " + seconds(took) + " for " + count(classNanos.size(), "class", "classes")
                + ", " + count(results.size(), "test", "tests") + " (" + failed + " not passed); slowest: " + slowest;
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    private static boolean isClass(TestIdentifier identifier) {
        return identifier.isContainer() && identifier.getSource().filter(ClassSource.class::isInstance).isPresent();
    }

    private static String simpleName(TestIdentifier identifier) {
        return identifier.getSource().map(s -> ((ClassSource) s).getJavaClass().getSimpleName()).orElse("?");
    }
}
