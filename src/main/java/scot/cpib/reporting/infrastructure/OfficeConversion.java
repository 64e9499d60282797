package scot.cpib.reporting.infrastructure;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Converts an uploaded office file (Word, Excel, PowerPoint, ODF …) to PDF with LibreOffice running
 * headless, when the server has {@code soffice} on its PATH. Without it, or when conversion fails or
 * takes longer than a minute, the caller prints a page naming the attachment instead.
 */
public final class OfficeConversion {

    private static final long TIMEOUT_SECONDS = 60;
    private static final String CONVERT_DIR = "cpib-convert";

    private OfficeConversion() {
    }

    public static Optional<Path> soffice() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator))
                .map(dir -> Path.of(dir, "soffice"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /**
     * Converts the file; the PDF lands in a new temporary directory the caller deletes with
     * {@link #deleteQuietly(Path)} once it has read it.
     */
    public static Optional<Path> toPdf(InputStream content, String fileName) {
        Optional<Path> soffice = soffice();
        if (soffice.isEmpty()) {
            return Optional.empty();
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory(CONVERT_DIR);
            String safeName = "paper" + extension(fileName);
            Path source = dir.resolve(safeName);
            Files.copy(content, source, StandardCopyOption.REPLACE_EXISTING);
            Process process = new ProcessBuilder(soffice.get().toString(), "--headless", "--norestore",
                    "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                    "--convert-to", "pdf", "--outdir", dir.toString(), source.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("soffice.log").toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                deleteQuietly(dir);
                return Optional.empty();
            }
            Path pdf = dir.resolve("paper.pdf");
            if (process.exitValue() != 0 || !Files.isRegularFile(pdf)) {
                deleteQuietly(dir);
                return Optional.empty();
            }
            return Optional.of(pdf);
        } catch (IOException e) {
            deleteQuietly(dir);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            deleteQuietly(dir);
            return Optional.empty();
        }
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot);
        return ext.matches("\\.[A-Za-z0-9]{1,5}") ? ext : "";
    }

    /**
     * Deletes a temporary file the renderers made: the file itself and, when it is a converted PDF,
     * the conversion's own directory. Nothing outside a "cpib-convert" directory is ever walked.
     */
    public static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Path dir = path;
            if (!Files.isDirectory(path)) {
                Files.deleteIfExists(path);
                dir = path.getParent();
            }
            if (dir != null && dir.getFileName() != null && dir.getFileName().toString().startsWith(CONVERT_DIR)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            // a temporary file left behind is cleared with the rest of the temp directory
        }
    }
}
