package scot.cpib.api;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import scot.cpib.it.AppServer;
import scot.cpib.it.TempFiles;

/**
 * {@link KilledServerApiIT}'s instance on an embedded H2 file database of its own (the embedded default's
 * options, without WRITE_DELAY: the app adds what makes it durable), which the test kills. Started early,
 * in the background, by {@code scot.cpib.it.EarlyStarts} while other classes run, or when the test asks
 * for it. Its folder is removed by the test, or when the JVM ends if no test took it.
 */
public final class KilledH2Instance {

    static final String USED_BY = "scot.cpib.api.KilledServerApiIT";

    private static CompletableFuture<KilledH2Instance> early;

    final Path folder;
    final String url;
    final AppServer app;

    private KilledH2Instance(Path folder, String url, AppServer app) {
        this.folder = folder;
        this.url = url;
        this.app = app;
    }

    /** Starts one in the background for a later {@link #take}. */
    public static synchronized void startEarly() {
        if (early == null) {
            early = CompletableFuture.supplyAsync(KilledH2Instance::start, runnable -> {
                Thread thread = new Thread(runnable, "killed-server instance start");
                thread.setDaemon(true);
                thread.start();
            });
        }
    }

    /** Whether a run with these classes (fully qualified names) wants one. */
    public static boolean isUsedBy(String className) {
        return USED_BY.equals(className);
    }

    /** The instance started early, or a new one; it is the caller's to kill. */
    static synchronized KilledH2Instance take() {
        CompletableFuture<KilledH2Instance> started = early;
        early = null;
        if (started == null) {
            return start();
        }
        try {
            return started.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static KilledH2Instance start() {
        Path folder = TempFiles.createDirectory("cpib-killed-h2");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> TempFiles.delete(folder)));
        String url = "jdbc:h2:" + folder.resolve("cpib") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_ON_EXIT=FALSE";
        try {
            return new KilledH2Instance(folder, url, AppServer.startSeparate(port(), Map.of("CPIB_DB_URL", url)));
        } catch (RuntimeException e) {
            TempFiles.delete(folder);
            throw e;
        }
    }

    /** The first free port of this test's own range (18390–18399), else any free port. */
    private static int port() {
        for (int port = 18390; port <= 18399; port++) {
            try (ServerSocket socket = new ServerSocket(port)) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try the next
            }
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the killed-server instance", e);
        }
    }
}
