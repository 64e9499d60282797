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

/** A way of reaching stakeholders: a network meeting, the annual CPIB report, the website … */
@Entity
@Table(name = "engagement_channel")
public class Channel extends VersionedEntity {

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "board_id")
    private Board board;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    protected Channel() {
    }

    public Channel(Board board, String name, String description) {
        this.board = board;
        describe(name, description);
    }

    public final void describe(String newName, String newDescription) {
        this.name = Texts.required(newName, NAME_MAX, "engagement.channel.name", "name");
        this.description = Texts.optional(newDescription, DESCRIPTION_MAX, "engagement.channel.description", "description");
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

    @Override
    public String toString() {
        return name;
    }
}
