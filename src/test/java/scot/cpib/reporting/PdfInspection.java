package scot.cpib.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads generated PDFs back for assertions: text page by page, and the bookmarks with their target pages. */
public final class PdfInspection {

    /** A bookmark: its depth (0 = top level), title and 1-based target page. */
    public record Bookmark(int depth, String title, int page) {
    }

    /** A line of text as laid out, with the distance of its first character from the page's left edge. */
    public record Line(float x, String text) {
    }

    private PdfInspection() {
    }

    /** The lines of the whole document in reading order, each with where it starts (to tell indented list items). */
    public static List<Line> lines(PDDocument document) {
        List<Line> lines = new ArrayList<>();
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                private final StringBuilder text = new StringBuilder();
                private float x = -1;

                @Override
                protected void writeString(String words, List<TextPosition> positions) {
                    if (x < 0 && !positions.isEmpty()) {
                        x = positions.get(0).getXDirAdj();
                    }
                    text.append(words);
                }

                @Override
                protected void writeWordSeparator() {
                    text.append(' ');
                }

                @Override
                protected void writeLineSeparator() {
                    lines.add(new Line(x, text.toString().strip()));
                    text.setLength(0);
                    x = -1;
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String pageText(PDDocument document, int page) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String allText(PDDocument document) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text in content order (cell by cell, as the tags read it), whitespace runs made single spaces. */
    public static String flowText(PDDocument document) {
        try {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first page (1-based) whose text contains the given words, or -1. */
    public static int firstPageWith(PDDocument document, String words) {
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            if (pageText(document, page).contains(words)) {
                return page;
            }
        }
        return -1;
    }

    public static List<Bookmark> bookmarks(PDDocument document) throws IOException {
        List<Bookmark> all = new ArrayList<>();
        collect(document, document.getDocumentCatalog().getDocumentOutline(), 0, all);
        return all;
    }

    private static void collect(PDDocument document, PDOutlineNode node, int depth, List<Bookmark> all) throws IOException {
        if (node == null) {
            return;
        }
        for (PDOutlineItem item : node.children()) {
            int page = document.getPages().indexOf(item.findDestinationPage(document)) + 1;
            all.add(new Bookmark(depth, item.getTitle(), page));
            collect(document, item, depth + 1, all);
        }
    }
}
