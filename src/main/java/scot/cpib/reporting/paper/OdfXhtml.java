package scot.cpib.reporting.paper;

import static scot.cpib.reporting.infrastructure.Xhtml.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * An OpenDocument paper (.odt text or .ods spreadsheet) as XHTML, read from its content.xml:
 * headings by outline level, paragraphs, lists, tables (each sheet a table under its name), spans,
 * spaces, tabs and line breaks. Drawings, notes and tracked changes are left out.
 */
final class OdfXhtml {

    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final long MAX_CONTENT_BYTES = 100L * 1024 * 1024;
    /** Empty cells a spreadsheet repeats to the sheet's edge are printed once at most. */
    private static final int MAX_REPEAT = 50;
    private static final Set<String> SKIPPED = Set.of("tracked-changes", "sequence-decls", "note", "annotation",
            "soft-page-break", "bookmark", "bookmark-start", "bookmark-end", "table-of-content-source");

    private final StringBuilder html = new StringBuilder();

    private OdfXhtml() {
    }

    static String body(InputStream zip) throws IOException {
        Element root = contentXml(zip).getDocumentElement();
        OdfXhtml walker = new OdfXhtml();
        walker.blocks(root.getElementsByTagNameNS("urn:oasis:names:tc:opendocument:xmlns:office:1.0", "body").item(0));
        return walker.html.toString();
    }

    private static org.w3c.dom.Document contentXml(InputStream in) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("content.xml")) {
                    byte[] xml = zip.readNBytes((int) Math.min(MAX_CONTENT_BYTES, Integer.MAX_VALUE - 8));
                    return parse(xml);
                }
            }
        }
        throw new IOException("no content.xml in the file");
    }

    private static org.w3c.dom.Document parse(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("content.xml cannot be read: " + e.getMessage(), e);
        }
    }

    private void blocks(Node parent) {
        if (parent == null) {
            return;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                block(element);
            }
        }
    }

    private void block(Element element) {
        String name = element.getLocalName();
        if (SKIPPED.contains(name)) {
            return;
        }
        if (TEXT.equals(element.getNamespaceURI())) {
            switch (name) {
                case "h" -> heading(element);
                case "p" -> paragraph(element, "p");
                case "list" -> list(element);
                default -> blocks(element);
            }
        } else if (TABLE.equals(element.getNamespaceURI()) && "table".equals(name)) {
            table(element);
        } else {
            blocks(element);
        }
    }

    private void heading(Element element) {
        String level = element.getAttributeNS(TEXT, "outline-level");
        int n = level.matches("\\d") ? Math.min(Math.max(Integer.parseInt(level), 1), 6) : 1;
        paragraph(element, "h" + n);
    }

    private void paragraph(Element element, String tag) {
        String inline = inline(element);
        if (!inline.isBlank()) {
            html.append('<').append(tag).append('>').append(inline).append("</").append(tag).append('>');
        }
    }

    private void list(Element list) {
        StringBuilder items = new StringBuilder();
        for (Node node = list.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element item && ("list-item".equals(item.getLocalName()) || "list-header".equals(item.getLocalName()))) {
                OdfXhtml inner = new OdfXhtml();
                for (Node child = item.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element e && "p".equals(e.getLocalName())) {
                        inner.html.append(inner.html.isEmpty() ? "" : "<br/>").append(inline(e));
                    } else if (child instanceof Element e) {
                        inner.block(e);
                    }
                }
                if (!inner.html.toString().isBlank()) {
                    items.append("<li>").append(inner.html).append("</li>");
                }
            }
        }
        if (!items.isEmpty()) {
            html.append("<ul>").append(items).append("</ul>");
        }
    }

    private static String inline(Element element) {
        StringBuilder out = new StringBuilder();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE) {
                out.append(text(node.getNodeValue()));
            } else if (node instanceof Element child && !SKIPPED.contains(child.getLocalName())) {
                switch (child.getLocalName()) {
                    case "s" -> out.append(" ".repeat(Math.min(repeat(child, TEXT, "c"), 20)));
                    case "tab" -> out.append(' ');
                    case "line-break" -> out.append("<br/>");
                    default -> out.append(inline(child));
                }
            }
        }
        return out.toString();
    }

    private void table(Element table) {
        String sheet = table.getAttributeNS(TABLE, "name");
        StringBuilder rows = new StringBuilder();
        rows(table, rows);
        if (rows.isEmpty()) {
            return;
        }
        if (!sheet.isBlank()) {
            html.append("<h2>").append(text(sheet)).append("</h2>");
        }
        html.append("<table>").append(rows).append("</table>");
    }

    private void rows(Element parent, StringBuilder rows) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element element)) {
                continue;
            }
            switch (element.getLocalName()) {
                case "table-row" -> row(element, rows);
                case "table-header-rows", "table-rows", "table-row-group" -> rows(element, rows);
                default -> { }
            }
        }
    }

    private void row(Element row, StringBuilder rows) {
        StringBuilder cells = new StringBuilder();
        StringBuilder pendingEmpty = new StringBuilder();
        boolean any = false;
        for (Node node = row.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element cell) || !cell.getLocalName().endsWith("table-cell")) {
                continue;
            }
            OdfXhtml inner = new OdfXhtml();
            inner.blocks(cell);
            String content = inner.html.toString();
            int repeat = Math.min(repeat(cell, TABLE, "number-columns-repeated"), MAX_REPEAT);
            if (content.isBlank()) {
                pendingEmpty.append("<td></td>".repeat(repeat));
                continue;
            }
            cells.append(pendingEmpty);
            pendingEmpty.setLength(0);
            cells.append(("<td>" + content + "</td>").repeat(repeat));
            any = true;
        }
        if (any) {
            rows.append("<tr>").append(cells).append("</tr>");
        }
    }

    private static int repeat(Element element, String namespace, String attribute) {
        String value = element.getAttributeNS(namespace, attribute);
        return value.matches("\\d{1,7}") ? Math.max(Integer.parseInt(value), 1) : 1;
    }
}
