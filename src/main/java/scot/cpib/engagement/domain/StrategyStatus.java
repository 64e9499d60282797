package scot.cpib.engagement.domain;

/** Where a strategy stands: drafted for the board, approved at a meeting, or replaced by a later one. */
public enum StrategyStatus {
    DRAFT, APPROVED, SUPERSEDED
}
