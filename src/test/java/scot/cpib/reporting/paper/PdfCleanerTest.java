package scot.cpib.reporting.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import scot.cpib.reporting.HostilePdfs;
import scot.cpib.reporting.SamplePdfs;

class PdfCleanerTest {

    @Test
    void openActionScriptEmbeddedFileLaunchActionPageScriptAndXfaAreRemoved() throws Exception {
        byte[] hostile = HostilePdfs.withActiveContent("Budget body");
        try (PDDocument before = Loader.loadPDF(hostile)) {
            assertTrue(PdfCleaner.hazards(before).size() >= 5, PdfCleaner.hazards(before).toString());
        }
        PdfCleaner.Cleaned cleaned = PdfCleaner.clean(hostile);
        assertEquals(2, cleaned.pages());
        try (PDDocument after = Loader.loadPDF(cleaned.pdf())) {
            assertEquals(java.util.List.of(), PdfCleaner.hazards(after));
            assertNull(after.getDocumentCatalog().getOpenAction());
            var names = after.getDocumentCatalog().getNames();
            assertTrue(names == null || (names.getJavaScript() == null && names.getEmbeddedFiles() == null));
            PDPage page = after.getPage(0);
            assertFalse(page.getCOSObject().containsKey(COSName.AA));
            assertNull(after.getDocumentCatalog().getAcroForm().getCOSObject().getDictionaryObject(COSName.XFA));
            String raw = new String(cleaned.pdf(), StandardCharsets.ISO_8859_1);
            assertFalse(raw.contains("app.alert") || raw.contains("calc.exe") || raw.contains("MZ payload"));
            var links = page.getAnnotations().stream().filter(PDAnnotationLink.class::isInstance).map(PDAnnotationLink.class::cast).toList();
            assertTrue(links.stream().anyMatch(l -> l.getAction() instanceof PDActionURI uri && HostilePdfs.WEB_LINK.equals(uri.getURI())),
                    "an ordinary web link stays");
            assertTrue(links.stream().noneMatch(l -> l.getAction() != null && !(l.getAction() instanceof PDActionURI)));
            assertTrue(new PDFTextStripper().getText(after).contains("Budget body - sheet 1"), "the paper's text stays");
        }
    }

    @Test
    void aPlainPdfIsUnchangedInContentAndReportsNothingRemoved() throws Exception {
        PdfCleaner.Cleaned cleaned = PdfCleaner.clean(SamplePdfs.textPdf("Plain paper", 3));
        assertEquals(3, cleaned.pages());
        assertEquals(java.util.List.of(), cleaned.removed());
    }

    @Test
    void aPdfThatNeedsAPasswordIsRefusedAsProtected() throws Exception {
        byte[] locked;
        try (PDDocument document = Loader.loadPDF(SamplePdfs.textPdf("Locked", 1))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            locked = out.toByteArray();
        }
        assertEquals(UnreadablePaper.Reason.PROTECTED, assertThrows(UnreadablePaper.class, () -> PdfCleaner.clean(locked)).reason());
    }

    @Test
    void aPdfOverThePageLimitIsRefusedWithItsPageCount() {
        byte[] long_ = SamplePdfs.textPdf("Long", OfficePrinter.MAX_PAGES + 1);
        UnreadablePaper refused = assertThrows(UnreadablePaper.class, () -> PdfCleaner.clean(long_));
        assertEquals(UnreadablePaper.Reason.TOO_MANY_PAGES, refused.reason());
        assertEquals(OfficePrinter.MAX_PAGES + 1, refused.pages());
    }

    @Test
    void aBrokenPdfIsRefusedAsUnreadable() {
        byte[] broken = "%PDF-1.4\nnot really".getBytes(StandardCharsets.US_ASCII);
        assertEquals(UnreadablePaper.Reason.UNREADABLE, assertThrows(UnreadablePaper.class, () -> PdfCleaner.clean(broken)).reason());
    }
}
