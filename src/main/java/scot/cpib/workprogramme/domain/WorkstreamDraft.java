package scot.cpib.workprogramme.domain;

/** A workstream to be added by a revision (for instance one part of a split): number, title and aim. */
public record WorkstreamDraft(int number, String title, String aim) {
}
