package scot.cpib.annualreport.domain;

/** The sections of the report, in reading order; each is drafted from one part of the record. */
public enum SectionKind {
    /** Meetings held in the period and attendance by organisation. */
    MEETINGS,
    /** Decisions recorded in the minutes of those meetings. */
    DECISIONS,
    /** Actions agreed in the period, completed and overdue at its end. */
    ACTIONS,
    /** Each workstream's RAG over the period and the difference it made. */
    WORKSTREAMS,
    /** Outcomes of the outcomes framework and the evidence recorded against them. */
    OUTCOMES,
    /** Engagement delivered against the stakeholder matrix: groups reached per core message, gaps. */
    ENGAGEMENT,
    /** What was learned from engagement. */
    LEARNING,
    /** For each core message, the engagements that carried it. */
    MESSAGE_EVIDENCE
}
