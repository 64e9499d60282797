package scot.cpib.board.domain;

/** How often a person is sent the digest of their actions due soon and overdue. */
public enum ReminderFrequency {
    WEEKLY, NONE
}
