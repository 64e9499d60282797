package scot.cpib.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;

/** Tells the error page whether the failure was the database being unreachable (then a 503). */
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
