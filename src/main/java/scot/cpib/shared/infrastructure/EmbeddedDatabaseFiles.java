package scot.cpib.shared.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The embedded H2 database holds confidential papers and password hashes, so its files are for the
 * app's own user only: a folder it creates gets 0700, and the database files in it 0600. Nothing
 * is done for in-memory or server databases, or where the file system has no POSIX permissions.
 */
public final class EmbeddedDatabaseFiles {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseFiles.class.getName());

    private EmbeddedDatabaseFiles() {
    }

    /** Before the first connection: the folder of an H2 file database, created 0700 if missing. */
    public static void prepare(String url) {
        Optional<Path> database = databasePath(url);
        if (database.isEmpty() || !posix()) {
            return;
        }
        Path folder = database.get().toAbsolutePath().getParent();
        try {
            if (folder != null && !Files.exists(folder)) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                LOG.info(() -> "Created the embedded database folder " + folder + " (0700)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the embedded database folder " + folder, e);
        }
    }

    /** After connecting: the database's files (cpib.mv.db, cpib.trace.db …) readable by the app's user only. */
    public static void restrict(String url) {
        Optional<Path> database = databasePath(url);
        if (database.isEmpty() || !posix()) {
            return;
        }
        Path absolute = database.get().toAbsolutePath();
        Path folder = absolute.getParent();
        String prefix = absolute.getFileName() + ".";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, file -> file.getFileName().toString().startsWith(prefix))) {
            for (Path file : files) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            LOG.warning(() -> "Could not restrict the permissions of the embedded database files in " + folder + ": " + e);
        }
    }

    /** The file path of an H2 file database URL ({@code jdbc:h2:./cpib-data/cpib;…}), if it is one. */
    static Optional<Path> databasePath(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String rest = url.substring("jdbc:h2:".length());
        int options = rest.indexOf(';');
        String location = options < 0 ? rest : rest.substring(0, options);
        if (location.startsWith("file:")) {
            location = location.substring("file:".length());
        } else if (location.matches("^(mem|tcp|ssl|zip|nio\\w*|split|async|memFS|memLZF):.*")) {
            return Optional.empty();
        }
        if (location.startsWith("~")) {
            location = System.getProperty("user.home") + location.substring(1);
        }
        return location.isBlank() ? Optional.empty() : Optional.of(Path.of(location));
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
