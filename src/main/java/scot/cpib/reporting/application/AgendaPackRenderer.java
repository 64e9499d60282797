package scot.cpib.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.reporting.domain.AgendaPackRequest;
import scot.cpib.reporting.domain.DocumentFormats;
import scot.cpib.reporting.domain.DocumentTexts;
import scot.cpib.reporting.domain.PackPaper;
import scot.cpib.reporting.domain.PaperSource;
import scot.cpib.reporting.infrastructure.HtmlPdf;
import scot.cpib.reporting.infrastructure.TemporaryFiles;
import scot.cpib.reporting.infrastructure.PdfFinishing;
import scot.cpib.reporting.infrastructure.Xhtml;
import scot.cpib.reporting.paper.OfficePrinter;
import scot.cpib.reporting.paper.PdfCleaner;
import scot.cpib.reporting.paper.UnreadablePaper;

/**
 * Builds one reader's agenda pack as a single PDF: cover, agenda with the page where each item's
 * papers start, the previous minute (marked draft until approved), the matters-arising paper, the
 * papers in agenda order, then any supplements; bookmarks per item and paper, "Page x of y" on every
 * page, tagged with title and language.
 *
 * <p>Two passes: the first renders the pages made from HTML and spools each upload to a temporary
 * file to count its pages; the second renders the front with the page numbers now known and appends
 * the parts one at a time into a document whose streams live in a temporary file, so the papers are
 * never all in memory at once. Supplements come after the main pack, so a late paper never moves the
 * pages members have already annotated.
 */
@ApplicationScoped
public class AgendaPackRenderer {

    public void render(AgendaPackRequest request, OutputStream out) throws IOException {
        List<Path> spooled = new ArrayList<>();
        try {
            Meeting meeting = request.meeting();
            List<PackPart> parts = measure(request, spooled);
            Map<AgendaItem, List<String>> contents = new LinkedHashMap<>();
            parts.stream().filter(p -> p.item != null && p.supplement == 0)
                    .forEach(p -> contents.computeIfAbsent(p.item, k -> new ArrayList<>()).add(p.title));
            List<AgendaItem> withheld = request.papers().stream()
                    .filter(p -> p.restricted() && !request.clearedForConfidential()).map(PackPaper::item).distinct().toList();
            int frontPages = 2;
            byte[] front;
            while (true) {
                number(parts, frontPages);
                String html = Xhtml.document(PackFrontHtml.title(meeting),
                        PackFrontHtml.body(request, startPages(parts), contents, withheld));
                front = HtmlPdf.render(html);
                int counted = pageCount(front);
                if (counted == frontPages) {
                    break;
                }
                frontPages = counted;
            }
            try (PDDocument pack = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
                PDFMergerUtility merger = new PDFMergerUtility();
                append(merger, pack, front, null);
                for (PackPart part : parts) {
                    append(merger, pack, part.rendered, part.file);
                }
                PackBookmarks.add(pack, meeting, parts);
                PdfFinishing.describe(pack, PackFrontHtml.title(meeting));
                PdfFinishing.stampPageNumbers(pack, request.isDraft()
                        ? DocumentTexts.text("pack.footer.draft", DocumentFormats.meetingName(meeting))
                        : DocumentTexts.text("pack.footer", DocumentFormats.meetingName(meeting), request.version()));
                pack.save(out);
            }
        } finally {
            spooled.forEach(TemporaryFiles::deleteQuietly);
        }
    }

    private List<PackPart> measure(AgendaPackRequest request, List<Path> spooled) throws IOException {
        Meeting meeting = request.meeting();
        List<PackPaper> papers = request.papersForReader();
        AgendaItem mattersArising = meeting.mattersArisingItem().orElse(null);
        List<PackPart> parts = new ArrayList<>();
        if (mattersArising == null) {
            addMinuteParts(request, null, parts);
        }
        for (AgendaItem item : meeting.getAgendaInReadingOrder()) {
            if (item.equals(mattersArising)) {
                addMinuteParts(request, item, parts);
            }
            for (PackPaper paper : papers) {
                if (paper.supplement() == 0 && paper.item().equals(item)) {
                    parts.add(paperPart(paper, spooled));
                }
            }
        }
        for (int supplement = 1; supplement <= request.lastSupplement(); supplement++) {
            int number = supplement;
            List<PackPaper> late = papers.stream().filter(p -> p.supplement() == number).toList();
            if (late.isEmpty()) {
                continue;
            }
            String title = DocumentTexts.text("pack.supplement", supplement);
            StringBuilder body = new StringBuilder("<h1>").append(Xhtml.text(title)).append("</h1><p>")
                    .append(Xhtml.text(DocumentTexts.text("pack.supplement.intro", request.version())))
                    .append("</p><ul>");
            late.forEach(p -> body.append("<li>").append(Xhtml.text(DocumentTexts.text("pack.itemPaper", p.item().getLabel(), p.title()))).append("</li>"));
            body.append("</ul>");
            parts.add(PackPart.rendered(null, title, supplement, HtmlPdf.render(Xhtml.document(title, body.toString()))));
            for (AgendaItem item : meeting.getAgendaInReadingOrder()) {
                for (PackPaper paper : late) {
                    if (paper.item().equals(item)) {
                        parts.add(paperPart(paper, spooled));
                    }
                }
            }
        }
        for (PackPart part : parts) {
            part.pages = part.rendered != null ? pageCount(part.rendered) : pageCount(part.file);
        }
        return parts;
    }

    private void addMinuteParts(AgendaPackRequest request, AgendaItem item, List<PackPart> parts) {
        Meeting meeting = request.meeting();
        if (request.previousMinute() != null) {
            Meeting previous = request.previousMinute().meeting();
            String title = DocumentTexts.text(request.previousMinute().isDraft() ? "pack.previousMinute.draft" : "pack.previousMinute",
                    previous.getOrdinal());
            String html = Xhtml.document(MinuteHtml.title(previous), MinuteHtml.body(request.previousMinute()));
            parts.add(PackPart.rendered(item, title, 0, HtmlPdf.render(html)));
        }
        var earlier = request.outstanding().stream().filter(a -> a.getMeeting() == null || a.getMeeting().getNumber() < meeting.getNumber()).toList();
        String html = Xhtml.document(MattersArisingHtml.title(meeting), MattersArisingHtml.body(meeting, earlier, request.mattersAsAt()));
        parts.add(PackPart.rendered(item, DocumentTexts.text("pack.mattersArising"), 0, HtmlPdf.render(html)));
    }

    private PackPart paperPart(PackPaper paper, List<Path> spooled) throws IOException {
        AgendaItem item = paper.item();
        if (paper.source() instanceof PaperSource.Written written) {
            String html = Xhtml.document(paper.title(), WrittenPaperHtml.body(paper.title(), written.html()));
            return PackPart.rendered(item, paper.title(), paper.supplement(), HtmlPdf.render(html));
        }
        if (paper.source() instanceof PaperSource.UploadedPdf upload) {
            Path file = Files.createTempFile("cpib-paper", ".pdf");
            spooled.add(file);
            try (InputStream in = upload.content().open()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            if (pageCountOrZero(file) > 0) {
                return PackPart.file(item, paper.title(), paper.supplement(), file);
            }
            return namedAttachment(paper, upload.fileName(), "application/pdf", Files.size(file), true);
        }
        PaperSource.OtherFile other = (PaperSource.OtherFile) paper.source();
        Path file = Files.createTempFile("cpib-paper", ".pdf");
        spooled.add(file);
        if (other.rendition() != null) {
            try (InputStream in = other.rendition().open()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } else {
            try (InputStream in = other.content().open()) {
                Files.write(file, OfficePrinter.print(other.fileName(), paper.title(), in.readAllBytes()).pdf());
            } catch (UnreadablePaper e) {
                return namedAttachment(paper, other.fileName(), other.contentType(), other.sizeBytes(), true);
            }
        }
        if (pageCountOrZero(file) > 0) {
            return PackPart.file(item, paper.title(), paper.supplement(), file);
        }
        return namedAttachment(paper, other.fileName(), other.contentType(), other.sizeBytes(), true);
    }

    private PackPart namedAttachment(PackPaper paper, String fileName, String type, Long size, boolean unreadable) {
        String html = Xhtml.document(paper.title(), AttachmentPage.body(paper.title(), fileName, type, size, unreadable));
        return PackPart.rendered(paper.item(), paper.title(), paper.supplement(), HtmlPdf.render(html));
    }

    private static void number(List<PackPart> parts, int frontPages) {
        int next = frontPages + 1;
        for (PackPart part : parts) {
            part.startPage = next;
            next += part.pages;
        }
    }

    private static Map<AgendaItem, Integer> startPages(List<PackPart> parts) {
        Map<AgendaItem, Integer> pages = new LinkedHashMap<>();
        parts.stream().filter(p -> p.item != null && p.supplement == 0).forEach(p -> pages.putIfAbsent(p.item, p.startPage));
        return pages;
    }

    /** Appends a part; an uploaded file is cleaned of active content first, whenever it was stored. */
    private static void append(PDFMergerUtility merger, PDDocument pack, byte[] rendered, Path file) throws IOException {
        try (PDDocument source = rendered != null ? Loader.loadPDF(rendered) : Loader.loadPDF(file.toFile())) {
            if (file != null) {
                PdfCleaner.clean(source);
            }
            source.getDocumentCatalog().setDocumentOutline(null);
            merger.appendDocument(pack, source);
        }
    }

    private static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int pageCount(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    private static int pageCountOrZero(Path pdf) {
        try {
            return pageCount(pdf);
        } catch (IOException e) {
            return 0;
        }
    }
}
