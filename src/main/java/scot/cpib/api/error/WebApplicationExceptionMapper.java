package scot.cpib.api.error;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import scot.cpib.api.ApiMessages;

/**
 * JAX-RS's own errors (unknown route, wrong method, missing credentials …) as JSON, keeping their
 * status and the headers that matter (WWW-Authenticate, Allow).
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private Request request;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        Response.ResponseBuilder answer = ErrorResponses.of(status, message(e, status), null);
        copyHeader(original, answer, HttpHeaders.WWW_AUTHENTICATE);
        copyHeader(original, answer, HttpHeaders.ALLOW);
        return answer.build();
    }

    private String message(WebApplicationException e, int status) {
        if (e instanceof NotFoundException) {
            return ApiMessages.text("api.error.notFound.route");
        }
        if (e instanceof NotAuthorizedException) {
            return ApiMessages.text("api.error.unauthorised");
        }
        if (e instanceof NotAllowedException) {
            return ApiMessages.text("api.error.method", request == null ? "" : request.getMethod());
        }
        if (e instanceof NotAcceptableException) {
            return ApiMessages.text("api.error.notAcceptable");
        }
        if (status >= 500) {
            return ApiMessages.text("api.error.unexpected");
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        return type == null ? ApiMessages.text("api.error.unexpected") : type.getReasonPhrase();
    }

    private static void copyHeader(Response from, Response.ResponseBuilder to, String name) {
        Object value = from.getHeaders().getFirst(name);
        if (value != null) {
            to.header(name, value);
        }
    }
}
