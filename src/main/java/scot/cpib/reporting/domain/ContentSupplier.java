package scot.cpib.reporting.domain;

import java.io.IOException;
import java.io.InputStream;

/** Opens an uploaded file's bytes when the renderer reaches it, so papers are read one at a time. */
@FunctionalInterface
public interface ContentSupplier {

    InputStream open() throws IOException;
}
