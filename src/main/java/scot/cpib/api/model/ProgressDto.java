package scot.cpib.api.model;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.cpib.action.domain.ActionProgress;

/** A progress note on an action; the meeting number when it was reported at a meeting. */
@Schema(name = "Progress")
public record ProgressDto(String note, String author, LocalDate date, Integer meetingNumber) {

    public static ProgressDto of(ActionProgress progress) {
        return new ProgressDto(progress.getNote(), progress.getAuthor(), progress.getRecordedOn(),
                progress.getMeeting() == null ? null : progress.getMeeting().getNumber());
    }
}
