package scot.cpib.engagement.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import scot.cpib.engagement.application.LearningPapers;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Paper;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;
import scot.cpib.shared.domain.SafeHtml;
import scot.cpib.shared.web.NotFoundPage;
import scot.cpib.shared.web.PageMessages;

/**
 * The secretariat prepares the "Learning from Engagement" paper of a standing item from the log,
 * reads it as the pack will print it, edits it and prepares it again on request.
 */
@Named
@ViewScoped
public class LearningPaperPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient LearningPapers papers;

    @Inject
    private transient PageMessages messages;

    private Long item;
    private long version;
    private String html;
    private String theirs;
    private boolean loaded;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback() || loaded) {
            return;
        }
        try {
            papers.paperOf(papers.item(item)).ifPresent(this::fill);
            loaded = true;
        } catch (NotFoundException e) {
            NotFoundPage.send(faces);
        }
    }

    private void fill(Paper paper) {
        version = paper.getVersion();
        html = paper.getBodyHtml();
        theirs = null;
    }

    public AgendaItem getAgendaItem() {
        return papers.item(item);
    }

    public Paper getPaper() {
        return papers.paperOf(getAgendaItem()).orElse(null);
    }

    /** The paper as shown in the preview: only the structure a paper may have, whatever is stored. */
    public String getPreviewHtml() {
        Paper paper = getPaper();
        return paper == null ? null : SafeHtml.clean(paper.getBodyHtml());
    }

    public int getEngagementCount() {
        return papers.engagementsFor(getAgendaItem().getMeeting()).size();
    }

    public String prepare() {
        try {
            fill(papers.prepare(item));
            messages.info("engagement.paper.prepared", getEngagementCount());
            return "/engagement/paper?faces-redirect=true&item=" + item;
        } catch (DomainException e) {
            messages.error(e, "paper");
            return null;
        }
    }

    public String save() {
        try {
            fill(papers.edit(item, version, html));
            messages.info("engagement.paper.saved");
            return "/engagement/paper?faces-redirect=true&item=" + item;
        } catch (ConcurrentEditException e) {
            theirs = e.theirs(String.class);
            Paper now = getPaper();
            version = now == null ? version : now.getVersion();
            messages.conflict("html");
        } catch (DomainException e) {
            messages.error(e, "paper");
        }
        return null;
    }

    public Long getItem() {
        return item;
    }

    public void setItem(Long item) {
        this.item = item;
    }

    public String getHtml() {
        return html;
    }

    public void setHtml(String html) {
        this.html = html;
    }

    public String getTheirs() {
        return theirs;
    }
}
