package scot.cpib.api.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import scot.cpib.api.ApiMessages;
import scot.cpib.shared.domain.NotFoundException;

/** A record that does not exist, or that the caller may not see: 404. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {

    @Override
    public Response toResponse(NotFoundException e) {
        return ErrorResponses.of(404, ApiMessages.text("api.error.notFound"), null).build();
    }
}
