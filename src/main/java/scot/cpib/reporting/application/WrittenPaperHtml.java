package scot.cpib.reporting.application;

import static scot.cpib.reporting.infrastructure.Xhtml.text;

import java.io.StringReader;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.xml.sax.InputSource;

/**
 * A paper written in the app, made ready for the PDF renderer: well-formed XHTML is used as it is
 * (common HTML entities turned into characters); anything else is printed as its plain text, so a
 * malformed paper still appears in the pack rather than breaking it.
 */
final class WrittenPaperHtml {

    private static final Map<String, String> ENTITIES = Map.of("&nbsp;", "&#160;", "&ndash;", "&#8211;",
            "&mdash;", "&#8212;", "&pound;", "&#163;", "&lsquo;", "&#8216;", "&rsquo;", "&#8217;",
            "&ldquo;", "&#8220;", "&rdquo;", "&#8221;", "&hellip;", "&#8230;", "&bull;", "&#8226;");

    private WrittenPaperHtml() {
    }

    static String body(String title, String html) {
        String source = html == null ? "" : html;
        for (Map.Entry<String, String> entity : ENTITIES.entrySet()) {
            source = source.replace(entity.getKey(), entity.getValue());
        }
        String heading = "<h1>" + text(title) + "</h1>";
        if (isWellFormed(source)) {
            return heading + "<div>" + source + "</div>";
        }
        StringBuilder plain = new StringBuilder(heading);
        String textOnly = source.replaceAll("(?i)<br\\s*/?>|</?p(\\s[^>]*)?>|</?li(\\s[^>]*)?>|</?h[1-6](\\s[^>]*)?>|</?div(\\s[^>]*)?>", "\n").replaceAll("<[^>]*>", "");
        for (String paragraph : textOnly.split("\n")) {
            if (!paragraph.isBlank()) {
                plain.append("<p>").append(text(unescape(paragraph.strip()))).append("</p>");
            }
        }
        return plain.toString();
    }

    private static String unescape(String value) {
        return value.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    static boolean isWellFormed(String fragment) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            builder.parse(new InputSource(new StringReader("<div>" + fragment + "</div>")));
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
