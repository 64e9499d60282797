package scot.cpib.api.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.cpib.action.domain.ActionProgress;

/** A progress note on an action; the meeting number when it was reported at a meeting. */
@JsonbPropertyOrder({"date", "author", "note", "meetingNumber"})
@Schema(name = "Progress")
public record ProgressDto(String note, String author, LocalDate date, Integer meetingNumber) {

    public static ProgressDto of(ActionProgress progress) {
        return new ProgressDto(progress.getNote(), progress.getAuthor(), progress.getRecordedOn(),
                progress.getMeeting() == null ? null : progress.getMeeting().getNumber());
    }
}
