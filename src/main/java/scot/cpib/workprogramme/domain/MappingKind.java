package scot.cpib.workprogramme.domain;

/** What a revision did with a workstream of the version before it. */
public enum MappingKind {
    CARRIED_OVER, MERGED, SPLIT, RETIRED, NEW;

    /** Whether a mapping of this kind has an old workstream. */
    public boolean hasFrom() {
        return this != NEW;
    }

    /** Whether a mapping of this kind has a new workstream. */
    public boolean hasTo() {
        return this != RETIRED;
    }
}
