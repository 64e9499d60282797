package scot.cpib.meeting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Marks a form field as in error when a message was put against it: {@code #{fieldErrors.css('form:field')}}. */
@Named
@RequestScoped
public class FieldErrors {

    @Inject
    private FacesContext faces;

    public boolean has(String clientId) {
        return !faces.getMessageList(clientId).isEmpty();
    }

    public String css(String clientId) {
        return has(clientId) ? "field--error" : "";
    }
}
