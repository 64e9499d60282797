package scot.cpib.api;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Keeps the OpenAPI document valid: Payara Micro 6.2025 adds a non-standard top-level
 * {@code endpoints} map (keyed "/" for an app at the root) that OpenAPI tools reject; it is emptied
 * here, since {@code paths} already lists every route. Registered with {@code mp.openapi.filter}.
 */
public class OpenApiDocumentFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        try {
            Method setEndpoints = openAPI.getClass().getMethod("setEndpoints", Map.class);
            setEndpoints.invoke(openAPI, new TreeMap<String, Object>());
        } catch (ReflectiveOperationException | RuntimeException notPayarasModel) {
            // another implementation: nothing to remove
        }
    }
}
