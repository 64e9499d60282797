package scot.cpib.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.VersionedEntity;

/**
 * A person present, sending apologies or in attendance at a meeting, with the organisation they represented
 * then; a substitute is present for a member (and represents the member's organisation).
 */
@Entity
@Table(name = "attendance")
public class Attendance extends VersionedEntity {

    // Lazy: the meeting's attendance is read from the meeting, which the reader already has (issue 13: eager,
    // every batch of attendances read its meeting again).
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttendanceKind kind;

    @Column(nullable = false)
    private boolean chair;

    @ManyToOne
    @JoinColumn(name = "substitute_for_id")
    private Person substituteFor;

    protected Attendance() {
    }

    Attendance(Meeting meeting, Person person, Organisation organisation, AttendanceKind kind, boolean chair) {
        this.meeting = meeting;
        this.person = person;
        this.organisation = organisation;
        this.kind = kind;
        this.chair = chair;
    }

    void change(AttendanceKind newKind, boolean newChair) {
        this.kind = newKind;
        this.chair = newChair;
    }

    /** Attends for the member (null: for themselves), representing the given organisation. */
    void standIn(Person member, Organisation represented) {
        if (member != null && member.equals(person)) {
            throw new DomainException("attendance.substitute.self", "substitute", person.getDisplayName());
        }
        if (member != null || substituteFor != null) {
            this.organisation = represented;
        }
        this.substituteFor = member;
    }

    /** The member this person attended for, or null. */
    public Person getSubstituteFor() {
        return substituteFor;
    }

    public boolean isSubstitute() {
        return substituteFor != null;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Person getPerson() {
        return person;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public AttendanceKind getKind() {
        return kind;
    }

    public boolean isChair() {
        return chair;
    }

    /**
     * As the minute lists it: "Steve Grimmond (chair), SOLACE"; "Jane Doe, SOLACE (substitute for David Martin)";
     * apologies as given, with who came in the member's place: "David Martin, SOLACE (substitute: Jane Doe)".
     */
    public String getMinuteLabel() {
        return minuteLabel(person.getDisplayName(), chair, organisation == null ? null : organisation.getName(),
                substituteFor == null ? null : substituteFor.getDisplayName(),
                kind == AttendanceKind.APOLOGIES ? meeting.substituteOf(person).map(s -> s.getPerson().getDisplayName()).orElse(null) : null);
    }

    /**
     * {@link #getMinuteLabel()} from names, e.g. as read in a query's columns: the person's, whether they
     * chaired, the organisation represented, whom they substituted for and (for apologies) who came in their place.
     */
    public static String minuteLabel(String name, boolean chair, String organisation, String substituteForName,
            String apologiesSubstituteName) {
        StringBuilder label = new StringBuilder(name);
        if (chair) {
            label.append(" (chair)");
        }
        if (organisation != null) {
            label.append(", ").append(organisation);
        }
        if (substituteForName != null) {
            label.append(' ').append(MessageFormat.format(ResourceBundle.getBundle("i18n.documents", Locale.UK)
                    .getString("minute.substituteFor"), substituteForName));
        }
        if (apologiesSubstituteName != null) {
            label.append(' ').append(MessageFormat.format(
                    ResourceBundle.getBundle("i18n.documents", Locale.UK).getString("minute.apologiesSubstitute"),
                    apologiesSubstituteName));
        }
        return label.toString();
    }
}
