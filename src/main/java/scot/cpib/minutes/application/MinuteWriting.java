package scot.cpib.minutes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.MeetingStatus;
import scot.cpib.minutes.domain.MinuteEntry;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;

/**
 * The secretariat writes the minute item by item. Until the minute is approved an entry is simply
 * rewritten; afterwards every change is a recorded amendment with its reason.
 */
@ApplicationScoped
public class MinuteWriting {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private MinuteQueries queries;

    /**
     * Saves what the minute records under an agenda item.
     *
     * @param expectedVersion the entry's version when the form was opened, or null if there was no entry
     * @param reason          why an approved minute is changed (required then, ignored before approval)
     */
    @Transactional
    public MinuteEntry save(Long itemId, Long expectedVersion, String narrative, String decisions, String reason) {
        requireSecretariat();
        AgendaItem item = Optional.ofNullable(itemId == null ? null : em.find(AgendaItem.class, itemId))
                .orElseThrow(() -> new NotFoundException("Agenda item", itemId));
        Meeting meeting = item.getMeeting();
        Optional<MinuteEntry> existing = queries.entryOf(item);
        if (existing.isPresent() && !Objects.equals(expectedVersion, existing.get().getVersion())) {
            throw new ConcurrentEditException(EntrySnapshot.of(existing.get()));
        }
        String newNarrative = blankToNull(narrative);
        String newDecisions = blankToNull(decisions);
        MinuteEntry entry = existing.orElseGet(() -> new MinuteEntry(item));
        String oldNarrative = entry.getNarrative();
        String oldDecisions = entry.getDecisions();
        if (Objects.equals(oldNarrative, newNarrative) && Objects.equals(oldDecisions, newDecisions)) {
            throw new DomainException("minute.entry.unchanged", "narrative");
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        String summary = summary(item);
        if (meeting.isMinuteLocked()) {
            if (entry.isNew()) {
                em.persist(entry);
            }
            entry.amend(newNarrative, newDecisions, reason, currentUser.getDisplayName(), now);
            audit.record(entry, "amended", summary + ": " + reason.strip());
        } else {
            MeetingStatus before = meeting.getStatus();
            entry.write(newNarrative, newDecisions, currentUser.getDisplayName(), now);
            if (entry.isNew()) {
                em.persist(entry);
                audit.record(entry, "created", summary);
            }
            audit.change(meeting, "status", before, meeting.getStatus(), meeting.getOrdinal() + " meeting");
        }
        audit.change(entry, "narrative", oldNarrative, newNarrative, summary);
        audit.change(entry, "decisions", oldDecisions, newDecisions, summary);
        em.flush();
        return entry;
    }

    static String summary(AgendaItem item) {
        return "Minute of the " + item.getMeeting().getOrdinal() + " meeting, item " + item.getLabel();
    }

    private void requireSecretariat() {
        if (!currentUser.isSecretariat()) {
            throw new DomainException("minute.notAllowed");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
