package scot.cpib.reporting.infrastructure;

/** Builds the well-formed XHTML that openhtmltopdf reads: escaping and the page shell with the house print style. */
public final class Xhtml {

    private static final String STYLE = """
            @page { size: A4; margin: 20mm 18mm 24mm 18mm; }
            body { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: 1.4; color: #1a1a1a; }
            h1 { font-size: 18pt; margin: 0 0 6mm 0; }
            h2 { font-size: 13pt; margin: 6mm 0 2mm 0; }
            h3 { font-size: 11pt; margin: 4mm 0 2mm 0; }
            p { margin: 0 0 2.5mm 0; }
            ul { margin: 0 0 2.5mm 0; padding-left: 6mm; }
            table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm 0; -fs-table-paginate: paginate; }
            caption { text-align: left; font-weight: bold; margin-bottom: 1mm; }
            th, td { border: 0.5pt solid #555; padding: 1.2mm 1.5mm; text-align: left; vertical-align: top; }
            th { background: #e8e8e8; }
            tr { page-break-inside: avoid; }
            td.ref { white-space: nowrap; }
            td.due { width: 17mm; }
            th.wide { width: 30%; }
            .draft { border: 1.5pt solid #000; padding: 2mm; font-weight: bold; font-size: 12pt; margin-bottom: 4mm; }
            .meta { margin-bottom: 1mm; }
            .label { font-weight: bold; }
            .cover h1 { font-size: 24pt; margin-top: 40mm; }
            .cover p { font-size: 13pt; }
            .agenda td.page { text-align: right; width: 18mm; }
            .agenda td.num { width: 12mm; }
            .agenda tr.sub td.title { padding-left: 8mm; }
            .newpage { page-break-before: always; }
            table.matters { table-layout: fixed; font-size: 9pt; width: 100%; }
            table.matters col.c-ref { width: 12%; }
            table.matters col.c-action { width: 23%; }
            table.matters col.c-owner { width: 14%; }
            table.matters col.c-due { width: 12%; }
            table.matters col.c-status { width: 12%; }
            table.matters col.c-progress { width: 27%; }
            table.matters th.wide, table.matters td.due { width: auto; }
            table.matters th, table.matters td { word-wrap: break-word; }
            table.matters td.ref { white-space: normal; }
            """;

    private Xhtml() {
    }

    /** A column heading, escaped: {@code <th scope="col">text</th>}. */
    public static String th(String text) {
        return "<th scope=\"col\">" + text(text) + "</th>";
    }

    /** A column heading with a style class, escaped: {@code <th scope="col" class="wide">text</th>}. */
    public static String th(String text, String cssClass) {
        return "<th scope=\"col\" class=\"" + cssClass + "\">" + text(text) + "</th>";
    }

    /** Escapes text for an XHTML element or attribute. */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A complete XHTML document in British English with the given title and body markup. */
    public static String document(String title, String body) {
        return document(title, body, "");
    }

    /** As {@link #document(String, String)}, with style rules of the document's own after the house style. */
    public static String document(String title, String body, String extraStyle) {
        return document(title, body, extraStyle, "");
    }

    /**
     * As {@link #document(String, String, String)}, with more head markup, such as openhtmltopdf's
     * {@code <bookmarks>} (the PDF's outline, each bookmark pointing at an element id).
     */
    public static String document(String title, String body, String extraStyle, String headExtra) {
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\">"
                + "<head><meta charset=\"UTF-8\"/><title>" + text(title) + "</title>"
                + "<meta name=\"subject\" content=\"" + text(title) + "\"/>"
                + "<style>" + STYLE + extraStyle + "</style>" + headExtra + "</head><body>" + body + "</body></html>";
    }
}
