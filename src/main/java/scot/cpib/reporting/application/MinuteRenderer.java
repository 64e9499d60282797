package scot.cpib.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import scot.cpib.reporting.domain.DocumentFormats;
import scot.cpib.reporting.domain.DocumentTexts;
import scot.cpib.reporting.domain.PreviousMinute;
import scot.cpib.reporting.infrastructure.TaggedPdf;

/**
 * A meeting's minute as a tagged PDF in the board's layout: heading, status (draft or approved),
 * attendees, apologies and those in attendance, then each item in reading order with its narrative,
 * decisions and agreed actions table. The Word version is {@link MinuteDocxRenderer}.
 */
@ApplicationScoped
public class MinuteRenderer {

    public void pdf(PreviousMinute minute, OutputStream out) throws IOException {
        String footer = DocumentTexts.text(minute.isDraft() ? "minute.footer.draft" : "minute.footer",
                DocumentFormats.meetingName(minute.meeting()));
        TaggedPdf.write(MinuteHtml.title(minute.meeting()), MinuteHtml.body(minute), footer, out);
    }
}
