package scot.cpib.security.application;

/** An account as the people pages list it, read as a query's columns: its id, its person, sign-in name and whether it is active. */
public record AccountSummary(long id, long personId, String username, boolean enabled) {
}
