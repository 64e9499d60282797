package scot.cpib.workprogramme.application;

import java.time.LocalDate;

/** Evidence towards an outcome as the secretariat types it: what it shows, where from, when, which indicator. */
public record EvidenceDraft(String summary, String source, LocalDate recordedOn, Long indicatorId) {
}
