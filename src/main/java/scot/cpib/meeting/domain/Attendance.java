package scot.cpib.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.domain.VersionedEntity;

/** A person present, sending apologies or in attendance at a meeting, with the organisation they represented then. */
@Entity
@Table(name = "attendance")
public class Attendance extends VersionedEntity {

    @ManyToOne(optional = false)
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

    /** As the minute lists it: "Steve Grimmond (chair), SOLACE". */
    public String getMinuteLabel() {
        StringBuilder label = new StringBuilder(person.getDisplayName());
        if (chair) {
            label.append(" (chair)");
        }
        if (organisation != null) {
            label.append(", ").append(organisation.getName());
        }
        return label.toString();
    }
}
