package scot.cpib.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one archive every in-container test runs in, deployed once per test run by
 * {@link OneDeploymentPerSuite}: the real build output plus every compiled test class that belongs
 * in the container. Left out: unit tests ({@code *Test}), browser and HTTP tests ({@code *UiIT},
 * {@code *ApiIT}), this package (the test side's own machinery) and the benchmarks. A new
 * in-container test class needs nothing here: it is found by its name.
 */
public final class SuiteDeployment {

    private SuiteDeployment() {
    }

    @Deployment
    public static WebArchive application() {
        File war = new File("target/cpib.war");
        if (!war.isFile()) {
            throw new IllegalStateException("target/cpib.war is missing: run the tests with mvn verify");
        }
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "cpib.war").importFrom(war).as(WebArchive.class);
        Path classes = testClasses();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(file -> file.toString().endsWith(".class"))
                    .map(classes::relativize)
                    .filter(SuiteDeployment::belongsInTheContainer)
                    .forEach(name -> archive.add(new ByteArrayAsset(read(classes.resolve(name))),
                            "WEB-INF/classes/" + name.toString().replace(File.separatorChar, '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return archive;
    }

    /** Whether the compiled test class at this path (relative to the test classes) goes into the archive. */
    static boolean belongsInTheContainer(Path classFile) {
        String path = classFile.toString().replace(File.separatorChar, '/');
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        String topLevel = path.substring(folder.length() + (folder.isEmpty() ? 0 : 1)).replaceFirst("[$.].*", "");
        return !topLevel.endsWith("Test") && !topLevel.endsWith("UiIT") && !topLevel.endsWith("ApiIT")
                && !folder.equals("scot/cpib/it") && !folder.endsWith("/bench");
    }

    /** Read now, not when the archive is exported: a later compile must not change what is deployed. */
    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path testClasses() {
        try {
            return Path.of(SuiteDeployment.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
