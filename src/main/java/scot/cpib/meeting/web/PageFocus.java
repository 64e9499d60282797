package scot.cpib.meeting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Where keyboard focus goes when the page comes back after a button: the moved item's button, the
 * form that was opened, the heading of the list that changed. Lives for one request only.
 */
@Named
@RequestScoped
public class PageFocus {

    private String target;

    public String getTarget() {
        return target;
    }

    public void moveTo(String clientId) {
        this.target = clientId;
    }
}
