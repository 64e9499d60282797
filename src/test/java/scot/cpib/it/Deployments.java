package scot.cpib.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archive in-container tests run in: the real build output plus the test classes. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application(Class<?>... testClasses) {
        File war = new File("target/cpib.war");
        if (!war.isFile()) {
            throw new IllegalStateException("target/cpib.war is missing: run the tests with mvn verify");
        }
        return ShrinkWrap.create(ZipImporter.class, "cpib.war").importFrom(war).as(WebArchive.class)
                .addClasses(testClasses);
    }
}
