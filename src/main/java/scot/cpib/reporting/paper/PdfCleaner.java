package scot.cpib.reporting.paper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Takes active content out of an uploaded PDF before it is stored or merged into a pack: document and
 * page open actions other than "go to a page", JavaScript wherever it sits, launch, import, submit and
 * remote actions, additional-action triggers, embedded and associated files, file-attachment and
 * multimedia annotations, and XFA forms. Links to a page or a web address stay. The whole object
 * graph is walked, so nothing is missed by being in an unexpected place; a PDF still holding
 * anything after cleaning is refused.
 */
public final class PdfCleaner {

    /** Actions a reader may trigger by clicking that do nothing but move or open a link. */
    private static final Set<String> SAFE_ACTIONS = Set.of("GoTo", "URI", "Named");
    /** Keys whose value is active content or a file carried in the PDF: always removed. */
    private static final Set<String> REMOVED_KEYS = Set.of("JS", "JavaScript", "AA", "EmbeddedFiles", "EF", "AF",
            "XFA", "RichMediaContent", "Collection", "NeedsRendering");
    private static final Set<String> UNSAFE_ANNOTATIONS = Set.of("FileAttachment", "RichMedia", "Movie", "Sound",
            "Screen", "3D");
    private static final COSName OPEN_ACTION = COSName.getPDFName("OpenAction");
    private static final COSName ACTION = COSName.getPDFName("A");

    /** An uploaded PDF after cleaning: its bytes, pages and what was taken out. */
    public record Cleaned(byte[] pdf, int pages, List<String> removed) {
    }

    private PdfCleaner() {
    }

    /** Loads, checks and cleans an uploaded PDF, and saves it again without what was removed. */
    public static Cleaned clean(byte[] data) throws UnreadablePaper {
        try (PDDocument document = Loader.loadPDF(data)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new UnreadablePaper(UnreadablePaper.Reason.UNREADABLE, "no pages", null);
            }
            if (pages > OfficePrinter.MAX_PAGES) {
                throw UnreadablePaper.tooManyPages(pages);
            }
            List<String> removed = clean(document);
            if (!hazards(document).isEmpty()) {
                throw new UnreadablePaper(UnreadablePaper.Reason.UNSAFE, "active content left: " + hazards(document), null);
            }
            if (document.isEncrypted()) {
                document.setAllSecurityToBeRemoved(true);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
            document.save(out);
            return new Cleaned(out.toByteArray(), pages, removed);
        } catch (InvalidPasswordException e) {
            throw new UnreadablePaper(UnreadablePaper.Reason.PROTECTED, "needs a password", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadablePaper(UnreadablePaper.Reason.UNREADABLE, e.getMessage(), e);
        }
    }

    /** Removes active content from a loaded document in place; returns a description of each removal. */
    public static List<String> clean(PDDocument document) {
        return walk(document, true);
    }

    /** What active content the document holds, without changing it. */
    public static List<String> hazards(PDDocument document) {
        return walk(document, false);
    }

    private static List<String> walk(PDDocument document, boolean remove) {
        List<String> found = new ArrayList<>();
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(document.getDocument().getTrailer());
        while (!todo.isEmpty()) {
            COSBase base = todo.pop();
            if (base instanceof COSObject object) {
                base = object.getObject();
            }
            if (base == null || !seen.add(base)) {
                continue;
            }
            if (base instanceof COSArray array) {
                array(array, remove, found, todo);
            } else if (base instanceof COSDictionary dictionary) {
                dictionary(dictionary, remove, found, todo);
            }
        }
        return found;
    }

    private static void array(COSArray array, boolean remove, List<String> found, Deque<COSBase> todo) {
        for (int i = array.size() - 1; i >= 0; i--) {
            COSBase element = array.getObject(i);
            if (element instanceof COSDictionary annotation && unsafeAnnotation(annotation)) {
                found.add(annotation.getNameAsString(COSName.SUBTYPE) + " annotation");
                if (remove) {
                    array.remove(i);
                }
                continue;
            }
            todo.push(array.get(i));
        }
    }

    private static void dictionary(COSDictionary dictionary, boolean remove, List<String> found, Deque<COSBase> todo) {
        for (COSName key : new ArrayList<>(dictionary.keySet())) {
            COSBase value = dictionary.getDictionaryObject(key);
            String name = key.getName();
            boolean unsafe = REMOVED_KEYS.contains(name)
                    || (name.equals("Next") && dictionary.containsKey(COSName.S))
                    || (name.equals("URI") && "URI".equals(dictionary.getNameAsString(COSName.S)) && unsafeUri(dictionary.getString(key)))
                    || (key.equals(OPEN_ACTION) && value instanceof COSDictionary action && !"GoTo".equals(action.getNameAsString(COSName.S)))
                    || (key.equals(ACTION) && value instanceof COSDictionary action && action.containsKey(COSName.S)
                            && !SAFE_ACTIONS.contains(action.getNameAsString(COSName.S)));
            if (unsafe) {
                found.add(name + (value instanceof COSDictionary action && action.containsKey(COSName.S)
                        ? " " + action.getNameAsString(COSName.S) : ""));
                if (remove) {
                    dictionary.removeItem(key);
                }
                continue;
            }
            todo.push(dictionary.getItem(key));
        }
    }

    /** A link that runs script or opens a local file rather than a web page. */
    private static boolean unsafeUri(String uri) {
        String lower = uri == null ? "" : uri.strip().toLowerCase(java.util.Locale.ROOT);
        return !(lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:"));
    }

    private static boolean unsafeAnnotation(COSDictionary dictionary) {
        String subtype = dictionary.getNameAsString(COSName.SUBTYPE);
        return subtype != null && UNSAFE_ANNOTATIONS.contains(subtype) && dictionary.containsKey(COSName.getPDFName("Rect"));
    }
}
