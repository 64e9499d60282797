package scot.cpib.action.application;

import scot.cpib.action.domain.ActionStatus;

/**
 * What an owner or the secretariat reports on an action: a progress note, a new status, or both.
 *
 * @param note           progress in words (may be empty when only the status changes)
 * @param status         the new status, or null to leave it
 * @param coveredByItemId for {@link ActionStatus#COVERED_ELSEWHERE}: the agenda item that covers it
 * @param meetingId      the meeting at which it was reported (matters arising), or null
 */
public record ProgressUpdate(String note, ActionStatus status, Long coveredByItemId, Long meetingId) {
}
