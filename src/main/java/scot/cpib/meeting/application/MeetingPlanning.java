package scot.cpib.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.MeetingStatus;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.application.Versions;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;

/** Plans meetings and moves them through the cycle: details, issuing the agenda, holding the meeting. */
@ApplicationScoped
public class MeetingPlanning {

    @PersistenceContext
    private EntityManager em;

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

    @Transactional
    public void markHeld(Long meetingId) {
        MeetingPermissions.requireSecretariat(currentUser);
        Meeting meeting = meeting(meetingId);
        MeetingStatus before = meeting.getStatus();
        meeting.markHeld();
        audit.change(meeting, "status", before, meeting.getStatus(), "The " + meeting.getOrdinal() + " meeting was held");
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
