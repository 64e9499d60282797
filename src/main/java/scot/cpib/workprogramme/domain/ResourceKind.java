package scot.cpib.workprogramme.domain;

/** What sort of support a catalogued resource is. */
public enum ResourceKind {
    GUIDANCE, TOOL, DATA, REPORT, PROGRAMME, NETWORK, SERVICE, WEBSITE
}
