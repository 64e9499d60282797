package scot.cpib.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import scot.cpib.it.AppServer;

/**
 * The browser tier's second app instance: on a MariaDB database of its own (the test database's name
 * + "_second", created afresh) reached through a {@link TcpProxy} in this JVM, so that a test can take
 * the database away, and with its reminder timer looking every two seconds
 * ({@code CPIB_REMINDERS_CHECK_SECONDS=2}; the demo's schedule is off, so a look sends nothing). Started
 * by the first class that needs it: {@code ReminderTimerUiIT} switches the schedule on, sees the timer
 * send the week's digests and switches it off again, {@link DatabaseOutageApiIT} cuts and restores its
 * database, then {@link KilledServerApiIT} kills it after its saves; the tier starts one instance on
 * MariaDB for the three (one server per database, not per class), and each class run alone starts its
 * own. What is still running when the JVM ends is stopped, and the database dropped.
 */
public final class SecondInstance {

    static final String MARIADB_HOST = "127.0.0.1";
    static final int MARIADB_PORT = 3306;
    /** How often the instance's reminder timer looks whether the week's digests are due. */
    public static final int REMINDERS_CHECK_SECONDS = 2;

    private static SecondInstance running;

    final String database;
    final TcpProxy proxy;
    final AppServer app;

    /** The instance itself (its address, its log). */
    public AppServer app() {
        return app;
    }

    private SecondInstance(String database, TcpProxy proxy, AppServer app) {
        this.database = database;
        this.proxy = proxy;
        this.app = app;
    }

    /** The test classes that use the instance: a run with any of them starts it early ({@link #startEarly}). */
    public static final Set<String> USED_BY = Set.of("scot.cpib.action.ReminderTimerUiIT",
            "scot.cpib.api.DatabaseOutageApiIT", "scot.cpib.api.KilledServerApiIT");

    private static CompletableFuture<SecondInstance> early;

    /**
     * Starts the instance in the background, while the classes before the first that uses it run on the
     * shared app (whose pages leave one of two cores mostly idle), so that {@link #get} finds it ready.
     */
    public static synchronized void startEarly() {
        if (running == null && early == null) {
            early = CompletableFuture.supplyAsync(SecondInstance::start, runnable -> {
                Thread thread = new Thread(runnable, "second instance start");
                thread.setDaemon(true);
                thread.start();
            });
        }
    }

    /** The running instance, its database reachable (the proxy restored); started when there is none. */
    public static synchronized SecondInstance get() {
        if (early != null) {
            CompletableFuture<SecondInstance> started = early;
            early = null;
            try {
                running = started.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        if (running != null) {
            try {
                running.proxy.restore();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return running;
        }
        running = start();
        return running;
    }

    /** A fresh database, the proxy to it and the app on it; stopped, and the database dropped, when the JVM ends. */
    private static SecondInstance start() {
        try {
            String database = System.getProperty("cpib.it.mariadb.database", "cpib_it") + "_second";
            try (Connection connection = admin(); Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database);
                statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            TcpProxy proxy = new TcpProxy(MARIADB_HOST, MARIADB_PORT).start();
            String url = "jdbc:mysql://127.0.0.1:" + proxy.port() + "/" + database
                    + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&allowPublicKeyRetrieval=true"
                    + "&useSSL=false&connectTimeout=1500";
            AppServer app;
            try {
                app = AppServer.startSeparate(AppServer.secondPort(), Map.of(
                        "CPIB_DB_URL", url,
                        "CPIB_DB_USER", System.getProperty("cpib.it.mariadb.user", "root"),
                        "CPIB_DB_PASSWORD", System.getProperty("cpib.it.mariadb.password", ""),
                        "CPIB_REMINDERS_CHECK_SECONDS", Integer.toString(REMINDERS_CHECK_SECONDS)));
            } catch (RuntimeException e) {
                proxy.close();
                throw e;
            }
            SecondInstance started = new SecondInstance(database, proxy, app);
            Runtime.getRuntime().addShutdownHook(new Thread(started::stopIfRunning));
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the second instance's database", e);
        }
    }

    /**
     * The instance's JVM is killed at once (SIGKILL, as a crash would); the next {@link #get()} starts
     * another on a fresh database. Its database stays until the JVM ends, to be read afterwards.
     */
    public synchronized void kill() {
        synchronized (SecondInstance.class) {
            if (running == this) {
                running = null;
            }
        }
        try {
            app.kill();
        } finally {
            closeProxy();
        }
    }

    /** A connection straight to the instance's database (not through the proxy). */
    Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://" + MARIADB_HOST + ":" + MARIADB_PORT + "/" + database
                + "?allowPublicKeyRetrieval=true&useSSL=false",
                System.getProperty("cpib.it.mariadb.user", "root"), System.getProperty("cpib.it.mariadb.password", ""));
    }

    private void stopIfRunning() {
        try {
            app.stop();
        } finally {
            closeProxy();
            try (Connection connection = admin(); Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database);
            } catch (SQLException e) {
                System.err.println("Could not drop the test database " + database + ": " + e);
            }
        }
    }

    private void closeProxy() {
        try {
            proxy.close();
        } catch (IOException e) {
            System.err.println("Could not close the database proxy: " + e);
        }
    }

    static Connection admin() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://" + MARIADB_HOST + ":" + MARIADB_PORT
                        + "/?allowPublicKeyRetrieval=true&useSSL=false",
                System.getProperty("cpib.it.mariadb.user", "root"), System.getProperty("cpib.it.mariadb.password", ""));
    }
}
