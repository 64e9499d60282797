package scot.cpib.home.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import scot.cpib.board.application.Directory;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.MeetingStatus;
import scot.cpib.meeting.domain.Paper;
import scot.cpib.meeting.application.MeetingQueries;
import scot.cpib.pack.application.PackIssues;
import scot.cpib.pack.domain.PackIssue;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.infrastructure.VersionedCache;

/**
 * The next meeting as every board reader's home page shows it (issue 13): when and where, its latest
 * issued pack and the papers the reader may see, in agenda order. The same for every member (the
 * secretariat also sees restricted papers), so read as values and kept by this server under the data
 * version ({@link VersionedCache}, decision 89) for the board, the day and whether the reader is the
 * secretariat. What is new since a person's last visit is worked out from it per person.
 */
@ApplicationScoped
public class NextMeetingOverview {

    private static final int KEPT = 8;

    private final VersionedCache<Key, Optional<NextMeeting>> kept = new VersionedCache<>(KEPT, Duration.ofMinutes(10));

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Directory directory;

    @Inject
    private MeetingQueries meetings;

    @Inject
    private PackIssues packs;

    /** The next meeting on this day, as the caller may see it; empty for the public or when none is planned. */
    public Optional<NextMeeting> on(LocalDate today) {
        if (!currentUser.isBoardReader()) {
            return Optional.empty();
        }
        boolean secretariat = currentUser.isSecretariat();
        return kept.get(new Key(directory.boardId(), today, secretariat), () -> meetings.nextMeeting(today).map(m -> read(m, secretariat)));
    }

    private NextMeeting read(Meeting meeting, boolean secretariat) {
        List<PackIssue> versions = packs.versions(meeting);
        PackIssue latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        List<PaperLine> papers = meeting.getAgendaInReadingOrder().stream().map(AgendaItem::getPapers).flatMap(List::stream)
                .filter(p -> !p.isRestricted() || secretariat).map(PaperLine::of).toList();
        return new NextMeeting(meeting.getId(), meeting.getOrdinal(), meeting.getDate(), meeting.getStartTime(), meeting.getEndTime(),
                meeting.getVenueName(), meeting.getVenueAddress(), meeting.getStatus(), meeting.getAgendaIssuedAt(),
                latest == null ? null : new PackLine(latest.getPackVersion(), latest.getIssuedOn(), latest.getIssuedAt()), papers);
    }

    private record Key(long board, LocalDate day, boolean secretariat) {
    }

    /** The next meeting's card; the getters are those the page reads of a meeting. */
    public record NextMeeting(Long id, String ordinal, LocalDate date, LocalTime startTime, LocalTime endTime, String venueName,
            String venueAddress, MeetingStatus status, LocalDateTime agendaIssuedAt, PackLine pack, List<PaperLine> papers) {

        public Long getId() {
            return id;
        }

        public String getOrdinal() {
            return ordinal;
        }

        public LocalDate getDate() {
            return date;
        }

        public LocalTime getStartTime() {
            return startTime;
        }

        public LocalTime getEndTime() {
            return endTime;
        }

        public String getVenueName() {
            return venueName;
        }

        public String getVenueAddress() {
            return venueAddress;
        }

        public MeetingStatus getStatus() {
            return status;
        }

        public LocalDateTime getAgendaIssuedAt() {
            return agendaIssuedAt;
        }
    }

    /** The latest issued version of the pack. */
    public record PackLine(int packVersion, LocalDate issuedOn, LocalDateTime issuedAt) {

        public int getPackVersion() {
            return packVersion;
        }

        public LocalDate getIssuedOn() {
            return issuedOn;
        }
    }

    /** A paper as the card lists it. */
    public record PaperLine(Long id, String title, boolean uploaded, String itemLabel, LocalDateTime uploadedAt) {

        static PaperLine of(Paper paper) {
            return new PaperLine(paper.getId(), paper.getTitle(), paper.isUploaded(), paper.getAgendaItem().getLabel(), paper.getUploadedAt());
        }

        public Long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public boolean isUploaded() {
            return uploaded;
        }

        public String getItemLabel() {
            return itemLabel;
        }
    }
}
