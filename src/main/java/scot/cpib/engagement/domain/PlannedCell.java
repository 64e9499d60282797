package scot.cpib.engagement.domain;

/** One cell of the matrix: a stakeholder group that should receive a core message. */
public record PlannedCell(StakeholderGroup group, CoreMessage message) {
}
