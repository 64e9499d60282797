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

    /** A broken rule next to the named field of the form (the field may be renamed for this page). */
    static void error(String formClientId, String field, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = PageMessages.text(key, arguments);
        String clientId = field == null || formClientId == null ? null : formClientId + ":" + field;
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    static void error(String formClientId, DomainException e, String field) {
        error(formClientId, field, e.getMessageKey(), e.getArguments());
    }

    /** A page-wide message for the error summary. */
    static void pageError(String key, Object... arguments) {
        error(null, null, key, arguments);
    }

    static void info(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = PageMessages.text(key, arguments);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
