package scot.cpib.workprogramme.domain;

/**
 * The status a lead gives a workstream for a reporting period. NO_UPDATE records that the lead gave
 * none (reports show it, rather than a blank); NOT_RATED is a narrative update without a rating, as
 * the board's papers before RAG reporting were written.
 */
public enum Rag {
    RED, AMBER, GREEN, NO_UPDATE, NOT_RATED;

    /** Red and amber need a reason. */
    public boolean needsReason() {
        return this == RED || this == AMBER;
    }
}
