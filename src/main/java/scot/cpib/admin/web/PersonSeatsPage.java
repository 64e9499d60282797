package scot.cpib.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import scot.cpib.board.application.Memberships;
import scot.cpib.board.application.MembershipDetails;
import scot.cpib.board.domain.Membership;
import scot.cpib.board.domain.MembershipRole;
import scot.cpib.meeting.web.PageFocus;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.PageMessages;

/**
 * The seats on the board of the person on {@code person.xhtml}: listed, added, changed (organisation,
 * role and dates, with the version the form was opened at) and ended (never deleted). The same form
 * adds a seat or, after "Change" on a row, changes that one; a stale form keeps what was typed and
 * shows the saved version beside it.
 */
@Named
@ViewScoped
public class PersonSeatsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Memberships memberships;

    @Inject
    private PageMessages messages;

    @Inject
    private BoardClock clock;

    @Inject
    private PersonPage personPage;

    @Inject
    private PageFocus focus;

    @Inject
    private PersonReads reads;

    private MembershipRole role = MembershipRole.MEMBER;
    private Long organisationId;
    private LocalDate fromDate;
    private LocalDate toDate;
    private Long editingId;
    private long editingVersion;
    private MembershipDetails theirs;

    public List<Membership> getSeats() {
        Long id = personPage.getId();
        return id == null ? List.of() : reads.seatsOf(id);
    }

    /** "Current", "Ended" or "Not started", as text. */
    public String status(Membership seat) {
        LocalDate today = clock.today();
        if (seat.isCurrentOn(today)) {
            return PageMessages.text("membership.current");
        }
        return PageMessages.text(seat.getToDate() != null && seat.getToDate().isBefore(today) ? "membership.past" : "membership.future");
    }

    public boolean canEnd(Membership seat) {
        return seat.getToDate() == null || seat.getToDate().isAfter(clock.today());
    }

    /** Opens the form on one seat to change it. */
    public void edit(long seatId) {
        Membership seat = memberships.get(seatId);
        if (!seat.getPerson().getId().equals(personPage.getId())) {
            return;
        }
        editingId = seat.getId();
        editingVersion = seat.getVersion();
        theirs = null;
        fill(MembershipDetails.of(seat));
        focus.moveTo("seat:role");
    }

    /** Back to adding a seat; what was typed for the change is dropped on purpose. */
    public void cancel() {
        editingId = null;
        theirs = null;
        fill(new MembershipDetails(null, MembershipRole.MEMBER, null, null));
        focus.moveTo("seat:role");
    }

    private void fill(MembershipDetails details) {
        organisationId = details.organisationId();
        role = details.role();
        fromDate = details.fromDate();
        toDate = details.toDate();
    }

    /** Adds a seat, or saves the change to the one being edited. */
    public String save() {
        return editingId == null ? add() : change();
    }

    public String add() {
        try {
            Membership added = memberships.add(personPage.getId(), new MembershipDetails(organisationId, role, fromDate, toDate));
            messages.info("membership.added", added.getPerson().getFullName(), PageMessages.text("membershipRole." + added.getRole()));
        } catch (DomainException e) {
            messages.error(e, "seat");
            return null;
        }
        return "/admin/person?faces-redirect=true&id=" + personPage.getId();
    }

    private String change() {
        try {
            memberships.change(editingId, editingVersion, new MembershipDetails(organisationId, role, fromDate, toDate));
        } catch (ConcurrentEditException e) {
            theirs = e.theirs(MembershipDetails.class);
            editingVersion = memberships.get(editingId).getVersion();
            reads.forget();
            messages.conflict("seat:role");
            return null;
        } catch (DomainException e) {
            messages.error(e, "seat");
            return null;
        }
        messages.info("membership.changed", PageMessages.text("membershipRole." + role));
        return "/admin/person?faces-redirect=true&id=" + personPage.getId();
    }

    /** The organisation's name for "their version" of a seat. */
    public String organisationName(Long organisation) {
        return personPage.organisationName(organisation);
    }

    public String end(long seatId, long version) {
        try {
            memberships.end(seatId, version, null);
        } catch (ConcurrentEditException e) {
            reads.forget();
            messages.conflict(null);
            return null;
        } catch (DomainException e) {
            messages.error(e, "seats");
            return null;
        }
        messages.info("membership.ended", scot.cpib.shared.web.Formats.date(clock.today()));
        return "/admin/person?faces-redirect=true&id=" + personPage.getId();
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public Long getEditingId() {
        return editingId;
    }

    public MembershipDetails getTheirs() {
        return theirs;
    }

    public MembershipRole[] getRoles() {
        return MembershipRole.values();
    }

    public MembershipRole getRole() {
        return role;
    }

    public void setRole(MembershipRole role) {
        this.role = role;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public void setToDate(LocalDate toDate) {
        this.toDate = toDate;
    }
}
