package scot.cpib.minutes.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ActionEvent;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.PageMessages;

/**
 * Messages for forms repeated per item or per action: the message goes next to the field of the very
 * form that was submitted (its client id includes the row), and into the error summary.
 */
final class FieldMessages {

    private FieldMessages() {
    }

    /**
     * The naming container of the button that was pressed, with its row: "minute:items:3:entry" for the
     * button "minute:items:3:entry:save". The fields saved by that button share this prefix.
     */
    static String formOf(ActionEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String buttonId = event.getComponent().getClientId(faces);
        int cut = buttonId.lastIndexOf(UINamingContainer.getSeparatorChar(faces));
        return cut < 0 ? null : buttonId.substring(0, cut);
    }

    /**
     * A broken rule next to the named field of the part of the page that was saved, and in the error
     * summary prefixed with where it is ("Item 3: …"), as the page has a Save button per part.
     */
    static void error(String where, String formClientId, String field, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = PageMessages.text(key, arguments);
        String summary = where == null ? text : where + " " + text;
        String clientId = field == null || formClientId == null ? null : formClientId + ":" + field;
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, text));
        faces.validationFailed();
    }

    static void error(String where, String formClientId, DomainException e, String field) {
        error(where, formClientId, field, e.getMessageKey(), e.getArguments());
    }

    /** Someone else saved this part first: the conflict heading next to the field that shows their version. */
    static void conflict(String where, String formClientId, String field) {
        error(where, formClientId, field, "common.conflict.heading");
    }

    static void info(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = PageMessages.text(key, arguments);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
