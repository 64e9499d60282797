package scot.cpib.api.error;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import scot.cpib.api.model.ErrorDto;

/** Builds the JSON error answers. */
final class ErrorResponses {

    private ErrorResponses() {
    }

    static Response.ResponseBuilder of(int status, String message, String parameter) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String reason = type == null ? "Error" : type.getReasonPhrase();
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorDto(status, reason, message, parameter));
    }
}
