package scot.cpib.api.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import scot.cpib.api.ApiMessages;
import scot.cpib.shared.web.ErrorPage;

/**
 * Anything else: 503 when the database is unreachable, otherwise 500; logged here, never shown.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (ErrorPage.causedByDatabase(e)) {
            LOG.log(Level.WARNING, "API request failed: the database is unreachable ({0})", e.toString());
            return ErrorResponses.of(503, ApiMessages.text("api.error.database"), null)
                    .header("Retry-After", "30").build();
        }
        LOG.log(Level.SEVERE, "API request failed", e);
        return ErrorResponses.of(500, ApiMessages.text("api.error.unexpected"), null).build();
    }
}
