package scot.cpib.action.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The outstanding rows of "My actions" ({@code <act:myActionRows value="#{…}"/>}), one {@code <tr>} per
 * {@link MyActionRow}, written straight to the response. The same markup a {@code ui:repeat} of plain
 * text made, without its expressions: at national scale 90 rows of about 20 expressions each, every one
 * resolved through the whole EL resolver chain, were a third of the page's CPU (issue 13). Texts are
 * escaped by the response writer, as the page's own text is.
 */
@FacesComponent(value = MyActionRows.TYPE, createTag = true, tagName = "myActionRows", namespace = "cpib.action")
public class MyActionRows extends RowsComponent {

    static final String TYPE = "scot.cpib.action.MyActionRows";

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        @SuppressWarnings("unchecked")
        List<MyActionRow> rows = (List<MyActionRow>) getAttributes().get("value");
        if (rows == null || rows.isEmpty()) {
            return;
        }
        ResourceBundle texts = ResourceBundle.getBundle("i18n.actions", Locale.UK);
        String overdue = texts.getString("action.overdue");
        String update = texts.getString("mine.update");
        String viewPrefix = context.getExternalContext().getRequestContextPath() + "/actions/view.xhtml?id=";
        ResponseWriter out = context.getResponseWriter();
        for (MyActionRow row : rows) {
            out.startElement("tr", this);
            out.writeAttribute("data-ref", row.getReference(), null);
            if (row.isJustSaved()) {
                out.writeAttribute("class", "row--saved", null);
            }
            out.startElement("th", this);
            out.writeAttribute("scope", "row", null);
            link(out, "ref-" + row.getId(), viewPrefix + row.getId(), row.getDisplayReference());
            out.endElement("th");
            cell(out, row.getDescription());
            cell(out, row.getDue());
            out.startElement("td", this);
            span(out, row.getStatusClass(), row.getStatus());
            if (row.isOverdue()) {
                out.writeText(" ", null);
                span(out, "tag tag--overdue", overdue);
            }
            out.endElement("td");
            out.startElement("td", this);
            out.writeText(row.getLatestNote() + " ", null);
            span(out, "muted", row.getLatestBy());
            out.endElement("td");
            out.startElement("td", this);
            link(out, null, row.getAgreedAtAddress(), row.getAgreedAtLabel());
            out.endElement("td");
            cell(out, row.getOwners());
            out.startElement("td", this);
            if (!row.isFormOpen()) {
                out.startElement("a", this);
                out.writeAttribute("id", "open-" + row.getId(), null);
                out.writeAttribute("class", "button button--secondary", null);
                out.writeAttribute("href", row.getUpdateAddress(), null);
                out.writeText(update, null);
                span(out, "visually-hidden", " " + row.getUpdateHint());
                out.endElement("a");
            }
            out.endElement("td");
            out.endElement("tr");
            out.write('\n');
        }
    }
}
