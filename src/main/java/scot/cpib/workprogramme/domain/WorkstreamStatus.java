package scot.cpib.workprogramme.domain;

/** Whether a workstream is still being delivered within its version of the programme. */
public enum WorkstreamStatus {
    ACTIVE, COMPLETE, RETIRED
}
