package scot.cpib.annualreport.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import scot.cpib.annualreport.application.ReportReviews;
import scot.cpib.annualreport.application.ReviewSnapshot;
import scot.cpib.annualreport.domain.MemberReview;
import scot.cpib.annualreport.domain.ReviewDecision;
import scot.cpib.annualreport.domain.ReviewRound;
import scot.cpib.board.domain.Membership;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.PageMessages;

/**
 * The review part of a report's page: the current round; for the secretariat the form that sends a round
 * with its deadline; for a board member their organisation's decision (kept as typed on an error or a
 * conflict, with the saved version shown).
 */
@Named
@ViewScoped
public class ReviewPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ReportReviews reviews;

    @Inject
    private transient PageMessages messages;

    @Inject
    private ReportPage page;

    private LocalDate deadline;
    private String note;
    private ReviewDecision decision;
    private String reason;
    private Long reviewVersion;
    private ReviewSnapshot theirs;

    /** Called when the page opens: a reviewer's opening counts as reading the round; their decision fills the form. */
    public void load() {
        if (page.getReport() == null) {
            return;
        }
        reviews.markRead(page.getId());
        reviews.myReview(page.getId()).ifPresent(r -> {
            reviewVersion = r.getVersion();
            decision = r.getDecision();
            reason = r.getReason();
        });
    }

    public Optional<ReviewRound> round() {
        return reviews.latestRound(page.getId());
    }

    public ReviewRound getRound() {
        return round().orElse(null);
    }

    public MemberReview getMine() {
        return reviews.myReview(page.getId()).orElse(null);
    }

    public Membership getMembership() {
        return reviews.myMembership().orElse(null);
    }

    public boolean isCanSend() {
        return reviews.canSend();
    }

    public List<ReviewDecision> getDecisions() {
        return List.of(ReviewDecision.values());
    }

    public String send() {
        try {
            ReportReviews.Sent sent = reviews.sendRound(page.getId(), page.getVersion(), deadline, note);
            if (sent.notReached().isEmpty()) {
                messages.info("round.sent", sent.round(), sent.told());
            } else {
                messages.warn("round.sent.notReached", sent.round(), sent.told(), String.join(", ", sent.notReached()));
            }
            return "/reports/view?faces-redirect=true&id=" + page.getId();
        } catch (ConcurrentEditException e) {
            page.reloadVersion();
            messages.conflict(null);
        } catch (DomainException e) {
            messages.error(e, "round");
        }
        return null;
    }

    public String remind() {
        try {
            ReportReviews.Sent sent = reviews.remind(page.getId());
            if (sent.notReached().isEmpty()) {
                messages.info("round.reminded", sent.told());
            } else {
                messages.warn("round.reminded.notReached", sent.told(), String.join(", ", sent.notReached()));
            }
            return "/reports/view?faces-redirect=true&id=" + page.getId();
        } catch (DomainException e) {
            messages.error(null, e.getMessageKey(), e.getArguments());
        }
        return null;
    }

    public String decide() {
        try {
            MemberReview saved = reviews.decide(page.getId(), reviewVersion == null ? 0 : reviewVersion, decision, reason);
            messages.info("review.saved", PageMessages.text("review.decision." + saved.getDecision()));
            return "/reports/view?faces-redirect=true&id=" + page.getId();
        } catch (ConcurrentEditException e) {
            theirs = e.theirs(ReviewSnapshot.class);
            reviewVersion = theirs.version();
            messages.conflict("review:decision");
        } catch (DomainException e) {
            messages.error(e, "review");
        }
        return null;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public ReviewDecision getDecision() {
        return decision;
    }

    public void setDecision(ReviewDecision decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public ReviewSnapshot getTheirs() {
        return theirs;
    }
}
