package scot.cpib.engagement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import scot.cpib.shared.domain.Texts;
import scot.cpib.shared.domain.VersionedEntity;

/** A numbered core message of a strategy ("5. To explore the wider system change …"). */
@Entity
@Table(name = "core_message")
public class CoreMessage extends VersionedEntity {

    public static final int TEXT_MAX = 1000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "strategy_id")
    private EngagementStrategy strategy;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    protected CoreMessage() {
    }

    CoreMessage(EngagementStrategy strategy, int number, String text) {
        this.strategy = strategy;
        this.number = number;
        reword(text);
    }

    public final void reword(String newText) {
        this.text = Texts.required(newText, TEXT_MAX, "engagement.message.text", "text");
    }

    public EngagementStrategy getStrategy() {
        return strategy;
    }

    public int getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    /** "5. To explore the wider system change …". */
    public String getLabel() {
        return number + ". " + text;
    }

    @Override
    public String toString() {
        return getLabel();
    }
}
