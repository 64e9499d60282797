package scot.cpib.engagement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import scot.cpib.board.domain.Board;
import scot.cpib.shared.domain.Texts;
import scot.cpib.shared.domain.VersionedEntity;

/** People the board engages with, such as "CPP Chairs"; with notes on how many ("6 CPP chairs …"). */
@Entity
@Table(name = "stakeholder_group")
public class StakeholderGroup extends VersionedEntity {

    public static final int NAME_MAX = 300;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int SIZE_NOTES_MAX = 300;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "board_id")
    private Board board;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "size_notes", length = SIZE_NOTES_MAX)
    private String sizeNotes;

    protected StakeholderGroup() {
    }

    public StakeholderGroup(Board board, String name, String description, String sizeNotes) {
        this.board = board;
        describe(name, description, sizeNotes);
    }

    public final void describe(String newName, String newDescription, String newSizeNotes) {
        this.name = Texts.required(newName, NAME_MAX, "engagement.group.name", "name");
        this.description = Texts.optional(newDescription, DESCRIPTION_MAX, "engagement.group.description", "description");
        this.sizeNotes = Texts.optional(newSizeNotes, SIZE_NOTES_MAX, "engagement.group.sizeNotes", "sizeNotes");
    }

    public Board getBoard() {
        return board;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getSizeNotes() {
        return sizeNotes;
    }

    @Override
    public String toString() {
        return name;
    }
}
