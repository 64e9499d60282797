package scot.cpib.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import scot.cpib.board.application.Directory;
import scot.cpib.board.domain.Person;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.infrastructure.VersionedCache;

/**
 * The next meeting as the reply form on every board reader's home page needs it (issue 13): which meeting,
 * whether it is held, and who may reply (the chair and members on its day). The same for every reader,
 * so read once and kept by this server under the data version ({@link VersionedCache}, decision 89) for
 * the board and the day; the person's own reply is read for them each time ({@link AttendanceReplies#myReply}).
 */
@ApplicationScoped
public class NextMeetingReplies {

    private static final int KEPT = 8;

    private final VersionedCache<Key, Optional<ReplyMeeting>> kept = new VersionedCache<>(KEPT, Duration.ofMinutes(10));

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Directory directory;

    @Inject
    private MeetingQueries meetings;

    @Inject
    private AttendanceReplies replies;

    /** The next meeting ({@link MeetingQueries#nextMeeting}) to reply to on this day; empty for the public or when none is planned. */
    public Optional<ReplyMeeting> on(LocalDate today) {
        if (!currentUser.isBoardReader()) {
            return Optional.empty();
        }
        return kept.get(new Key(directory.boardId(), today), () -> meetings.nextMeeting(today)
                .map(m -> new ReplyMeeting(m.getId(), m.getOrdinal(), m.getDate(), m.isHeld(), replies.votingMemberIds(m))));
    }

    private record Key(long board, LocalDate day) {
    }

    /** The meeting the form replies to and the people who may reply to it (by id). */
    public record ReplyMeeting(Long id, String ordinal, LocalDate date, boolean held, Set<Long> votingMembers) {

        public ReplyMeeting {
            votingMembers = Set.copyOf(votingMembers);
        }

        /** Whether this person may reply now: a voting member, before the meeting is held ({@link AttendanceReplies#canReply}). */
        public boolean canReply(Optional<Person> person) {
            return !held && person.map(p -> votingMembers.contains(p.getId())).orElse(false);
        }
    }
}
