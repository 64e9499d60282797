package scot.cpib.engagement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import scot.cpib.shared.domain.Texts;
import scot.cpib.shared.domain.VersionedEntity;

/** An aim of a strategy, numbered as the paper numbers it ("4.1.1"). */
@Entity
@Table(name = "engagement_aim")
public class StrategyAim extends VersionedEntity {

    public static final int NUMBER_MAX = 20;
    public static final int TEXT_MAX = 1000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "strategy_id")
    private EngagementStrategy strategy;

    @Column(nullable = false, length = NUMBER_MAX)
    private String number;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    protected StrategyAim() {
    }

    StrategyAim(EngagementStrategy strategy, String number, int position, String text) {
        this.strategy = strategy;
        this.number = Texts.required(number, NUMBER_MAX, "engagement.aim.number", "number");
        this.position = position;
        reword(text);
    }

    public final void reword(String newText) {
        this.text = Texts.required(newText, TEXT_MAX, "engagement.aim.text", "text");
    }

    public EngagementStrategy getStrategy() {
        return strategy;
    }

    public String getNumber() {
        return number;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }
}
