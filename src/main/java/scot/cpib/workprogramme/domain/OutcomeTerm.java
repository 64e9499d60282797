package scot.cpib.workprogramme.domain;

/** When an outcome of the framework is expected to show. */
public enum OutcomeTerm {
    SHORT, MEDIUM, LONG
}
