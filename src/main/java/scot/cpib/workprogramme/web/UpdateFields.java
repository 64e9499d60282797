package scot.cpib.workprogramme.web;

import java.io.Serializable;
import scot.cpib.workprogramme.domain.Rag;
import scot.cpib.workprogramme.domain.UpdateContent;

/** What the person typed into the progress update form; kept across failed saves so nothing is lost. */
public class UpdateFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String rag;
    private String ragReason;
    private String achievements;
    private String differenceMade;
    private String risksAndIssues;
    private String nextSteps;

    void fill(UpdateContent content) {
        rag = content.rag() == null ? null : content.rag().name();
        ragReason = content.ragReason();
        achievements = content.achievements();
        differenceMade = content.differenceMade();
        risksAndIssues = content.risksAndIssues();
        nextSteps = content.nextSteps();
    }

    UpdateContent toContent() {
        Rag chosen = rag == null || rag.isBlank() ? null : Rag.valueOf(rag);
        return new UpdateContent(chosen, ragReason, achievements, differenceMade, risksAndIssues, nextSteps);
    }

    public String getRag() {
        return rag;
    }

    public void setRag(String rag) {
        this.rag = rag;
    }

    public String getRagReason() {
        return ragReason;
    }

    public void setRagReason(String ragReason) {
        this.ragReason = ragReason;
    }

    public String getAchievements() {
        return achievements;
    }

    public void setAchievements(String achievements) {
        this.achievements = achievements;
    }

    public String getDifferenceMade() {
        return differenceMade;
    }

    public void setDifferenceMade(String differenceMade) {
        this.differenceMade = differenceMade;
    }

    public String getRisksAndIssues() {
        return risksAndIssues;
    }

    public void setRisksAndIssues(String risksAndIssues) {
        this.risksAndIssues = risksAndIssues;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public void setNextSteps(String nextSteps) {
        this.nextSteps = nextSteps;
    }
}
