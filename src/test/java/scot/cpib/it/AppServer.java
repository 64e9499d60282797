package scot.cpib.it;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The application on Payara Micro, started once for every browser and API test in the JVM, on the
 * embedded H2 database with the demo data. Stopped when the JVM exits. A test that needs its own
 * instance (another database, say) starts one with {@link #startSeparate} and stops it itself.
 */
public final class AppServer {

    public static final String DEMO_PASSWORD = "demo-password-1";
    private static final Duration STARTUP = Duration.ofMinutes(10);
    /**
     * JVM options of a second instance, which serves a few dozen requests and is gone within a minute or
     * two: the quick compiler only, so that starting it does not also wait for the optimising one.
     */
    private static final List<String> SHORT_LIVED = List.of("-XX:TieredStopAtLevel=1");
    private static AppServer instance;

    private final String baseUrl;
    private final Process process;
    private final Path workDir;

    private AppServer(String baseUrl, Process process, Path workDir) {
        this.baseUrl = baseUrl;
        this.process = process;
        this.workDir = workDir;
    }

    public static synchronized AppServer get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    /** Whether the shared instance has been started in this JVM. */
    static synchronized boolean isRunning() {
        return instance != null;
    }

    public String url(String path) {
        return baseUrl + path;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /**
     * A second instance, on its own port, with these environment variables on top of the demo
     * settings (e.g. CPIB_DB_URL); the caller stops it with {@link #stop()}.
     */
    public static AppServer startSeparate(int port, Map<String, String> environment) {
        return start(Integer.toString(port), environment, SHORT_LIVED);
    }

    /**
     * The port of the tier's second instance ({@code -Dit.second.port}, 18090 unless chosen); refused,
     * naming it, when something else listens there.
     */
    public static int secondPort() {
        int port = Integer.parseInt(System.getProperty("cpib.it.second.port", "18090"));
        FreePorts.require(Map.of("it.second.port", port));
        return port;
    }

    /** Stops the instance, waits for it to exit and removes its working folder. */
    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        TempFiles.delete(workDir);
    }

    /**
     * Kills the Payara Micro JVM at once (SIGKILL: no shutdown hook, no flush, as a crash or an
     * out-of-memory exit would), waits for it to be gone and removes its working folder.
     */
    public void kill() {
        try {
            if (!process.destroyForcibly().waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("Payara Micro (pid " + process.pid() + ") did not die within 30 s of SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        TempFiles.delete(workDir);
    }

    /** The instance's log (Payara Micro's output), while it has not been stopped. */
    public Path log() {
        return workDir.resolve("payara.log");
    }

    private static AppServer start() {
        String port = System.getProperty("cpib.it.port", "18080");
        FreePorts.require(new java.util.LinkedHashMap<>(Map.of("it.port", Integer.parseInt(port),
                "it.smtp.port", MailCatcher.port())));
        AppServer server = start(port, Map.of(), List.of());
        server.buildOpenApiDocumentInTheBackground();
        return server;
    }

    /**
     * The first request for /openapi makes the server scan the application for its API description,
     * many seconds of work on two cores; asked for now, without waiting, it is done on the core the
     * first browser classes leave idle, not while OpenApiAndHealthApiIT waits for it.
     */
    private void buildOpenApiDocumentInTheBackground() {
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .sendAsync(HttpRequest.newBuilder(URI.create(url("/openapi"))).timeout(Duration.ofMinutes(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
    }

    private static AppServer start(String port, Map<String, String> environment, List<String> jvmOptions) {
        String war = required("cpib.it.war");
        String microJar = required("payara.microJar");
        try {
            Path workDir = TempFiles.createDirectory("cpib-it-app");
            File log = workDir.resolve("payara.log").toFile();
            List<String> command = new java.util.ArrayList<>(List.of(javaBinary(), "-Xmx1g", "-XX:+ExitOnOutOfMemoryError"));
            command.addAll(jvmOptions);
            // as production starts it (docs/operations.md): without Payara's Hazelcast, which the app does not use
            command.addAll(List.of("-Djava.io.tmpdir=" + workDir, "-jar", microJar, "--deploy", war, "--contextroot", "/",
                    "--port", port, "--nohazelcast", "--rootdir", workDir.resolve("micro").toString()));
            String bootCommands = System.getProperty("cpib.it.postbootcommands");
            if (bootCommands != null && !bootCommands.isBlank()) {
                // as in production (docs/operations.md): /metrics is not served
                command.addAll(List.of("--postbootcommandfile", bootCommands));
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log);
            Map<String, String> env = builder.environment();
            env.put("CPIB_DB_URL", "jdbc:h2:mem:cpib-ui;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
            env.remove("CPIB_DB_USER");
            env.remove("CPIB_DB_PASSWORD");
            env.put("CPIB_DEMO_ENABLED", "true");
            env.put("CPIB_DEMO_PASSWORD", DEMO_PASSWORD);
            env.put("CPIB_MAIL_HOST", "127.0.0.1");
            MailCatcher.get();
            env.put("CPIB_MAIL_PORT", Integer.toString(MailCatcher.port()));
            env.put("CPIB_MAIL_FROM", "secretariat@cpib.example.org");
            env.put("CPIB_BASE_URL", "http://localhost:" + port);
            // the tests play the part of a TLS-ending proxy (X-Forwarded-Proto) from this machine
            env.put("CPIB_PROXY_TRUSTED", "127.0.0.1,0:0:0:0:0:0:0:1,::1");
            env.putAll(environment);
            Process process = builder.start();
            AppServer server = new AppServer("http://localhost:" + port, process, workDir);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
            BrowserTimes.timed("app starts", () -> server.awaitReady(log));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start Payara Micro", e);
        }
    }

    private void awaitReady(File log) {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Payara Micro exited during start-up; see " + log);
                }
                // a new HTTP/1.1 client each time: a connection (or HTTP/2 upgrade) made while the server
                // was still starting is never reused, so one that went wrong cannot fail every later look
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(2)).build();
                try {
                    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url("/health/ready")))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200 && hasHomePage(client)) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                sleep();
            }
            throw new IllegalStateException("Payara Micro was not ready within " + STARTUP + "; see " + log);
        } catch (RuntimeException notStarted) {
            // not left running (and holding its port) when the start failed
            process.destroyForcibly();
            throw notStarted;
        }
    }

    private boolean hasHomePage(HttpClient client) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url("/"))).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set (run through Maven failsafe)");
        }
        return value;
    }
}
