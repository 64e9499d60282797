package scot.cpib.action.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Locale;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.board.application.Owners;
import scot.cpib.board.domain.OwnerRef;

/**
 * The register's "download these actions" links: the API's action log routes with the filters and
 * sort the page shows, translated to the API's parameter names (owner as its key, q, order).
 */
@Named
@RequestScoped
public class ActionExportLinks {

    @Inject
    private FacesContext faces;

    @Inject
    private ActionRegisterPage page;

    @Inject
    private Owners owners;

    /** The link for "xlsx" or "csv". */
    public String link(String format) {
        return new QueryLinks(faces.getExternalContext().getRequestContextPath() + "/api/v1/actions." + format)
                .withAll("status", Arrays.stream(ActionStatus.values()).filter(page::isChecked).toList())
                .with("owner", ownerKey())
                .with("overdue", page.isOverdueOnly() ? "true" : null)
                .with("meeting", page.getMeeting())
                .with("dueFrom", page.getDueFrom())
                .with("dueTo", page.getDueTo())
                .with("q", page.getText())
                .with("sort", page.getSortColumn().name().toLowerCase(Locale.ROOT))
                .with("order", "desc".equals(page.getDir()) ? "desc" : null)
                .toString();
    }

    private String ownerKey() {
        return owners.named(page.getOwner()).map(OwnerRef::getKey).orElse(null);
    }
}
