package scot.cpib.engagement.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import scot.cpib.engagement.application.EngagementStrategies;
import scot.cpib.engagement.domain.CoreMessage;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.NotFoundPage;
import scot.cpib.shared.web.PageMessages;

/** The secretariat rewords one core message of the strategy (?number=5). */
@Named
@ViewScoped
public class MessagePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient EngagementStrategies strategies;

    @Inject
    private transient PageMessages messages;

    private Long number;
    private Long messageId;
    private long version;
    private String text;
    private String theirs;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback() || messageId != null) {
            return;
        }
        CoreMessage message = number == null || number > Integer.MAX_VALUE ? null
                : strategies.current().flatMap(s -> s.findMessage(number.intValue())).orElse(null);
        if (message == null) {
            NotFoundPage.send(faces);
            return;
        }
        messageId = message.getId();
        version = message.getVersion();
        text = message.getText();
    }

    public String save() {
        try {
            strategies.reword(messageId, version, text);
            messages.info("engagement.message.saved", String.valueOf(number));
            return "/engagement/strategy?faces-redirect=true";
        } catch (ConcurrentEditException e) {
            theirs = e.theirs(String.class);
            version = strategies.current().flatMap(s -> s.findMessage(number.intValue())).map(CoreMessage::getVersion).orElse(version);
            messages.conflict("text");
        } catch (DomainException e) {
            messages.error(e, "message");
        }
        return null;
    }

    public Long getNumber() {
        return number;
    }

    public void setNumber(Long number) {
        this.number = number;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getTheirs() {
        return theirs;
    }
}
