package scot.cpib.annualreport.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scot.cpib.annualreport.application.ReportComments;
import scot.cpib.annualreport.application.ReportReviews;
import scot.cpib.annualreport.application.AnnualReports;
import scot.cpib.annualreport.domain.ReportComment;
import scot.cpib.annualreport.domain.ReportSection;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.NotFoundPage;
import scot.cpib.shared.web.PageMessages;

/**
 * A section's comment threads: a board member adds a comment (on a quoted passage or the whole section),
 * replies, and resolves or reopens their own threads. What is typed stays in the form on an error.
 */
@Named
@ViewScoped
public class CommentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AnnualReports reports;

    @Inject
    private transient ReportComments comments;

    @Inject
    private transient ReportReviews reviews;

    @Inject
    private transient PageMessages messages;

    private Long id;
    private String passage;
    private String body;
    private final Map<Long, String> replies = new HashMap<>();
    private final Map<Long, Long> versions = new HashMap<>();

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.isPostback() && getSection() == null) {
            NotFoundPage.send(faces);
        }
    }

    public ReportSection getSection() {
        return reports.findSection(id).orElse(null);
    }

    public List<ReportComments.Thread> getThreads() {
        List<ReportComments.Thread> threads = comments.threads(id);
        threads.forEach(t -> versions.putIfAbsent(t.comment().getId(), t.comment().getVersion()));
        return threads;
    }

    public boolean isReviewer() {
        return reviews.isReviewer();
    }

    public boolean isCanReply() {
        return reviews.isReviewer() || reviews.canSend();
    }

    public boolean canResolve(ReportComment thread) {
        return comments.canResolve(thread);
    }

    public String add() {
        try {
            comments.comment(id, passage, body);
            messages.info("comments.saved");
            return here();
        } catch (DomainException e) {
            messages.error(e, "comment");
            return null;
        }
    }

    public String reply(Long threadId) {
        try {
            comments.reply(threadId, replies.get(threadId));
            messages.info("comments.replied");
            return here();
        } catch (DomainException e) {
            messages.error(null, e.getMessageKey(), e.getArguments());
            return null;
        }
    }

    public String setResolved(Long threadId, boolean resolved) {
        try {
            comments.setResolved(threadId, versions.getOrDefault(threadId, 0L), resolved);
            messages.info(resolved ? "comments.resolved" : "comments.reopened");
            return here();
        } catch (ConcurrentEditException e) {
            versions.remove(threadId);
            messages.conflict(null);
        } catch (DomainException e) {
            messages.error(null, e.getMessageKey(), e.getArguments());
        }
        return null;
    }

    private String here() {
        return "/reports/comments?faces-redirect=true&id=" + id;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getPassage() {
        return passage;
    }

    public void setPassage(String passage) {
        this.passage = passage;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Map<Long, String> getReplies() {
        return replies;
    }
}
