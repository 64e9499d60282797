package scot.cpib.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.domain.BaseEntity;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.Texts;

/**
 * An interest a person declared on one agenda item, before or at the meeting, and what they did about
 * it ("took no part in the discussion"); the minute prints it under the item. One per person and item.
 */
@Entity
@Table(name = "interest_declaration")
public class InterestDeclaration extends BaseEntity {

    public static final int INTEREST_MAX = 1000;
    public static final int PARTICIPATION_MAX = 500;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem agendaItem;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(nullable = false, length = INTEREST_MAX)
    private String interest;

    @Column(length = PARTICIPATION_MAX)
    private String participation;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected InterestDeclaration() {
    }

    /** Records a declaration; refused once the item's minute is approved (then it is an amendment's business). */
    public InterestDeclaration(AgendaItem item, Person person, String interest, String participation, LocalDateTime at, String by) {
        if (item.getMeeting().isMinuteLocked()) {
            throw new DomainException("interest.declaration.locked", "item");
        }
        if (person == null) {
            throw new DomainException("interest.person.required", "person");
        }
        this.agendaItem = item;
        this.person = person;
        this.interest = Texts.required(interest, INTEREST_MAX, "interest.declared", "interest");
        this.participation = Texts.optional(participation, PARTICIPATION_MAX, "interest.participation", "participation");
        this.recordedAt = at;
        this.recordedBy = by.length() > 100 ? by.substring(0, 100) : by;
    }

    /** As the minute prints it: "Kenny Richmond – a director of Skills Development Scotland (took no part)". */
    public String getMinuteLabel() {
        return minuteLabel(person.getDisplayName(), interest, participation);
    }

    /** {@link #getMinuteLabel()} from a person's name as a minute writes it, the interest and the participation (or null). */
    public static String minuteLabel(String displayName, String interest, String participation) {
        return displayName + " \u2013 " + interest + (participation == null ? "" : " (" + participation + ")");
    }

    public AgendaItem getAgendaItem() {
        return agendaItem;
    }

    public Person getPerson() {
        return person;
    }

    public String getInterest() {
        return interest;
    }

    public String getParticipation() {
        return participation;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }
}
