package scot.cpib.minutes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.MeetingStatus;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;
import scot.cpib.shared.domain.UkDates;

/** The board approves the previous meeting's minute under "Minute &amp; Matters Arising"; it is then locked. */
@ApplicationScoped
public class MinuteApproval {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    /**
     * Approves the minute of the meeting before this one, at this one.
     *
     * @return the meeting whose minute was approved
     */
    @Transactional
    public Meeting approvePrevious(Long meetingId, String approvedBy, LocalDate approvedOn) {
        if (!currentUser.isSecretariat()) {
            throw new DomainException("minute.notAllowed");
        }
        Meeting at = Optional.ofNullable(meetingId == null ? null : em.find(Meeting.class, meetingId))
                .orElseThrow(() -> new NotFoundException("Meeting", meetingId));
        Meeting previous = at.getPreviousMeeting();
        if (previous == null) {
            throw new DomainException("minute.approve.noPrevious");
        }
        if (approvedOn == null) {
            throw new DomainException("minute.approve.dateRequired", "approvedOn");
        }
        MeetingStatus before = previous.getStatus();
        previous.approveMinute(at, approvedBy, approvedOn);
        audit.record(previous, "approved", "Minute of the " + previous.getOrdinal() + " meeting approved at the "
                + at.getOrdinal() + " meeting on " + UkDates.date(approvedOn) + " by " + previous.getMinuteApprovedBy());
        audit.change(previous, "status", before, previous.getStatus(), previous.getOrdinal() + " meeting");
        em.flush();
        return previous;
    }
}
