package scot.cpib.meeting.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import scot.cpib.board.application.Directory;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.MeetingStatus;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.domain.NotFoundException;

/**
 * Reads meetings as the current person may see them: board members, leads and the secretariat
 * see every meeting of the board this installation serves; the public sees only meetings whose
 * minute is published. Another board's meeting is never found here.
 */
@RequestScoped
public class MeetingQueries {

    @PersistenceContext
    private EntityManager em;

    private Optional<Meeting> next;

    private LocalDate nextAsOf;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Directory directory;

    public List<Meeting> visibleMeetings() {
        return visible().getResultList();
    }

    /**
     * As {@link #visibleMeetings()}, with every meeting's agenda items and their sub-items read in two
     * batched queries as they are first reached (the calendar feed writes each meeting's agenda; it read
     * each meeting's items and each item's sub-items one query at a time, 963 statements at national scale).
     */
    public List<Meeting> visibleMeetingsWithAgendas() {
        TypedQuery<Meeting> query = visible();
        query.setHint("eclipselink.batch.type", "IN");
        query.setHint("eclipselink.batch", "m.items");
        query.setHint("eclipselink.batch", "m.items.subItems");
        return query.getResultList();
    }

    private TypedQuery<Meeting> visible() {
        if (currentUser.isBoardReader()) {
            return em.createQuery("SELECT m FROM Meeting m WHERE m.board.id = :board ORDER BY m.date DESC", Meeting.class)
                    .setParameter("board", directory.boardId());
        }
        return em.createQuery("SELECT m FROM Meeting m WHERE m.board.id = :board AND m.status = :published ORDER BY m.date DESC",
                        Meeting.class)
                .setParameter("board", directory.boardId())
                .setParameter("published", MeetingStatus.PUBLISHED);
    }

    public Optional<Meeting> findVisible(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        TypedQuery<Meeting> query = em.createQuery("SELECT m FROM Meeting m WHERE m.id = :id AND m.board.id = :board", Meeting.class)
                .setParameter("id", id).setParameter("board", directory.boardId());
        // What the meeting, agenda and minute pages show, each kind in one query when first read (not one per item);
        // the board's name, which the minute prints, joined.
        query.setHint("eclipselink.left-join-fetch", "m.previousMeeting");
        query.setHint("eclipselink.left-join-fetch", "m.minuteApprovedAt");
        query.setHint("eclipselink.left-join-fetch", "m.board");
        return withAgendaAndAttendance(query).getResultStream().findFirst().filter(this::canSee);
    }

    /** What the meeting, agenda and minute pages show, each kind in one query when first read (not one per item). */
    private static TypedQuery<Meeting> withAgendaAndAttendance(TypedQuery<Meeting> query) {
        query.setHint("eclipselink.batch.type", "IN");
        for (String path : List.of("m.items", "m.items.subItems", "m.items.papers", "m.items.presenter",
                "m.items.presenter.organisation", "m.attendances", "m.attendances.person", "m.attendances.person.organisation",
                "m.attendances.organisation", "m.attendances.substituteFor")) {
            query.setHint("eclipselink.batch", path);
        }
        return query;
    }

    /**
     * The latest held meeting whose minute is not published yet (its minute steps are still to do), with
     * its agenda, papers and attendance, for the secretariat's checklist; empty for anyone else.
     */
    public Optional<Meeting> minuteInProgress() {
        if (!currentUser.isSecretariat()) {
            return Optional.empty();
        }
        return withAgendaAndAttendance(em.createQuery("SELECT m FROM Meeting m WHERE m.board.id = :board AND m.status IN :held"
                        + " ORDER BY m.date DESC, m.number DESC", Meeting.class))
                .setParameter("board", directory.boardId())
                .setParameter("held", List.of(MeetingStatus.HELD, MeetingStatus.MINUTE_DRAFTED, MeetingStatus.MINUTE_APPROVED))
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The meeting, or a not-found error (also when the caller may not see it). */
    public Meeting getVisible(Long id) {
        return findVisible(id).orElseThrow(() -> new NotFoundException("Meeting", id));
    }

    public boolean canSee(Meeting meeting) {
        return currentUser.isBoardReader() || meeting.isPublished();
    }

    /**
     * The next meeting, for the home pages: the first one on or after today that is not held yet; when
     * there is none, the latest meeting not yet recorded as held, even if its day has passed (its record
     * is not brought up to date yet, and members still reply to it and read its pack). Empty for the public.
     */
    public Optional<Meeting> nextMeeting(LocalDate today) {
        if (!currentUser.isBoardReader()) {
            return Optional.empty();
        }
        if (!today.equals(nextAsOf)) {
            // the home page's parts each show the next meeting: read once a request
            next = readNextMeeting(today);
            nextAsOf = today;
        }
        return next;
    }

    private Optional<Meeting> readNextMeeting(LocalDate today) {
        List<MeetingStatus> notHeld = List.of(MeetingStatus.PLANNED, MeetingStatus.AGENDA_ISSUED);
        Optional<Meeting> coming = withAgendaAndAttendance(em.createQuery("SELECT m FROM Meeting m WHERE m.board.id = :board"
                        + " AND m.date >= :today AND m.status IN :open ORDER BY m.date, m.number", Meeting.class))
                .setParameter("board", directory.boardId()).setParameter("today", today).setParameter("open", notHeld)
                .setMaxResults(1).getResultStream().findFirst();
        if (coming.isPresent()) {
            return coming;
        }
        return withAgendaAndAttendance(em.createQuery("SELECT m FROM Meeting m WHERE m.board.id = :board AND m.status IN :open"
                        + " ORDER BY m.date DESC, m.number DESC", Meeting.class))
                .setParameter("board", directory.boardId()).setParameter("open", notHeld)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The latest meeting, whatever its date: the one a new meeting follows on from. */
    public Optional<Meeting> latestMeeting() {
        return em.createQuery("SELECT m FROM Meeting m WHERE m.board.id = :board ORDER BY m.number DESC", Meeting.class)
                .setParameter("board", directory.boardId()).setMaxResults(1).getResultStream().findFirst();
    }
}
