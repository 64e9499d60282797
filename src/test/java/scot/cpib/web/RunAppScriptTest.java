package scot.cpib.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What `mvn -Prun package` runs (src/run/run-app.sh), with a stand-in for Payara Micro (issue 10
 * point 9): start-up ends with one block giving http://localhost:port/, the accounts and the
 * password (or that a new CPIB_DEMO_PASSWORD was ignored), and killing Maven (kill -9) stops the
 * server, so nothing keeps the port.
 */
class RunAppScriptTest {

    @TempDir
    Path folder;

    private Process maven;
    private Path jar;

    /** A jar whose main class is {@link FakePayaraMicro}, found through its class path entry. */
    @BeforeEach
    void fakePayaraMicro() throws IOException {
        jar = folder.resolve("payara-micro.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakePayaraMicro.class.getName());
        Path classes = Path.of(FakePayaraMicro.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classes.toUri().toString());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // the manifest is all it needs
        }
    }

    /** Stops what a test left running: Maven's stand-in, run-app.sh and the fake server. */
    @AfterEach
    void stopMaven() throws IOException {
        if (maven != null) {
            maven.descendants().forEach(ProcessHandle::destroyForcibly);
            maven.destroyForcibly();
        }
        Path pid = folder.resolve("run").resolve("fake-payara.pid");
        if (Files.exists(pid)) {
            ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void firstStartEndsWithOneBlockGivingTheLocalAddressAccountsAndTheRandomPassword() throws Exception {
        Path work = folder.resolve("run");
        String output = startAndReadBlock(work, List.of("The demo accounts admin, secretariat have the password Xk3vQ9mPz7Lw (shown once)"));
        assertTrue(output.contains("CPIB Board Manager is running at http://localhost:18999/"), output);
        assertTrue(output.contains("Demo accounts: admin, secretariat, lead, member"), output);
        assertTrue(output.contains("Password: Xk3vQ9mPz7Lw"), output);
        assertTrue(output.contains("Whole log: " + work.resolve("payara.log")), output);
    }

    @Test
    void aLaterStartWithAnotherDemoPasswordSaysItWasIgnored() throws Exception {
        String output = startAndReadBlock(folder.resolve("run"), List.of("WARNING: CPIB_DEMO_PASSWORD is ignored: the demo accounts already exist"));
        assertTrue(output.contains("Password: NOT the CPIB_DEMO_PASSWORD set now"), output);
    }

    @Test
    void killingMavenStopsTheServer() throws Exception {
        Path work = folder.resolve("run");
        startAndReadBlock(work, List.of());
        long server = Long.parseLong(Files.readString(work.resolve("fake-payara.pid")).strip());
        assertTrue(ProcessHandle.of(server).map(ProcessHandle::isAlive).orElse(false), "the server runs");
        maven.destroyForcibly().waitFor();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (ProcessHandle.of(server).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertFalse(ProcessHandle.of(server).map(ProcessHandle::isAlive).orElse(false), "the server stopped with Maven");
    }

    /** Starts run-app.sh under a shell standing in for Maven; answers its output up to the end of the block. */
    private String startAndReadBlock(Path work, List<String> logLines) throws Exception {
        Path logging = Files.writeString(folder.resolve("logging.properties"), "");
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", "\"$@\" & wait", "maven",
                Path.of("src/run/run-app.sh").toAbsolutePath().toString(), jar.toString(), folder.resolve("cpib.war").toString(),
                "18999", logging.toString(), work.toString())
                .redirectErrorStream(true);
        builder.environment().put("FAKE_PAYARA_LINES", String.join("\n", logLines));
        builder.environment().put("FAKE_PAYARA_PID", work.resolve("fake-payara.pid").toString());
        builder.environment().remove("CPIB_DEMO_PASSWORD");
        maven = builder.start();
        StringBuilder output = new StringBuilder();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        var in = maven.getInputStream();
        while (System.nanoTime() < deadline && !output.toString().contains("Stop it with Ctrl+C")) {
            if (in.available() > 0) {
                output.append((char) in.read());
            } else {
                Thread.sleep(50);
            }
        }
        assertTrue(output.toString().contains("Stop it with Ctrl+C"), "no start-up block: " + output);
        return output.toString();
    }

    /** Stands in for Payara Micro: writes its pid, the given log lines and "ready in", then waits to be stopped. */
    public static final class FakePayaraMicro {

        private FakePayaraMicro() {
        }

        public static void main(String[] args) throws Exception {
            Files.createDirectories(Path.of(System.getenv("FAKE_PAYARA_PID")).getParent());
            Files.writeString(Path.of(System.getenv("FAKE_PAYARA_PID")), Long.toString(ProcessHandle.current().pid()));
            String lines = System.getenv("FAKE_PAYARA_LINES");
            if (lines != null && !lines.isEmpty()) {
                System.out.println(lines);
            }
            System.out.println("Payara Micro 6.2025.10 (build 42) ready in 1,234 (ms)");
            System.out.flush();
            Thread.sleep(Duration.ofMinutes(5).toMillis());
        }
    }
}
