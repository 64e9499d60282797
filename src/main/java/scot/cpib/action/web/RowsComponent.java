package scot.cpib.action.web;

import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;

/**
 * A component that writes a list's table rows straight to the response ({@link RegisterRows},
 * {@link MyActionRows}): the markup a {@code ui:repeat} of plain text made, without an expression per
 * cell, each resolved through the whole EL resolver chain (issue 13). Texts and attributes are
 * escaped by the response writer, as the page's own are.
 */
abstract class RowsComponent extends UIComponentBase {

    @Override
    public String getFamily() {
        return "scot.cpib.action";
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    void cell(ResponseWriter out, String text) throws IOException {
        out.startElement("td", this);
        out.writeText(text, null);
        out.endElement("td");
    }

    void span(ResponseWriter out, String styleClass, String text) throws IOException {
        out.startElement("span", this);
        out.writeAttribute("class", styleClass, null);
        out.writeText(text, null);
        out.endElement("span");
    }

    /** A link; an attribute without a value (no id, no address) is left out, as a page's markup leaves it out. */
    void link(ResponseWriter out, String id, String href, String text) throws IOException {
        out.startElement("a", this);
        if (id != null) {
            out.writeAttribute("id", id, null);
        }
        if (href != null) {
            out.writeAttribute("href", href, null);
        }
        out.writeText(text, null);
        out.endElement("a");
    }
}
