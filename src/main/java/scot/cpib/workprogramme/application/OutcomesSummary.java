package scot.cpib.workprogramme.application;

/** How many of the framework's outcomes a programme version has work behind, and how many have evidence. */
public record OutcomesSummary(int outcomes, int withWork, int withEvidence) {
}
