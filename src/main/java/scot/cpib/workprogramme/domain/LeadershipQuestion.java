package scot.cpib.workprogramme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import scot.cpib.shared.domain.Texts;
import scot.cpib.shared.domain.VersionedEntity;

/**
 * A question the board is asked about its own part in a workstream ("What is the leadership role of
 * the CPIB/CPIB members in …?"), with the programme's example prompts and, once agreed, the role the
 * board takes on. Its number is the item number in the workstream, shared with the activities.
 */
@Entity
@Table(name = "leadership_question")
public class LeadershipQuestion extends VersionedEntity {

    public static final int QUESTION_MAX = 2000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "workstream_id")
    private Workstream workstream;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = QUESTION_MAX)
    private String question;

    /** Example answers the programme gives, one a line. */
    @Column(columnDefinition = "TEXT")
    private String prompts;

    @Column(name = "agreed_role", columnDefinition = "TEXT")
    private String agreedRole;

    protected LeadershipQuestion() {
    }

    LeadershipQuestion(Workstream workstream, int number, String question, String prompts) {
        this.workstream = workstream;
        this.number = number;
        reword(question, prompts);
    }

    public final void reword(String newQuestion, String newPrompts) {
        this.question = Texts.required(newQuestion, QUESTION_MAX, "workprogramme.question", "question");
        this.prompts = Texts.optional(newPrompts, Texts.LONG_MAX, "workprogramme.prompts", "prompts");
    }

    /** Records the role the board agreed to play; blank clears it. */
    public void agreeRole(String role) {
        this.agreedRole = Texts.optional(role, Texts.LONG_MAX, "workprogramme.agreedRole", "agreedRole");
    }

    LeadershipQuestion copyInto(Workstream target, int newNumber) {
        LeadershipQuestion copy = new LeadershipQuestion(target, newNumber, question, prompts);
        copy.agreedRole = agreedRole;
        return copy;
    }

    void renumber(int newNumber) {
        this.number = newNumber;
    }

    public boolean isAnswered() {
        return agreedRole != null;
    }

    public List<String> getPromptList() {
        return prompts == null ? List.of() : Arrays.stream(prompts.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Workstream getWorkstream() {
        return workstream;
    }

    public int getNumber() {
        return number;
    }

    public String getQuestion() {
        return question;
    }

    public String getPrompts() {
        return prompts;
    }

    public String getAgreedRole() {
        return agreedRole;
    }
}
