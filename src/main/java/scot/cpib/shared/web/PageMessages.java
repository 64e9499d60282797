package scot.cpib.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import scot.cpib.shared.application.BundleTexts;
import scot.cpib.shared.domain.DomainException;

/**
 * Puts messages on a page: against a field (shown next to it and in the error summary) or for the
 * whole page. Texts come from the resource bundles by key.
 */
@RequestScoped
public class PageMessages {

    @Inject
    private FacesContext faces;

    public static String text(String key, Object... arguments) {
        return BundleTexts.text(key, arguments);
    }

    /** An error next to the field whose id (within the current form) is given, or for the page. */
    public void error(String fieldId, String key, Object... arguments) {
        add(fieldId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /**
     * Someone else saved first ({@code ConcurrentEditException}): the conflict heading next to the field
     * where their version is shown, or (null) in the summary; the page keeps what the person typed.
     */
    public void conflict(String fieldId) {
        error(fieldId, "common.conflict.heading");
    }

    public void info(String key, Object... arguments) {
        faces.getExternalContext().getFlash().setKeepMessages(true);
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /** Something done only in part: a warning at the top of the next page, saying what to do. */
    public void warn(String key, Object... arguments) {
        faces.getExternalContext().getFlash().setKeepMessages(true);
        add(null, FacesMessage.SEVERITY_WARN, text(key, arguments));
    }

    /** A broken domain rule, shown next to the field it names when the page has such a field. */
    public void error(DomainException e, String formId) {
        String clientId = e.getField() == null ? null : formId + ":" + e.getField();
        add(clientId, FacesMessage.SEVERITY_ERROR, text(e.getMessageKey(), e.getArguments()));
    }

    private void add(String fieldId, FacesMessage.Severity severity, String text) {
        String clientId = fieldId;
        if (clientId != null) {
            UIComponent found = clientId.contains(":") ? findAbsolute(clientId) : findInView(clientId);
            clientId = found == null ? null : inputOf(found).getClientId(faces);
        }
        faces.addMessage(clientId, new FacesMessage(severity, text, text));
        if (severity == FacesMessage.SEVERITY_ERROR) {
            faces.validationFailed();
        }
    }

    /** A composite field (such as {@code <cc:partialDate>}) takes its message on the input inside it. */
    private static UIComponent inputOf(UIComponent found) {
        if (UIComponent.isCompositeComponent(found)) {
            UIComponent input = found.findComponent(PartialDateConverter.INPUT_ID);
            return input == null ? found : input;
        }
        return found;
    }

    private UIComponent findAbsolute(String clientId) {
        try {
            return faces.getViewRoot().findComponent(":" + clientId);
        } catch (IllegalArgumentException notThere) {
            return null;
        }
    }

    private UIComponent findInView(String id) {
        return find(faces.getViewRoot(), id);
    }

    private static UIComponent find(UIComponent parent, String id) {
        for (UIComponent child : parent.getChildren()) {
            if (id.equals(child.getId())) {
                return child;
            }
            UIComponent found = find(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
