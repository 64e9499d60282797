package scot.cpib.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, version 1, under /api/v1; described by MicroProfile OpenAPI at /openapi. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "CPIB Board Manager API", version = "1",
                description = "Read-only access to the Community Planning Improvement Board's meetings, agendas,"
                        + " attendance and agreed actions. Dates are ISO 8601. Lists are paged: page (from 0) and"
                        + " size (default 25, at most 200); answers carry items, page, size and total."))
@SecurityScheme(securitySchemeName = ApiApplication.BASIC_AUTH, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "The user name and password of a CPIB Board Manager account")
public class ApiApplication extends Application {

    public static final String BASIC_AUTH = "basicAuth";
}
