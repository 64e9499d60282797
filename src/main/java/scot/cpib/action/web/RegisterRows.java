package scot.cpib.action.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;

/**
 * The rows of the action register ({@code <act:registerRows value="#{…}"/>}), one {@code <tr>} per
 * {@link RegisterRow}, written straight to the response: the markup a {@code ui:repeat} of about a
 * dozen expressions a row made, each resolved through the whole EL resolver chain (issue 13). Texts
 * are escaped by the response writer, as the page's own text is.
 */
@FacesComponent(value = RegisterRows.TYPE, createTag = true, tagName = "registerRows", namespace = "cpib.action")
public class RegisterRows extends RowsComponent {

    static final String TYPE = "scot.cpib.action.RegisterRows";

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        @SuppressWarnings("unchecked")
        List<RegisterRow> rows = (List<RegisterRow>) getAttributes().get("value");
        if (rows == null || rows.isEmpty()) {
            return;
        }
        String overdue = context.getApplication().getResourceBundle(context, "amsg").getString("action.overdue");
        String root = context.getExternalContext().getRequestContextPath();
        ResponseWriter out = context.getResponseWriter();
        for (RegisterRow row : rows) {
            out.startElement("tr", this);
            out.writeAttribute("data-ref", row.getReference(), null);
            out.startElement("th", this);
            out.writeAttribute("scope", "row", null);
            link(out, null, root + "/actions/view.xhtml?id=" + row.getId(), row.getDisplayReference());
            out.endElement("th");
            cell(out, row.getDescription());
            out.startElement("td", this);
            link(out, null, root + row.getOriginPath(), row.getOriginText());
            out.endElement("td");
            cell(out, row.getOwners());
            cell(out, row.getDue());
            out.startElement("td", this);
            span(out, row.getStatusClass(), row.getStatusText());
            if (row.isOverdue()) {
                out.writeText(" ", null);
                span(out, "tag tag--overdue", overdue);
            }
            out.endElement("td");
            cell(out, row.getLatestNote());
            out.endElement("tr");
            out.write('\n');
        }
    }
}
