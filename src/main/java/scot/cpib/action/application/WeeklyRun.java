package scot.cpib.action.application;

/**
 * What one run of the weekly digest did: digests sent (or tried), people skipped because their digest
 * for the week had gone already, people who chose no reminders, and people without an address.
 */
public record WeeklyRun(String period, int sent, int alreadyReminded, int optedOut, int noAddress) {
}
