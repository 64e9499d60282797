package scot.cpib.minutes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import scot.cpib.board.application.Directory;
import scot.cpib.board.domain.Membership;
import scot.cpib.board.domain.MembershipRole;
import scot.cpib.board.domain.Person;
import scot.cpib.meeting.domain.Attendance;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.minutes.domain.MinuteReview;
import scot.cpib.minutes.domain.MinuteReviewStep;
import scot.cpib.minutes.domain.ReviewStage;
import scot.cpib.minutes.domain.ReviewStepKind;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.security.domain.AppUser;
import scot.cpib.shared.application.AppLinks;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.application.BundleTexts;
import scot.cpib.shared.application.Mailer;
import scot.cpib.shared.application.OutgoingMail;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;
import scot.cpib.shared.domain.UkDates;

/**
 * The review of a draft minute: the secretariat sends it to the chair; the chair comments and clears
 * it for circulation; the secretariat circulates it to the members as a draft; the board approves it
 * at the next meeting ({@link MinuteApproval}). Each step is a recorded step with an audit entry and
 * an e-mail (to the chair, back to whoever sent it, or to each member).
 */
@ApplicationScoped
public class MinuteReviews {

    static final String PURPOSE = "minute-review";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private Mailer mailer;

    @Inject
    private Directory directory;

    @Inject
    private BoardClock clock;

    /** Where the review stands (with the secretariat until first sent). */
    @Transactional
    public ReviewStage stageOf(Long meetingId) {
        return Optional.ofNullable(em.find(MinuteReview.class, meetingId)).map(MinuteReview::getStage)
                .orElse(ReviewStage.WITH_SECRETARIAT);
    }

    /** The steps so far, oldest first. */
    @Transactional
    public List<MinuteReviewStep> stepsOf(Long meetingId) {
        return em.createQuery("SELECT s FROM MinuteReviewStep s WHERE s.meetingId = :m ORDER BY s.takenAt, s.id",
                MinuteReviewStep.class).setParameter("m", meetingId).getResultList();
    }

    /** The meeting's chair: who chaired it (attendance), else the board's chair on its day. */
    @Transactional
    public Optional<Person> chairOf(Meeting meeting) {
        Optional<Person> chaired = meeting.getAttendances().stream().filter(Attendance::isChair)
                .map(Attendance::getPerson).findFirst();
        if (chaired.isPresent()) {
            return chaired;
        }
        return directory.membersOn(meeting.getBoard(), meeting.getDate()).stream()
                .filter(m -> m.getRole() == MembershipRole.CHAIR).map(Membership::getPerson).findFirst();
    }

    /** Whether the signed-in person is the meeting's chair. */
    @Transactional
    public boolean isChair(Long meetingId) {
        Meeting meeting = meeting(meetingId);
        Optional<Person> me = currentUser.person();
        return me.isPresent() && chairOf(meeting).filter(me.get()::equals).isPresent();
    }

    @Transactional
    public void sendToChair(Long meetingId, String note) {
        requireSecretariat();
        Meeting meeting = meeting(meetingId);
        Person chair = chairOf(meeting).orElseThrow(() -> new DomainException("review.noChair"));
        MinuteReview review = review(meeting);
        review.sendToChair(meeting);
        step(meeting, ReviewStepKind.SENT_TO_CHAIR, note);
        mail(List.of(chair), "review.mail.toChair.subject", "review.mail.toChair.body", meeting, note);
    }

    /** The chair (or the secretariat, recording what the chair said) comments on the draft. */
    @Transactional
    public void comment(Long meetingId, String comment) {
        Meeting meeting = meeting(meetingId);
        requireChairOrSecretariat(meetingId);
        review(meeting).requireWithChair(meeting);
        step(meeting, ReviewStepKind.COMMENTED, comment);
        mail(sender(meetingId), "review.mail.comment.subject", "review.mail.comment.body", meeting, comment);
    }

    /** The chair (or the secretariat on the chair's word) clears the draft for circulation. */
    @Transactional
    public void clear(Long meetingId, String note) {
        Meeting meeting = meeting(meetingId);
        requireChairOrSecretariat(meetingId);
        review(meeting).clear(meeting);
        step(meeting, ReviewStepKind.CLEARED, note);
        mail(sender(meetingId), "review.mail.cleared.subject", "review.mail.cleared.body", meeting, note);
    }

    /** The secretariat takes a draft back from the chair to change it after comments. */
    @Transactional
    public void takeBack(Long meetingId) {
        requireSecretariat();
        Meeting meeting = meeting(meetingId);
        review(meeting).takeBack(meeting);
        audit.record(meeting, "minute review", "Draft minute of the " + meeting.getOrdinal() + " meeting taken back from the chair");
    }

    /** The secretariat circulates the cleared draft to every member of the board (one e-mail each). */
    @Transactional
    public int circulate(Long meetingId, String note) {
        requireSecretariat();
        Meeting meeting = meeting(meetingId);
        review(meeting).circulate(meeting);
        step(meeting, ReviewStepKind.CIRCULATED, note);
        List<Person> members = directory.membersOn(meeting.getBoard(), clock.today()).stream().map(Membership::getPerson)
                .distinct().toList();
        for (Person member : members) {
            mail(List.of(member), "review.mail.circulated.subject", "review.mail.circulated.body", meeting, note);
        }
        return members.size();
    }

    private void mail(List<Person> to, String subjectKey, String bodyKey, Meeting meeting, String note) {
        List<String> addresses = new ArrayList<>();
        for (Person person : to) {
            if (person.getEmail() != null && !person.getEmail().isBlank()) {
                addresses.add(person.getEmail().strip());
            }
        }
        if (addresses.isEmpty()) {
            return;
        }
        String names = String.join(", ", to.stream().map(Person::getDisplayName).toList());
        mailer.send(new OutgoingMail(addresses, BundleTexts.text(subjectKey, meeting.getOrdinal(), UkDates.date(meeting.getDate())),
                BundleTexts.text(bodyKey, names, meeting.getOrdinal(), UkDates.date(meeting.getDate()),
                        AppLinks.absolute("/meetings/minute.xhtml?id=" + meeting.getId()),
                        note == null || note.isBlank() ? "" : note.strip(), currentUser.getDisplayName()), PURPOSE));
    }

    /** The person who last sent the draft to the chair, to be told of the chair's comments and clearance. */
    private List<Person> sender(Long meetingId) {
        return stepsOf(meetingId).stream().filter(s -> s.getStep() == ReviewStepKind.SENT_TO_CHAIR)
                .reduce((first, second) -> second)
                .flatMap(s -> em.createQuery("SELECT u FROM AppUser u WHERE u.username = :u", AppUser.class)
                        .setParameter("u", s.getTakenBy()).getResultStream().findFirst())
                .map(AppUser::getPerson).map(List::of).orElse(List.of());
    }

    private void step(Meeting meeting, ReviewStepKind kind, String comment) {
        MinuteReviewStep step = new MinuteReviewStep(meeting.getId(), kind, comment, LocalDateTime.now(ZoneOffset.UTC),
                currentUser.getUsername(), currentUser.getDisplayName());
        em.persist(step);
        audit.record(meeting, "minute review", "Draft minute of the " + meeting.getOrdinal() + " meeting: " + kind.name()
                + (step.getComment() == null ? "" : " \u2013 " + step.getComment()));
    }

    private MinuteReview review(Meeting meeting) {
        MinuteReview review = em.find(MinuteReview.class, meeting.getId());
        if (review == null) {
            review = new MinuteReview(meeting);
            em.persist(review);
        }
        return review;
    }

    private Meeting meeting(Long meetingId) {
        return Optional.ofNullable(meetingId == null ? null : em.find(Meeting.class, meetingId))
                .orElseThrow(() -> new NotFoundException("Meeting", meetingId));
    }

    private void requireSecretariat() {
        if (!currentUser.isSecretariat()) {
            throw new DomainException("review.notAllowed");
        }
    }

    private void requireChairOrSecretariat(Long meetingId) {
        if (!currentUser.isSecretariat() && !isChair(meetingId)) {
            throw new DomainException("review.notChair");
        }
    }
}
