package scot.cpib.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** The words, names and file bytes the benchmark record is written with: fixed, so every run loads the same data. */
final class SampleData {

    private SampleData() {
    }

    static String narrative(long seed) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            text.append(SENTENCES[(int) ((seed + i * 3L) % SENTENCES.length)]).append(' ');
        }
        return text.append("\n- ").append(SENTENCES[(int) (seed % SENTENCES.length)]).toString();
    }

    /** A PDF of text pages, made once and stored as every paper's (or pack's) bytes. */
    static byte[] pdf(int pages, String title) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.newLineAtOffset(72, 720);
                    content.showText(title + ", page " + p);
                    for (int line = 0; line < 40; line++) {
                        content.newLineAtOffset(0, -15);
                        content.showText(SENTENCES[(p + line) % SENTENCES.length]);
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    static String sha256(byte[] data) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Bytes written as a hexadecimal literal (X'…'). */
    record Hex(byte[] bytes) {
        @Override
        public String toString() {
            return java.util.HexFormat.of().formatHex(bytes);
        }
    }

    static final String[] FIRST = {"Alison", "Brian", "Catriona", "David", "Eilidh", "Fraser", "Gillian", "Hamish",
        "Isla", "James", "Kirsty", "Lewis", "Morag", "Niall", "Orla", "Pauline", "Ross", "Shona", "Tom", "Una"};
    static final String[] LAST = {"Anderson", "Brown", "Campbell", "Douglas", "Fraser", "Grant", "Henderson",
        "Kerr", "MacDonald", "McLeod", "Murray", "Reid", "Robertson", "Scott", "Stewart", "Thomson", "Watson", "Wilson"};
    static final String[] ORG_KIND = {"Council", "Health Board", "Police Division", "Fire and Rescue Area",
        "Third Sector Interface", "Enterprise Agency", "College", "Housing Association", "Skills Body", "Transport Partnership"};
    static final String[] TOPIC = {"Local Outcomes Improvement Plan", "Locality Plans", "Child Poverty Action Report",
        "Community Justice", "Participatory Budgeting", "Performance Framework", "Community Wealth Building",
        "Health and Social Care Integration", "Employability Pathways", "Climate Emergency Response", "Data and Evidence",
        "Workforce Development"};
    static final String[] PURPOSE = {"DECISION", "DISCUSSION", "INFORMATION"};
    static final Map<String, String> STANDING_TITLE = Map.of("WELCOME", "Welcome and Introduction",
            "MINUTE_AND_MATTERS_ARISING", "Minute & Matters Arising", "AOB", "Any Other Business", "CLOSE", "Date of Next Meeting");
    static final String[] ACTION_TEXT = {"Circulate the revised paper to members", "Bring a progress report to the next meeting",
        "Write to the Scottish Government on the findings", "Arrange a development session for partners",
        "Update the performance framework with the new indicators", "Agree the terms of reference with the lead officers",
        "Publish the annual report on the partnership website", "Report back on the budget position"};
    static final String[] NOTE_TEXT = {"Draft circulated to partners for comment.", "Meeting held with the lead officers.",
        "Awaiting figures from the health board.", "On the agenda for the next meeting.", "Partners agreed the approach."};
    static final String[] SENTENCES = {"The Board noted the update and thanked officers for the work.",
        "Members discussed the evidence and how partners could use it.", "The chair asked for the report to be shared with partners.",
        "Officers explained the changes to the reporting timetable.", "The Board asked for a clearer link to the outcomes framework.",
        "Partners described early results in two localities.", "Members agreed that the next report would include costs.",
        "The discussion covered risks to delivery and mitigations."};
    static final String[] RAG = {"GREEN", "AMBER", "GREEN", "RED", "GREEN"};
    static final String[] STAKEHOLDERS = {"CPP Chairs", "CP Managers", "Scottish Government", "Community Groups",
        "Third Sector", "Elected Members", "Improvement Bodies", "Public Bodies"};
    static final String[] CHANNELS = {"Meeting", "Workshop", "Survey", "Newsletter", "Knowledge Hub"};
}
