package scot.cpib.minutes.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import scot.cpib.board.domain.Board;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.shared.domain.DomainException;

class MinuteReviewTest {

    private static final LocalDate HELD = LocalDate.of(2019, 2, 28);
    private final Board board = new Board("Community Planning Improvement Board", "CPIB");

    private Meeting drafted(int number) {
        Meeting meeting = new Meeting(board, number, HELD, LocalTime.of(14, 0), LocalTime.of(16, 0));
        meeting.markHeld(HELD, true);
        return meeting;
    }

    @Test
    void draftGoesToTheChairIsClearedAndCirculatedInThatOrder() {
        Meeting meeting = drafted(16);
        MinuteReview review = new MinuteReview(meeting);

        assertEquals("review.notCleared", assertThrows(DomainException.class, () -> review.circulate(meeting)).getMessageKey());
        review.sendToChair(meeting);
        assertEquals(ReviewStage.WITH_CHAIR, review.getStage());
        assertEquals("review.alreadyWithChair", assertThrows(DomainException.class, () -> review.sendToChair(meeting)).getMessageKey());
        review.clear(meeting);
        assertEquals(ReviewStage.CLEARED, review.getStage());
        review.circulate(meeting);
        assertEquals(ReviewStage.CIRCULATED, review.getStage());
        assertEquals("review.alreadyCirculated", assertThrows(DomainException.class, () -> review.circulate(meeting)).getMessageKey());
    }

    @Test
    void secretariatTakesTheDraftBackAndSendsItAgainAfterComments() {
        Meeting meeting = drafted(16);
        MinuteReview review = new MinuteReview(meeting);
        review.sendToChair(meeting);

        review.takeBack(meeting);
        assertEquals(ReviewStage.WITH_SECRETARIAT, review.getStage());
        assertEquals("review.notWithChair", assertThrows(DomainException.class, () -> review.clear(meeting)).getMessageKey());
        review.sendToChair(meeting);
        assertEquals(ReviewStage.WITH_CHAIR, review.getStage());
    }

    @Test
    void minuteNotYetDraftedOrAlreadyApprovedIsNotReviewed() {
        Meeting planned = new Meeting(board, 17, HELD.plusMonths(3), LocalTime.of(14, 0), LocalTime.of(16, 0));
        Meeting approved = drafted(15);
        approved.approveMinute(planned, "Fraser McKinlay", HELD.plusMonths(3));

        assertEquals("review.notDrafted", assertThrows(DomainException.class,
                () -> new MinuteReview(planned).sendToChair(planned)).getMessageKey());
        assertEquals("review.approved", assertThrows(DomainException.class,
                () -> new MinuteReview(approved).sendToChair(approved)).getMessageKey());
    }

    @Test
    void commentMustSaySomething() {
        assertEquals("review.comment.required", assertThrows(DomainException.class,
                () -> new MinuteReviewStep(1L, ReviewStepKind.COMMENTED, "  ", null, "chair", "Steve Grimmond")).getMessageKey());
    }
}
