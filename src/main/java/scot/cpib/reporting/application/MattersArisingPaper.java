package scot.cpib.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.reporting.domain.DocumentFormats;
import scot.cpib.reporting.domain.DocumentTexts;
import scot.cpib.reporting.infrastructure.TaggedPdf;

/**
 * The matters-arising table alone as a tagged PDF paper: the outstanding actions (of those given)
 * with reference, action, owner, due, status (overdue marked) and the latest progress as at a date.
 * The same table goes into the agenda pack.
 */
@ApplicationScoped
public class MattersArisingPaper {

    public void pdf(Meeting meeting, List<AgreedAction> actions, LocalDate asAt, OutputStream out) throws IOException {
        TaggedPdf.write(MattersArisingHtml.title(meeting), MattersArisingHtml.body(meeting, actions, asAt),
                DocumentTexts.text("matters.footer", DocumentFormats.meetingName(meeting)), out);
    }
}
