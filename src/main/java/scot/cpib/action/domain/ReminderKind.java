package scot.cpib.action.domain;

/** A weekly digest of one person's actions, or the secretariat's one-off chase of one action. */
public enum ReminderKind {
    DIGEST, CHASE
}
