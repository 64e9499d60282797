package scot.cpib.board.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cpib.shared.domain.DomainException;

class OwnerNamesTest {

    private final Organisation is = new Organisation("Improvement Service", "IS");
    private final Organisation police = new Organisation("Police Scotland", null);
    private final Organisation evoc = new Organisation("Edinburgh Voluntary Organisations' Council", "EVOC");
    private final Person emily = new Person("Emily Lynch", is);
    private final OwnerGroup leads = new OwnerGroup(new Board("Community Planning Improvement Board", "CPIB"), "Workstream Leads");

    @Test
    void caseAndSurroundingOrRepeatedSpacesDoNotCount() {
        assertTrue(OwnerRef.of(emily).answersTo("  emily   LYNCH "));
        assertTrue(OwnerRef.of(leads).answersTo("workstream\tleads"));
        assertTrue(OwnerRef.of(is).answersTo(" is "));
    }

    @Test
    void aNonBreakingSpaceIsASpaceAndACurlyApostropheIsAnApostrophe() {
        assertTrue(OwnerRef.of(emily).answersTo("Emily\u00a0Lynch"));
        assertTrue(OwnerRef.of(evoc).answersTo("Edinburgh Voluntary Organisations\u2019 Council"));
    }

    @Test
    void anOrganisationAnswersToItsNameAndItsShortName() {
        assertTrue(OwnerRef.of(is).answersTo("Improvement Service"));
        assertTrue(OwnerRef.of(is).answersTo("IS"));
        assertTrue(OwnerRef.of(police).answersTo("police scotland"));
        assertEquals(List.of("Police Scotland"), OwnerRef.of(police).getNames());
    }

    @Test
    void aPersonWithoutATitleAnswersToTheirFullNameOnly() {
        assertTrue(OwnerRef.of(emily).answersTo("EMILY LYNCH"));
        assertEquals(List.of("Emily Lynch"), OwnerRef.of(emily).getNames());
    }

    @Test
    void partsOfNamesInitialsAndOtherKindsOfOwnerDoNotMatch() {
        assertFalse(OwnerRef.of(emily).answersTo("Emily"));
        assertFalse(OwnerRef.of(emily).answersTo("EL"));
        assertFalse(OwnerRef.of(emily).answersTo("IS"), "a person is not their organisation");
        assertFalse(OwnerRef.of(leads).answersTo("Workstream Lead"));
        assertFalse(OwnerRef.of(is).answersTo(""));
        assertFalse(OwnerRef.of(is).answersTo(null));
        assertFalse(OwnerNames.same("   ", "   "), "a blank name names nobody");
    }

    @Test
    void anOwnerAlsoAnswersToItsKey() {
        OwnerRef group = OwnerRef.of(leads);
        assertTrue(group.answersTo(group.getKey()));
        assertTrue(group.answersTo(" " + group.getKey().toUpperCase() + " "));
    }

    @Test
    void aListOfOwnersIsSplitAtSlashesAndSemicolonsKeepingEachSpelling() {
        assertEquals(List.of("IS", "Emily Lynch", "CPIB members"), OwnerNames.split(" IS/Emily Lynch ;CPIB members// "));
        assertEquals(List.of(), OwnerNames.split(null));
        assertEquals(List.of(), OwnerNames.split(" / ; "));
    }

    @Test
    void normalisingIsTrimmedLowerCaseWithSingleSpaces() {
        assertEquals("audit scotland", OwnerNames.normalise("\u00a0Audit \n Scotland "));
        assertEquals("", OwnerNames.normalise(null));
    }

    @Test
    void anOwnerIsExactlyOneOfPersonOrganisationOrGroup() {
        DomainException none = assertThrows(DomainException.class, () -> new OwnerRef(null, null, null));
        assertEquals("owner.exactlyOne", none.getMessageKey());
        assertThrows(DomainException.class, () -> new OwnerRef(emily, is, null));
    }
}
