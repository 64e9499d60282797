package scot.cpib.api.error;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import scot.cpib.api.ApiMessages;
import scot.cpib.api.DocumentsBusyException;

/** Too many documents being made at once: 503 with Retry-After, so clients come back rather than pile up. */
@Provider
public class DocumentsBusyMapper implements ExceptionMapper<DocumentsBusyException> {

    @Override
    public Response toResponse(DocumentsBusyException e) {
        return ErrorResponses.of(503, ApiMessages.text("api.error.busy", e.retryAfterSeconds()), null)
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .build();
    }
}
