package scot.cpib.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.MeetingStatus;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.application.Versions;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;
import scot.cpib.shared.application.BoardClock;

/** Plans meetings and moves them through the cycle: details, holding the meeting, publishing its approved minute. */
@ApplicationScoped
public class MeetingPlanning {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BoardClock clock;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    /** Plans the meeting after the given one, with its venue and standing items; returns the new meeting's id. */
    @Transactional
    public Long planNext(Long previousId, MeetingDetails details) {
        MeetingPermissions.requireSecretariat(currentUser);
        Meeting previous = meeting(previousId);
        Long taken = em.createQuery("SELECT COUNT(m) FROM Meeting m WHERE m.board = :b AND m.number = :n", Long.class)
                .setParameter("b", previous.getBoard()).setParameter("n", previous.getNumber() + 1).getSingleResult();
        if (taken > 0) {
            throw new DomainException("meeting.next.exists", null, previous.getOrdinal(), previous.getNumber() + 1);
        }
        Meeting next = previous.planNext(details.date(), details.startTime(), details.endTime());
        next.moveTo(details.venueName(), details.venueAddress());
        em.persist(next);
        audit.record(next, "created", "Planned the " + next.getOrdinal() + " meeting after the " + previous.getOrdinal());
        auditDetails(next, new MeetingDetails(null, null, null, null, null));
        return next.getId();
    }

    /** Changes date, times and venue; refused with the saved version when someone else saved meanwhile. */
    @Transactional
    public void updateDetails(Long meetingId, long expectedVersion, MeetingDetails details) {
        MeetingPermissions.requireSecretariat(currentUser);
        Meeting meeting = meeting(meetingId);
        Versions.require(meeting, expectedVersion, () -> MeetingDetails.of(meeting));
        MeetingDetails before = MeetingDetails.of(meeting);
        meeting.reschedule(details.date(), details.startTime(), details.endTime());
        meeting.moveTo(details.venueName(), details.venueAddress());
        auditDetails(meeting, before);
    }

    /** The meeting took place (on or after its day); with minute text already written it is "minute drafted". */
    @Transactional
    public void markHeld(Long meetingId) {
        MeetingPermissions.requireSecretariat(currentUser);
        Meeting meeting = meeting(meetingId);
        MeetingStatus before = meeting.getStatus();
        long entries = em.createQuery("SELECT COUNT(e) FROM MinuteEntry e WHERE e.agendaItem.meeting = :m", Long.class)
                .setParameter("m", meeting).getSingleResult();
        meeting.markHeld(clock.today(), entries > 0);
        audit.change(meeting, "status", before, meeting.getStatus(), "The " + meeting.getOrdinal() + " meeting was held");
    }

    /** Publishes an approved minute: the meeting and its minute then appear on the public list. */
    @Transactional
    public void publishMinute(Long meetingId) {
        MeetingPermissions.requireSecretariat(currentUser);
        Meeting meeting = meeting(meetingId);
        MeetingStatus before = meeting.getStatus();
        meeting.publish(LocalDateTime.now(ZoneOffset.UTC));
        String summary = "Minute of the " + meeting.getOrdinal() + " meeting published";
        audit.change(meeting, "status", before, meeting.getStatus(), summary);
        audit.change(meeting, "publishedAt", null, meeting.getPublishedAt(), summary);
    }

    private void auditDetails(Meeting meeting, MeetingDetails before) {
        String summary = "Details of the " + meeting.getOrdinal() + " meeting";
        audit.change(meeting, "date", before.date(), meeting.getDate(), summary);
        audit.change(meeting, "startTime", before.startTime(), meeting.getStartTime(), summary);
        audit.change(meeting, "endTime", before.endTime(), meeting.getEndTime(), summary);
        audit.change(meeting, "venueName", before.venueName(), meeting.getVenueName(), summary);
        audit.change(meeting, "venueAddress", before.venueAddress(), meeting.getVenueAddress(), summary);
    }

    private Meeting meeting(Long id) {
        Meeting meeting = id == null ? null : em.find(Meeting.class, id);
        if (meeting == null) {
            throw new NotFoundException("Meeting", id);
        }
        return meeting;
    }
}
