package scot.cpib.minutes.web;

import java.io.Serializable;
import scot.cpib.minutes.application.EntrySnapshot;
import scot.cpib.minutes.domain.MinuteEntry;

/** What the secretariat is writing under one agenda item, kept between requests. */
public class EntryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long itemId;
    private Long version;
    private String narrative;
    private String decisions;
    private String reason;
    private EntrySnapshot conflict;

    EntryForm(Long itemId, MinuteEntry entry) {
        this.itemId = itemId;
        if (entry != null) {
            this.version = entry.getVersion();
            this.narrative = entry.getNarrative();
            this.decisions = entry.getDecisions();
        }
    }

    /** Whether the typed narrative or decisions differ from what is stored (line endings and outer spaces aside). */
    boolean differsFrom(MinuteEntry stored) {
        return !normal(narrative).equals(normal(stored == null ? null : stored.getNarrative()))
                || !normal(decisions).equals(normal(stored == null ? null : stored.getDecisions()));
    }

    private static String normal(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").strip();
    }

    /** After someone else saved: keep this person's text, take the saved version so they can save on top. */
    void conflictWith(EntrySnapshot theirs, Long currentVersion) {
        this.conflict = theirs;
        this.version = currentVersion;
    }

    public Long getItemId() {
        return itemId;
    }

    public Long getVersion() {
        return version;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public String getDecisions() {
        return decisions;
    }

    public void setDecisions(String decisions) {
        this.decisions = decisions;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public EntrySnapshot getConflict() {
        return conflict;
    }
}
