package scot.cpib.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Tells the error pages what happened: the database unreachable (then a 503), or an expired form (a 400). */
@Named
@RequestScoped
public class ErrorPage {

    @Inject
    private FacesContext faces;

    private Boolean databaseDown;

    public boolean isDatabaseDown() {
        if (databaseDown == null) {
            Object error = faces.getExternalContext().getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION);
            databaseDown = error instanceof Throwable t && causedByDatabase(t);
            if (databaseDown) {
                ((HttpServletResponse) faces.getExternalContext().getResponse())
                        .setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        }
        return databaseDown;
    }

    /**
     * The expired page (a form posted with a view state the server no longer holds, or never issued):
     * answers 400, a client error, and gives back the values the person typed so they can copy them
     * into the page opened again. Passwords and the page's own hidden fields are left out.
     */
    public List<String> getTypedValues() {
        ((HttpServletResponse) faces.getExternalContext().getResponse()).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        List<String> typed = new ArrayList<>();
        faces.getExternalContext().getRequestParameterValuesMap().forEach((name, values) -> {
            if (isTypedField(name)) {
                for (String value : values) {
                    if (value != null && !value.isBlank() && !value.equals(name) && !typed.contains(value.strip())) {
                        typed.add(value.strip());
                    }
                }
            }
        });
        return typed;
    }

    private static boolean isTypedField(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !lower.startsWith("jakarta.faces") && !lower.startsWith("javax.faces") && !lower.contains("password")
                && !lower.contains("_input_") && !lower.endsWith("button") && !lower.contains(":save")
                && !lower.contains("_csrf");
    }

    /** True when the chain holds an SQL error or a persistence error about connections. */
    public static boolean causedByDatabase(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.endsWith("DatabaseException") || name.endsWith("ResourceException")
                    || name.contains("PoolingException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
