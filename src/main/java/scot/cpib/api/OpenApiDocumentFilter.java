package scot.cpib.api;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Keeps the OpenAPI document valid: Payara Micro 6.2025 adds a non-standard top-level
 * {@code endpoints} map (keyed "/" for an app at the root) that OpenAPI tools reject; it is emptied
 * here, since {@code paths} already lists every route. It also gives the register's routes their filter
 * parameters, described once in {@link ActionFilterParams}. Registered with {@code mp.openapi.filter}.
 */
public class OpenApiDocumentFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        describeActionFilters(openAPI);
        try {
            Method setEndpoints = openAPI.getClass().getMethod("setEndpoints", Map.class);
            setEndpoints.invoke(openAPI, new TreeMap<String, Object>());
        } catch (ReflectiveOperationException | RuntimeException notPayarasModel) {
            // another implementation: nothing to remove
        }
    }

    private static void describeActionFilters(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            Operation get = item.getGET();
            if (get == null || ActionFilterParams.ROUTES.stream().noneMatch(path::endsWith)) {
                return;
            }
            List<Parameter> kept = new ArrayList<>();
            if (get.getParameters() != null) {
                get.getParameters().stream()
                        .filter(p -> !(p.getIn() == Parameter.In.QUERY && ActionFilterParams.NAMES.contains(p.getName())))
                        .forEach(kept::add);
            }
            List<Parameter> all = new ArrayList<>(ActionFilterParams.documented());
            all.addAll(kept);
            get.setParameters(all);
        });
    }
}
