package scot.cpib.annualreport.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import scot.cpib.annualreport.domain.AnnualReport;
import scot.cpib.annualreport.domain.MemberReview;
import scot.cpib.annualreport.domain.ReviewDecision;
import scot.cpib.annualreport.domain.ReviewRound;
import scot.cpib.board.application.Directory;
import scot.cpib.board.domain.Membership;
import scot.cpib.board.domain.MembershipRole;
import scot.cpib.board.domain.Person;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.AppLinks;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.application.BundleTexts;
import scot.cpib.shared.application.MailReceipt;
import scot.cpib.shared.application.Mailer;
import scot.cpib.shared.application.OutgoingMail;
import scot.cpib.shared.application.Versions;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;
import scot.cpib.shared.domain.UkDates;

/**
 * Review rounds of the annual report: the secretariat sends a round with a deadline (each board member is
 * told by e-mail); each board member reads it and records their organisation's decision. Only the board's
 * members (the chair and members, not the secretariat or observers) review; a member changes only their own
 * decision. Comments are in {@link ReportComments}.
 */
@ApplicationScoped
public class ReportReviews {

    static final String PURPOSE = "annual-report-review";
    static final String REMINDER = "annual-report-reminder";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AnnualReports reports;

    @Inject
    private Directory directory;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private BoardClock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private Mailer mailer;

    /** What sending a round did: its number, how many members were told by e-mail, and who could not be. */
    public record Sent(int round, int told, List<String> notReached) {
    }

    /** The members who review: the chair and members of the board today. */
    @Transactional
    public List<Membership> reviewers() {
        return directory.membersOn(directory.board(), clock.today()).stream()
                .filter(m -> m.getRole() == MembershipRole.CHAIR || m.getRole() == MembershipRole.MEMBER).toList();
    }

    /** The caller's own membership as a reviewer, if they are one. */
    @Transactional
    public Optional<Membership> myMembership() {
        Optional<Person> me = currentUser.person();
        if (me.isEmpty() || !currentUser.isBoardReader()) {
            return Optional.empty();
        }
        return reviewers().stream().filter(m -> m.getPerson().equals(me.get())).findFirst();
    }

    public boolean isReviewer() {
        return myMembership().isPresent();
    }

    /** The report's rounds, first first. */
    @Transactional
    public List<ReviewRound> rounds(Long reportId) {
        AnnualReport report = reports.get(reportId);
        return em.createQuery("SELECT r FROM ReviewRound r WHERE r.report = :report ORDER BY r.number", ReviewRound.class)
                .setParameter("report", report).getResultList();
    }

    @Transactional
    public Optional<ReviewRound> latestRound(Long reportId) {
        List<ReviewRound> rounds = rounds(reportId);
        return rounds.isEmpty() ? Optional.empty() : Optional.of(rounds.get(rounds.size() - 1));
    }

    /** A round the caller may read. */
    @Transactional
    public Optional<ReviewRound> findRound(Long id) {
        ReviewRound round = id == null ? null : em.find(ReviewRound.class, id);
        return round != null && currentUser.isBoardReader() ? Optional.of(round) : Optional.empty();
    }

    /**
     * Sends the next round with its deadline: a draft goes into review. Each reviewer gets a review record
     * and an e-mail with the link (the mail log keeps what happened to each).
     */
    @Transactional
    public Sent sendRound(Long reportId, long expectedVersion, LocalDate deadline, String note) {
        requireSecretariat();
        AnnualReport report = reports.get(reportId);
        Versions.require(report, expectedVersion, report::getStatus);
        int number = rounds(reportId).size() + 1;
        Object before = report.getStatus();
        ReviewRound round = report.sendRound(number, deadline, note, clock.today(), currentUser.getDisplayName(), now());
        em.persist(round);
        if (before != report.getStatus()) {
            audit.change(report, "status", before, report.getStatus(), report.getTitle() + " sent for review");
        }
        audit.record(round, "sent", report.getTitle() + ": round " + number + " sent for review by "
                + UkDates.date(deadline));
        List<String> notReached = new ArrayList<>();
        int told = 0;
        for (Membership member : reviewers()) {
            em.persist(new MemberReview(round, member.getPerson(), member.getOrganisation()));
            String address = member.getPerson().getEmail();
            if (address == null || address.isBlank()) {
                notReached.add(member.getPerson().getDisplayName());
                continue;
            }
            MailReceipt receipt = mailer.send(OutgoingMail.to(address,
                    BundleTexts.text("round.mail.subject", report.getTitle(), number),
                    BundleTexts.text("round.mail.body", member.getPerson().getDisplayName(), report.getTitle(), number,
                            UkDates.date(deadline), AppLinks.absolute("/reports/view.xhtml?id=" + report.getId()),
                            round.getNote() == null ? "" : round.getNote(), currentUser.getDisplayName()),
                    PURPOSE));
            if (receipt.isSent()) {
                told++;
            } else {
                notReached.add(member.getPerson().getDisplayName());
            }
        }
        em.flush();
        return new Sent(number, told, List.copyOf(notReached));
    }

    /**
     * Before the deadline, reminds by e-mail every member who has not yet recorded a decision on the latest
     * round; the round notes when, and the mail log keeps each message.
     */
    @Transactional
    public Sent remind(Long reportId) {
        requireSecretariat();
        AnnualReport report = reports.get(reportId);
        ReviewRound round = latestRound(reportId).filter(r -> report.isInReview())
                .orElseThrow(() -> new DomainException("round.remind.notInReview", null));
        if (round.isPastDeadline(clock.today())) {
            throw new DomainException("round.remind.pastDeadline", null, UkDates.date(round.getDeadline()));
        }
        List<String> notReached = new ArrayList<>();
        int told = 0;
        for (MemberReview review : reviewsOf(round)) {
            if (review.getDecision() != null) {
                continue;
            }
            String address = review.getPerson().getEmail();
            MailReceipt receipt = address == null || address.isBlank() ? null : mailer.send(OutgoingMail.to(address,
                    BundleTexts.text("round.remind.subject", report.getTitle(), UkDates.date(round.getDeadline())),
                    BundleTexts.text("round.remind.body", review.getPerson().getDisplayName(), report.getTitle(),
                            round.getNumber(), UkDates.date(round.getDeadline()),
                            AppLinks.absolute("/reports/view.xhtml?id=" + report.getId()), currentUser.getDisplayName()),
                    REMINDER));
            if (receipt != null && receipt.isSent()) {
                told++;
            } else {
                notReached.add(review.getPerson().getDisplayName());
            }
        }
        round.reminded(now());
        audit.record(round, "reminded", report.getTitle() + ": round " + round.getNumber() + ", " + told
                + " member(s) reminded" + (notReached.isEmpty() ? "" : "; not reached: " + String.join(", ", notReached)));
        em.flush();
        return new Sent(round.getNumber(), told, List.copyOf(notReached));
    }

    /** The caller's review of the latest round, if they review and a round was sent. */
    @Transactional
    public Optional<MemberReview> myReview(Long reportId) {
        Optional<Membership> me = myMembership();
        Optional<ReviewRound> round = latestRound(reportId);
        if (me.isEmpty() || round.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(reviewOf(round.get(), me.get()));
    }

    /** Notes that the caller, a reviewer, has opened the latest round (the first time only). */
    @Transactional
    public void markRead(Long reportId) {
        myReview(reportId).filter(r -> r.getRound().getReport().isInReview()).ifPresent(review -> {
            if (review.read(now())) {
                audit.record(review, "read", review.getRound().getReport().getTitle() + ": round "
                        + review.getRound().getNumber() + " read by " + review.getPerson().getDisplayName());
            }
        });
    }

    /**
     * Records the caller's decision for their organisation on the latest round, unless it changed since the
     * form was opened.
     */
    @Transactional
    public MemberReview decide(Long reportId, long expectedVersion, ReviewDecision decision, String reason) {
        AnnualReport report = reports.get(reportId);
        if (myMembership().isEmpty()) {
            throw new DomainException("review.notReviewer", "decision");
        }
        MemberReview review = myReview(reportId).orElseThrow(() -> new DomainException("review.noRound", "decision"));
        if (!report.isInReview()) {
            throw new DomainException("review.closed", "decision");
        }
        Versions.require(review, expectedVersion, () -> ReviewSnapshot.of(review));
        ReviewDecision before = review.getDecision();
        String reasonBefore = review.getReason();
        review.decide(decision, reason, now());
        String summary = report.getTitle() + ", round " + review.getRound().getNumber() + ": "
                + review.getPerson().getDisplayName() + " for " + organisationName(review);
        audit.change(review, "decision", before, review.getDecision(), summary);
        audit.change(review, "reason", reasonBefore, review.getReason(), summary);
        em.flush();
        return review;
    }

    /** Every reviewer's review of the round, in the order of the board's members. */
    @Transactional
    public List<MemberReview> reviewsOf(ReviewRound round) {
        List<MemberReview> stored = em.createQuery("SELECT r FROM MemberReview r WHERE r.round = :round", MemberReview.class)
                .setParameter("round", round).getResultList();
        List<MemberReview> ordered = new ArrayList<>();
        for (Membership member : reviewers()) {
            stored.stream().filter(r -> r.getPerson().equals(member.getPerson())).findFirst().ifPresent(ordered::add);
        }
        stored.stream().filter(r -> !ordered.contains(r)).forEach(ordered::add);
        return ordered;
    }

    private MemberReview reviewOf(ReviewRound round, Membership member) {
        return em.createQuery("SELECT r FROM MemberReview r WHERE r.round = :round AND r.person = :person", MemberReview.class)
                .setParameter("round", round).setParameter("person", member.getPerson()).getResultStream().findFirst()
                .orElseGet(() -> {
                    MemberReview review = new MemberReview(round, member.getPerson(), member.getOrganisation());
                    em.persist(review);
                    return review;
                });
    }

    static String organisationName(MemberReview review) {
        return review.getOrganisation() == null ? "-" : review.getOrganisation().getName();
    }

    public boolean canSend() {
        return currentUser.isSecretariat();
    }

    private void requireSecretariat() {
        if (!canSend()) {
            throw new DomainException("round.notAllowed");
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    /** Find a round or say it is not there. */
    public ReviewRound getRound(Long id) {
        return findRound(id).orElseThrow(() -> new NotFoundException("Review round", id));
    }
}
