package scot.cpib.workprogramme.application;

/** Where a workstream stands for a reporting period: update received, none yet, or recorded as not provided. */
public enum ReturnState {
    RECEIVED, MISSING, NOT_PROVIDED
}
