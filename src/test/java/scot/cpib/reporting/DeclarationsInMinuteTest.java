package scot.cpib.reporting;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.Person;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.AttendanceKind;
import scot.cpib.meeting.domain.InterestDeclaration;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.StandingKind;
import scot.cpib.reporting.application.AgendaPackRenderer;
import scot.cpib.reporting.application.MinuteDocxRenderer;
import scot.cpib.reporting.application.MinuteRenderer;
import scot.cpib.reporting.domain.AgendaPackRequest;
import scot.cpib.reporting.domain.PreviousMinute;

/**
 * Interests declared on items are printed in the minute: under the item, and all of them under the standing item;
 * and beside the item in the agenda of the secretariat's copy of the pack, never in anyone else's.
 */
class DeclarationsInMinuteTest {

    private final Board board = new Board("Community Planning Improvement Board", "CPIB");
    private final Organisation enterprise = new Organisation("Scottish Enterprise", null);
    private final Person kenny = new Person("Kenny Richmond", enterprise);
    private final Meeting meeting = new Meeting(board, 17, LocalDate.of(2019, 5, 28), LocalTime.of(14, 0), LocalTime.of(16, 0));
    private final AgendaItem declarationsItem;
    private final AgendaItem skills;

    DeclarationsInMinuteTest() {
        meeting.addItem("Welcome").markStanding(StandingKind.WELCOME);
        declarationsItem = meeting.addItem("Declarations of interest");
        declarationsItem.markStanding(StandingKind.DECLARATIONS_OF_INTEREST);
        skills = meeting.addItem("Skills pipeline funding");
        meeting.recordAttendance(kenny, enterprise, AttendanceKind.PRESENT, false);
    }

    @Test
    void interestDeclaredOnAnItemAppearsInTheMinutePdfUnderTheItemAndTheStandingItem() throws IOException {
        InterestDeclaration declared = new InterestDeclaration(skills, kenny, "Director of Skills Development Scotland",
                "took no part in the discussion", LocalDateTime.of(2019, 5, 28, 14, 30), "secretariat");
        PreviousMinute minute = new PreviousMinute(meeting, List.of(), List.of(), List.of(declared));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MinuteRenderer().pdf(minute, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = PdfInspection.flowText(pdf);
            String label = "Kenny Richmond \u2013 Director of Skills Development Scotland (took no part in the discussion)";
            int standing = text.indexOf("2. Declarations of interest");
            int listed = text.indexOf("Item 3: " + label);
            int item = text.indexOf("3. Skills pipeline funding");
            int underItem = text.indexOf("Declarations of interest: " + label);
            assertTrue(standing >= 0 && listed > standing && item > listed && underItem > item, text);
        }
    }

    @Test
    void interestDeclaredOnAnItemIsBesideTheItemInTheSecretariatsPackAndNotInOtherCopies() throws IOException {
        InterestDeclaration declared = new InterestDeclaration(skills, kenny, "Director of Skills Development Scotland",
                "will leave the room", LocalDateTime.of(2019, 5, 20, 10, 0), "secretariat");
        AgendaPackRequest members = new AgendaPackRequest(meeting, null, List.of(), LocalDate.of(2019, 5, 21), List.of(), false, 1);
        AgendaPackRequest secretariat = new AgendaPackRequest(meeting, null, List.of(), LocalDate.of(2019, 5, 21), List.of(), true, 1)
                .withDeclarations(List.of(declared));
        try (PDDocument theirs = pack(secretariat, "secretariat"); PDDocument plain = pack(members, "members")) {
            String agenda = PdfInspection.pageText(theirs, 2);
            int item = agenda.indexOf("Skills pipeline funding");
            int beside = agenda.indexOf("Declared interest: Kenny Richmond");
            assertTrue(item >= 0 && beside > item, agenda);
            assertTrue(PdfInspection.flowText(theirs).contains("Director of Skills Development Scotland (will leave the room)"));
            assertTrue(PdfInspection.pageText(theirs, 1).contains("Not for circulation"));
            assertFalse(PdfInspection.flowText(plain).contains("Declared interest"));
            assertFalse(PdfInspection.flowText(plain).contains("Skills Development Scotland"));
        }
    }

    private static PDDocument pack(AgendaPackRequest request, String copy) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AgendaPackRenderer().render(request, out);
        Path saved = Path.of("target", "documents", "pack-declarations-" + copy + ".pdf");
        Files.createDirectories(saved.getParent());
        Files.write(saved, out.toByteArray());
        return Loader.loadPDF(out.toByteArray());
    }

    @Test
    void minuteSaysNoDeclarationsWereMadeAndTheWordMinuteNamesThemToo() throws IOException {
        ByteArrayOutputStream none = new ByteArrayOutputStream();
        new MinuteRenderer().pdf(new PreviousMinute(meeting, List.of(), List.of()), none);
        try (PDDocument pdf = Loader.loadPDF(none.toByteArray())) {
            assertTrue(PdfInspection.flowText(pdf).contains("No declarations of interest were made."));
        }

        InterestDeclaration declared = new InterestDeclaration(skills, kenny, "Director of Skills Development Scotland",
                null, LocalDateTime.of(2019, 5, 28, 14, 30), "secretariat");
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        new MinuteDocxRenderer().docx(new PreviousMinute(meeting, List.of(), List.of(), List.of(declared)), docx);
        try (XWPFWordExtractor words = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx.toByteArray())))) {
            String text = words.getText();
            assertTrue(text.contains("Item 3: Kenny Richmond \u2013 Director of Skills Development Scotland"), text);
            assertTrue(text.contains("Declarations of interest: Kenny Richmond \u2013 Director of Skills Development Scotland"), text);
        }
    }
}
