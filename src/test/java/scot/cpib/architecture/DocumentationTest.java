package scot.cpib.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and docs/ speak to a person running the app (issue 10 point 9): their examples never
 * use the password the tests give the demo accounts, which a person's instance does not have.
 */
class DocumentationTest {

    private static final String TESTS_PASSWORD = "demo-password-1";

    @Test
    void noExampleUsesTheTestsDemoPassword() throws IOException {
        List<Path> documents;
        try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
            documents = Stream.concat(Stream.of(Path.of("README.md")), docs.filter(p -> p.toString().endsWith(".md"))).toList();
        }
        List<String> using = documents.stream().filter(p -> read(p).contains(TESTS_PASSWORD)).map(Path::toString).toList();
        assertEquals(List.of(), using, "use $CPIB_DEMO_PASSWORD (the password the person started the app with) instead");
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
