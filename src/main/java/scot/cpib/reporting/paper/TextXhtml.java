package scot.cpib.reporting.paper;

import static scot.cpib.reporting.infrastructure.Xhtml.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A plain-text (.txt) paper as XHTML: blank lines separate paragraphs, single line breaks are kept.
 * Read as UTF-8 (a byte-order mark is dropped), or as Windows-1252 when it is not valid UTF-8; a file
 * that is mostly control characters is binary, not text, and is refused.
 */
final class TextXhtml {

    private TextXhtml() {
    }

    static String body(byte[] data) throws UnreadablePaper {
        String value = decode(data).replace("\r\n", "\n").replace('\r', '\n');
        if (value.startsWith("\uFEFF")) {
            value = value.substring(1);
        }
        long control = value.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\f').count();
        if (value.isBlank() || control * 20 > value.length()) {
            throw new UnreadablePaper(UnreadablePaper.Reason.UNREADABLE, "not text", null);
        }
        StringBuilder html = new StringBuilder();
        for (String paragraph : value.split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(text(paragraph.strip()).replace("\n", "<br/>").replace("\t", "    ")).append("</p>");
            }
        }
        return html.toString();
    }

    private static String decode(byte[] data) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            return new String(data, Charset.forName("windows-1252"));
        }
    }
}
