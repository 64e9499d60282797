package scot.cpib.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The entries of the error summary at the top of a page (the GOV.UK pattern): every message of the
 * request at once, in the order they were added; one that belongs to a field links to it.
 */
@Named
@RequestScoped
public class ErrorSummary {

    /** One line of the summary: its text, its severity ("error", "warning", "info"), the field it links to. */
    public record Entry(String text, String severity, String fieldId) {

        public String getText() {
            return text;
        }

        public String getSeverity() {
            return severity;
        }

        public String getFieldId() {
            return fieldId;
        }
    }

    /** Every message of the page, field messages linking to their field; each marked as shown. */
    public List<Entry> getEntries() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<Entry> entries = new ArrayList<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String clientId = ids.next();
            for (Iterator<FacesMessage> messages = faces.getMessages(clientId); messages.hasNext(); ) {
                FacesMessage message = messages.next();
                entries.add(new Entry(message.getSummary(), severity(message), clientId));
                message.rendered();
            }
        }
        return entries;
    }

    /** The page-wide messages only (no field): what a warning or notice at the top shows. */
    public List<Entry> getPageEntries() {
        return getEntries().stream().filter(e -> e.fieldId() == null).toList();
    }

    private static String severity(FacesMessage message) {
        if (message.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0) {
            return "error";
        }
        return message.getSeverity() == FacesMessage.SEVERITY_WARN ? "warning" : "info";
    }
}
