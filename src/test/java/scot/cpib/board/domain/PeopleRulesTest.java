package scot.cpib.board.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import scot.cpib.shared.domain.DomainException;

class PeopleRulesTest {

    private final Board board = new Board("Community Planning Improvement Board", "CPIB");

    @Test
    void aPersonNeedsANameAndAnEmailAddressThatLooksLikeOne() {
        assertEquals("fullName", assertThrows(DomainException.class,
                () -> Person.named("  ", null, null, null, null)).getField());
        assertEquals("person.email.invalid", assertThrows(DomainException.class,
                () -> Person.named("Ada", null, null, "ada at example", null)).getMessageKey());
        Person ada = Person.named(" Ada Example ", " ", null, " ada@example.org ", null);
        assertEquals("Ada Example", ada.getFullName());
        assertNull(ada.getTitle());
        assertEquals("ada@example.org", ada.getEmail());
        assertEquals(ReminderFrequency.WEEKLY, ada.getReminderFrequency());
    }

    @Test
    void aSeatEndsOnOrAfterItsStartAndOnlyOnce() {
        Person ada = Person.named("Ada", null, null, null, null);
        assertEquals("toDate", assertThrows(DomainException.class, () -> Membership.over(board, ada, null,
                MembershipRole.MEMBER, LocalDate.of(2019, 2, 1), LocalDate.of(2019, 1, 1))).getField());
        Membership seat = Membership.over(board, ada, null, MembershipRole.VICE_CHAIR, LocalDate.of(2019, 1, 1), null);
        assertThrows(DomainException.class, () -> seat.end(LocalDate.of(2018, 12, 31)));
        seat.end(LocalDate.of(2019, 6, 30));
        assertEquals(LocalDate.of(2019, 6, 30), seat.getToDate());
        assertThrows(DomainException.class, () -> seat.end(LocalDate.of(2019, 6, 30)));
        assertEquals("role", assertThrows(DomainException.class,
                () -> Membership.over(board, ada, null, null, null, null)).getField());
    }
}
