package scot.cpib.api.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.cpib.action.application.ActionSummary;

/** A progress note on an action; the meeting number when it was reported at a meeting. */
@JsonbPropertyOrder({"date", "author", "note", "meetingNumber"})
@Schema(name = "Progress")
public record ProgressDto(String note, String author, LocalDate date, Integer meetingNumber) {

    public static ProgressDto of(ActionSummary.Note note) {
        return new ProgressDto(note.note(), note.author(), note.date(), note.meetingNumber());
    }
}
