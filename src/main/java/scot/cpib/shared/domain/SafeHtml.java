package scot.cpib.shared.domain;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * The HTML a paper written in the app may contain: text structure only – headings, paragraphs,
 * lists, tables, emphasis and http(s)/mailto links. Scripts, event handlers, styles, images, forms
 * and frames are removed. The result is well-formed XHTML, so the PDF renderer reads it as it is.
 */
public final class SafeHtml {

    private static final Safelist ALLOWED = Safelist.relaxed()
            .removeTags("img")
            .addAttributes("th", "scope")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto");

    private SafeHtml() {
    }

    /** The cleaned fragment; null stays null. */
    public static String clean(String html) {
        if (html == null) {
            return null;
        }
        Document.OutputSettings output = new Document.OutputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .charset("UTF-8")
                .prettyPrint(false);
        return Jsoup.clean(html, "", ALLOWED, output);
    }
}
