package scot.cpib.board.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.VersionedEntity;

/** A person's seat on a board, for an organisation, in a role, over a span of dates. */
@Entity
@Table(name = "membership")
public class Membership extends VersionedEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "board_id")
    private Board board;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MembershipRole role;

    @Column(name = "from_date")
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    protected Membership() {
    }

    public Membership(Board board, Person person, Organisation organisation, MembershipRole role) {
        this.board = board;
        this.person = person;
        this.organisation = organisation;
        this.role = role;
    }

    /** A seat over the given dates (either may be open); the end cannot be before the start. */
    public static Membership over(Board board, Person person, Organisation organisation, MembershipRole role,
                                  LocalDate from, LocalDate to) {
        Membership membership = new Membership(board, person, organisation, role);
        membership.change(organisation, role, from, to);
        return membership;
    }

    /** Another organisation, role or dates; the role is required and the end cannot be before the start. */
    public void change(Organisation newOrganisation, MembershipRole newRole, LocalDate from, LocalDate to) {
        if (newRole == null) {
            throw new DomainException("membership.role.required", "role");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new DomainException("membership.dates.order", "toDate");
        }
        this.organisation = newOrganisation;
        this.role = newRole;
        this.fromDate = from;
        this.toDate = to;
    }

    /** The seat ends on the day (kept in the record: memberships are ended, never deleted). */
    public void end(LocalDate on) {
        if (toDate != null && !toDate.isAfter(on)) {
            throw new DomainException("membership.ended.already", "toDate");
        }
        if (fromDate != null && on.isBefore(fromDate)) {
            throw new DomainException("membership.dates.order", "toDate");
        }
        this.toDate = on;
    }

    /** A seat held from one day to another (either open-ended when null). */
    public Membership(Board board, Person person, Organisation organisation, MembershipRole role,
                      LocalDate fromDate, LocalDate toDate) {
        this(board, person, organisation, role);
        this.fromDate = fromDate;
        this.toDate = toDate;
    }

    /** Whether the seat is held on the given day (open-ended at either side when no date is set). */
    public boolean isCurrentOn(LocalDate day) {
        return (fromDate == null || !day.isBefore(fromDate)) && (toDate == null || !day.isAfter(toDate));
    }

    public Board getBoard() {
        return board;
    }

    public Person getPerson() {
        return person;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public MembershipRole getRole() {
        return role;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }
}
