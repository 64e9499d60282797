package scot.cpib.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Temporary folders of the tests (Payara Micro's working folders, Chromium profiles), created in the
 * JVM's temporary folder (each test tier has its own under target/it-tmp, set by the pom) and removed
 * when they are no longer used.
 */
public final class TempFiles {

    private TempFiles() {
    }

    /** A new folder in the temporary folder, which is created first if it is missing. */
    public static Path createDirectory(String prefix) {
        try {
            Path root = Path.of(System.getProperty("java.io.tmpdir"));
            Files.createDirectories(root);
            return Files.createTempDirectory(root, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the temporary folder if it is missing (a tier's own folder under target is, at first). */
    static void createTierFolder() {
        try {
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the folder and everything in it; what cannot be deleted (still in use) is left. */
    public static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException stillInUse) {
            // best effort: a file another process still holds stays until the next clean
        }
    }

    /** Deletes the contents of the temporary folder, but only a test tier's own (under target). */
    static void deleteTierFolderContents() {
        Path root = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        if (!root.toString().contains("/target/it-tmp/") || !Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> children = Files.list(root)) {
            children.forEach(TempFiles::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
