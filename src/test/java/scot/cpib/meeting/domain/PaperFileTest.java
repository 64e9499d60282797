package scot.cpib.meeting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import scot.cpib.shared.domain.DomainException;

class PaperFileTest {

    private static final byte[] PDF = "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0};

    @Test
    void pdfWithPdfBytesIsAcceptedAndServedAsPdf() {
        PaperFile file = PaperFile.check("Agenda Item 3.pdf", "application/pdf", 12, PDF);
        assertEquals("application/pdf", file.contentType());
        assertEquals("Agenda Item 3.pdf", file.fileName());
    }

    @Test
    void officeFilesAreZipsAndAGenericDeclaredTypeIsAccepted() {
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                PaperFile.check("strategy.DOCX", "application/octet-stream", 6, ZIP).contentType());
        assertEquals("application/vnd.oasis.opendocument.spreadsheet", PaperFile.check("figures.ods", null, 6, ZIP).contentType());
    }

    @Test
    void textNeedsNoParticularFirstBytes() {
        assertEquals("text/plain", PaperFile.check("notes.txt", "text/plain; charset=UTF-8", 5, "hello".getBytes(StandardCharsets.UTF_8)).contentType());
    }

    @Test
    void folderSentByTheBrowserIsDropped() {
        assertEquals("paper.pdf", PaperFile.check("C:\\fakepath\\paper.pdf", "application/pdf", 12, PDF).fileName());
    }

    @Test
    void fileOverTwentyMegabytesIsRefusedAtTheFileField() {
        DomainException e = assertThrows(DomainException.class,
                () -> PaperFile.check("big.pdf", "application/pdf", PaperFile.MAX_BYTES + 1, PDF));
        assertEquals("paper.file.tooBig", e.getMessageKey());
        assertEquals("file", e.getField());
        assertEquals("application/pdf", PaperFile.check("limit.pdf", "application/pdf", PaperFile.MAX_BYTES, PDF).contentType());
    }

    @Test
    void emptyMissingAndOtherKindsOfFileAreRefused() {
        assertEquals("paper.file.empty", key("empty.pdf", "application/pdf", 0, new byte[0]));
        assertEquals("paper.file.required", key("", null, 0, null));
        assertEquals("paper.file.type", key("photo.png", "image/png", 6, ZIP));
        assertEquals("paper.file.type", key("no-extension", "application/pdf", 12, PDF));
    }

    @Test
    void contentOrDeclaredTypeThatDoesNotMatchTheExtensionIsRefused() {
        assertEquals("paper.file.content", key("renamed.pdf", "application/pdf", 6, ZIP));
        assertEquals("paper.file.content", key("renamed.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 12, PDF));
        assertEquals("paper.file.content", key("paper.pdf", "image/png", 12, PDF));
        assertEquals("paper.file.content", key("tiny.pdf", "application/pdf", 2, new byte[] {'%', 'P'}));
    }

    private static String key(String name, String type, long size, byte[] head) {
        return assertThrows(DomainException.class, () -> PaperFile.check(name, type, size, head)).getMessageKey();
    }

    @Test
    void nulControlAndBidirectionalCharactersAreStrippedFromTheFileName() {
        PaperFile file = PaperFile.check("report\u202Efdp.exe\u0000.pdf", "application/pdf", 12, PDF);
        assertEquals("reportfdp.exe.pdf", file.fileName());
        assertEquals("Budget.pdf", PaperFile.check("\u2066Budget\u2069\u200F.pdf", "application/pdf", 12, PDF).fileName());
    }

    @Test
    void aPaperTitleLosesControlAndBidirectionalCharacters() {
        Meeting meeting = new Meeting(new scot.cpib.board.domain.Board("Community Planning Improvement Board", "CPIB"), 16,
                java.time.LocalDate.of(2019, 2, 28), java.time.LocalTime.of(14, 0), java.time.LocalTime.of(16, 0));
        AgendaItem item = meeting.addItem("Budget");
        assertEquals("Budget 2032 note", item.attachPaper("Budget\u0000 2032\u202E note", "clerk").getTitle());
        assertEquals("paper.title.required", assertThrows(DomainException.class,
                () -> item.attachPaper("\u202E\u0000", "clerk")).getMessageKey());
    }
}
