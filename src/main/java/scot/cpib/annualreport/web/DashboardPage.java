package scot.cpib.annualreport.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import scot.cpib.annualreport.application.AnnualReports;
import scot.cpib.annualreport.application.ReportComments;
import scot.cpib.annualreport.application.ReportReviews;
import scot.cpib.annualreport.domain.AnnualReport;
import scot.cpib.annualreport.domain.MemberReview;
import scot.cpib.annualreport.domain.ReportComment;
import scot.cpib.annualreport.domain.ReviewDecision;
import scot.cpib.annualreport.domain.ReviewRound;
import scot.cpib.shared.web.NotFoundPage;

/** The review dashboard of a report: per member and organisation who has read, agreed or asked for changes, and the open comments. */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AnnualReports reports;

    @Inject
    private transient ReportReviews reviews;

    @Inject
    private transient ReportComments comments;

    private Long id;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.isPostback() && getReport() == null) {
            NotFoundPage.send(faces);
        }
    }

    public AnnualReport getReport() {
        return reports.find(id).orElse(null);
    }

    public ReviewRound getRound() {
        return getReport() == null ? null : reviews.latestRound(id).orElse(null);
    }

    public List<MemberReview> getReviews() {
        ReviewRound round = getRound();
        return round == null ? List.of() : reviews.reviewsOf(round);
    }

    public List<ReportComment> getOpen() {
        return getReport() == null ? List.of() : comments.openThreads(id);
    }

    public long openBy(MemberReview review) {
        return comments.openThreadsBy(getOpen(), review.getPerson().getId());
    }

    public long getReadCount() {
        return getReviews().stream().filter(MemberReview::isRead).count();
    }

    public long count(String decision) {
        return getReviews().stream().filter(r -> decision.equals(r.getDecision() == null ? "NONE" : r.getDecision().name())).count();
    }

    public long getAgreed() {
        return count(ReviewDecision.AGREED.name());
    }

    public long getChangesRequested() {
        return count(ReviewDecision.CHANGES_REQUESTED.name());
    }

    public long getUndecided() {
        return count("NONE");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
