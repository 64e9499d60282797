package scot.cpib.reporting.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Removes the temporary files the renderers spool papers to. */
public final class TemporaryFiles {

    private TemporaryFiles() {
    }

    /** Deletes a temporary file; one left behind is cleared with the rest of the temp directory. */
    public static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // left for the temp directory's own clean-up
        }
    }
}
