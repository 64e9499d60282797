package scot.cpib.meeting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.domain.DomainException;

class RegisteredInterestTest {

    private static final LocalDate REGISTERED = LocalDate.of(2019, 2, 28);
    private final Person kenny = new Person("Kenny Richmond", null);

    private RegisteredInterest director() {
        return new RegisteredInterest(kenny, " Director of Skills Development Scotland ", LocalDate.of(2018, 4, 1),
                REGISTERED, LocalDateTime.of(2019, 2, 28, 10, 0), "secretariat");
    }

    @Test
    void reviewIsDueAYearAfterTheLastAndAReviewPutsItOffAnotherYear() {
        RegisteredInterest interest = director();

        assertEquals("Director of Skills Development Scotland", interest.getDescription());
        assertFalse(interest.isReviewDueOn(REGISTERED.plusYears(1).minusDays(1)));
        assertTrue(interest.isReviewDueOn(REGISTERED.plusYears(1)));
        interest.review(LocalDate.of(2020, 3, 2));
        assertFalse(interest.isReviewDueOn(LocalDate.of(2020, 3, 2)));
        assertEquals(LocalDate.of(2021, 3, 2), interest.getReviewDue());
    }

    @Test
    void endedInterestStaysWithItsDatesAndIsNoLongerDueForReview() {
        RegisteredInterest interest = director();
        interest.end(LocalDate.of(2019, 12, 31));

        assertTrue(interest.isCurrentOn(LocalDate.of(2019, 12, 31)));
        assertFalse(interest.isCurrentOn(LocalDate.of(2020, 1, 1)));
        assertFalse(interest.isReviewDueOn(LocalDate.of(2025, 1, 1)));
        assertEquals("to", assertThrows(DomainException.class, () -> interest.end(LocalDate.of(2018, 1, 1))).getField());
    }

    @Test
    void interestNeedsAPersonADescriptionAndAStartNotInTheFuture() {
        LocalDateTime at = LocalDateTime.of(2019, 2, 28, 10, 0);
        assertEquals("person", assertThrows(DomainException.class,
                () -> new RegisteredInterest(null, "x", REGISTERED, REGISTERED, at, "s")).getField());
        assertEquals("interest.description.required", assertThrows(DomainException.class,
                () -> new RegisteredInterest(kenny, " ", REGISTERED, REGISTERED, at, "s")).getMessageKey());
        assertEquals("interest.from.future", assertThrows(DomainException.class,
                () -> new RegisteredInterest(kenny, "x", REGISTERED.plusDays(1), REGISTERED, at, "s")).getMessageKey());
    }
}
