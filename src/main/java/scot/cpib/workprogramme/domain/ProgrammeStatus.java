package scot.cpib.workprogramme.domain;

/** A version of the programme is drafted, then approved (current) and later superseded by its revision. */
public enum ProgrammeStatus {
    DRAFT, CURRENT, SUPERSEDED
}
