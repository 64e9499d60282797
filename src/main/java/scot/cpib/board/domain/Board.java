package scot.cpib.board.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import scot.cpib.shared.domain.Texts;
import java.util.OptionalInt;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.VersionedEntity;

/** A board such as the Community Planning Improvement Board: it meets, minutes and owns a work programme. */
@Entity
@Table(name = "board")
public class Board extends VersionedEntity {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "short_name", nullable = false, length = 40)
    private String shortName;

    @Column(name = "former_names", length = 400)
    private String formerNames;

    @Column(columnDefinition = "TEXT")
    private String purpose;

    @Column(name = "two_step_required", nullable = false)
    private boolean twoStepRequired;

    @Column(name = "quorum_members")
    private Integer quorumMembers;

    protected Board() {
    }

    public Board(String name, String shortName) {
        this.name = name;
        this.shortName = shortName;
    }

    /** Name, short name and purpose as the admin types them, each checked. */
    public void describe(String newName, String newShortName, String newPurpose) {
        this.name = Texts.required(newName, 200, "board.name", "name");
        this.shortName = Texts.required(newShortName, 40, "board.shortName", "shortName");
        this.purpose = Texts.optional(newPurpose, Texts.LONG_MAX, "board.purpose", "purpose");
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public String getFormerNames() {
        return formerNames;
    }

    public String getPurpose() {
        return purpose;
    }

    /** Whether admin and secretariat accounts must sign in with two-step verification. */
    public boolean isTwoStepRequired() {
        return twoStepRequired;
    }

    public void requireTwoStep(boolean required) {
        this.twoStepRequired = required;
    }

    /** The least number of members (chair and members) who must attend for the board to be quorate; empty when none is set. */
    public OptionalInt getQuorumMembers() {
        return quorumMembers == null ? OptionalInt.empty() : OptionalInt.of(quorumMembers);
    }

    /** Sets the quorum rule (null: none); at least one member. */
    public void setQuorumRule(Integer members) {
        if (members != null && members < 1) {
            throw new DomainException("board.quorum.tooSmall", "quorum");
        }
        this.quorumMembers = members;
    }
}
