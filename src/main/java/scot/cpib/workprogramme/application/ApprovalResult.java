package scot.cpib.workprogramme.application;

/** What approving a revision did with the outstanding actions of the version it superseded. */
public record ApprovalResult(int followed, int stayed) {
}
