package scot.cpib.workprogramme.domain;

/** What a lead writes in a progress update, before it is checked and kept. */
public record UpdateContent(Rag rag, String ragReason, String achievements, String differenceMade,
                            String risksAndIssues, String nextSteps) {
}
