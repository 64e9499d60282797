package scot.cpib.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import scot.cpib.board.application.Directory;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.MeetingStatus;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.infrastructure.VersionedCache;

/**
 * The latest meetings other than the next one, newest first, as the home page lists them for board readers
 * (issue 13): the same for every reader, so read as values and kept by this server under the data version
 * ({@link VersionedCache}, decision 89) for the board and the day (the next meeting depends on the day).
 */
@ApplicationScoped
public class RecentMeetings {

    /** How many meetings the home page lists. */
    public static final int RECENT = 5;

    private static final int KEPT = 8;

    private final VersionedCache<Key, List<RecentMeeting>> kept = new VersionedCache<>(KEPT, Duration.ofMinutes(10));

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Directory directory;

    @Inject
    private MeetingQueries meetings;

    /** The latest {@value #RECENT} meetings the caller may see on this day, the next one left out. */
    public List<RecentMeeting> on(LocalDate today) {
        if (!currentUser.isBoardReader()) {
            return read(today);
        }
        return kept.get(new Key(directory.boardId(), today), () -> read(today));
    }

    private List<RecentMeeting> read(LocalDate today) {
        Optional<Meeting> upcoming = meetings.nextMeeting(today);
        return meetings.visibleMeetings().stream().filter(m -> upcoming.map(u -> !u.getId().equals(m.getId())).orElse(true)).limit(RECENT)
                .map(m -> new RecentMeeting(m.getId(), m.getOrdinal(), m.getDate(), m.getStatus())).toList();
    }

    private record Key(long board, LocalDate day) {
    }

    /** A meeting as the list shows it; the getters are those the page reads of a meeting. */
    public record RecentMeeting(Long id, String ordinal, LocalDate date, MeetingStatus status) {

        public Long getId() {
            return id;
        }

        public String getOrdinal() {
            return ordinal;
        }

        public LocalDate getDate() {
            return date;
        }

        public MeetingStatus getStatus() {
            return status;
        }
    }
}
