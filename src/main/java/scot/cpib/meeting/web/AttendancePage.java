package scot.cpib.meeting.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import scot.cpib.board.application.Directory;
import scot.cpib.board.domain.Membership;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.board.web.QuickAddForm;
import scot.cpib.meeting.application.AttendanceChoice;
import scot.cpib.meeting.application.AttendanceRecording;
import scot.cpib.meeting.application.AttendanceReplies;
import scot.cpib.meeting.application.MeetingQueries;
import scot.cpib.meeting.domain.Attendance;
import scot.cpib.meeting.domain.AttendanceKind;
import scot.cpib.meeting.domain.AttendanceReply;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.Formats;
import scot.cpib.shared.web.NotFoundPage;
import scot.cpib.shared.web.PageMessages;

/**
 * The attendance screen: every current board member plus anyone already recorded, each with
 * Present / Apologies / In attendance / Not recorded and Chair; others can be added "in attendance".
 */
@Named
@ViewScoped
public class AttendancePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String CANDIDATES = "attendance.candidates";

    @Inject
    private MeetingQueries meetings;

    @Inject
    private AttendanceRecording recording;

    @Inject
    private Directory directory;

    @Inject
    private PageMessages messages;

    @Inject
    private AttendanceReplies replies;

    @Inject
    private PageFocus focus;

    @Inject
    private FacesContext faces;

    @Inject
    private QuickAddForm quickAdd;

    private Long id;
    private String meetingName;
    private boolean locked;
    private List<AttendanceRow> rows = new ArrayList<>();
    private boolean added;
    private Long addPersonId;

    public void load() {
        Optional<Meeting> found = meetings.findVisible(id);
        if (found.isEmpty()) {
            NotFoundPage.send(faces);
            return;
        }
        Meeting meeting = found.get();
        meetingName = PageMessages.text("meeting.ordinal", meeting.getOrdinal()) + " – " + Formats.date(meeting.getDate());
        locked = meeting.isMinuteLocked();
        rows = new ArrayList<>();
        List<Membership> members = directory.membersOn(meeting.getBoard(), meeting.getDate());
        Map<Person, Organisation> represented = AttendanceRecording.organisationsOf(members);
        for (Membership membership : members) {
            Person person = membership.getPerson();
            Optional<Attendance> recorded = meeting.attendanceOf(person);
            Organisation organisation = recorded.map(Attendance::getOrganisation).orElse(represented.get(person));
            rows.add(row(person, organisation, true, recorded));
        }
        for (Attendance attendance : meeting.getAttendances()) {
            if (rows.stream().noneMatch(r -> r.getPersonId().equals(attendance.getPerson().getId()))) {
                rows.add(row(attendance.getPerson(), attendance.getOrganisation(), false, Optional.of(attendance)));
            }
        }
        startFromReplies();
    }

    /**
     * A member not recorded yet starts from their reply before the meeting (still editable); each row shows the
     * reply. A member sending a substitute starts with apologies, and the substitute, when the directory knows
     * the name, joins the list present for the member; otherwise the member's row says to add them.
     */
    private void startFromReplies() {
        if (locked) {
            return;
        }
        List<AttendanceChoice> start = replies.startingChoices(id);
        for (AttendanceReply reply : replies.repliesTo(id)) {
            String text = PageMessages.text("reply.answer." + reply.getAnswer().name())
                    + (reply.getSubstitute() == null ? "" : " (" + reply.getSubstitute() + ")");
            Long memberId = reply.getPerson().getId();
            rows.stream().filter(r -> r.getPersonId().equals(memberId)).findFirst().ifPresent(r -> {
                r.startFromReply(text, start.stream().filter(c -> c.personId().equals(memberId) && c.substituteForId() == null)
                        .map(c -> c.kind().name()).findFirst().orElse(null));
                if (reply.getSubstitute() != null && replies.substituteNamedIn(reply).isEmpty()) {
                    r.setSubstituteHint(PageMessages.text("attendance.substitute.unknown", reply.getSubstitute()));
                }
            });
        }
        for (AttendanceChoice choice : start) {
            if (choice.substituteForId() != null && rows.stream().noneMatch(r -> r.getPersonId().equals(choice.personId()))) {
                directory.person(choice.personId()).ifPresent(p -> {
                    AttendanceRow member = rows.stream().filter(r -> r.getPersonId().equals(choice.substituteForId()))
                            .findFirst().orElse(null);
                    AttendanceRow row = new AttendanceRow(p.getId(), p.getDisplayName(),
                            member == null ? null : member.getOrganisation(), false, choice.kind().name(), false);
                    row.setSubstituteForId(choice.substituteForId());
                    row.startFromReply(PageMessages.text("attendance.substitute.fromReply",
                            member == null ? "" : member.getName()), null);
                    rows.add(row);
                });
            }
        }
    }

    private static AttendanceRow row(Person person, Organisation organisation, boolean member, Optional<Attendance> recorded) {
        AttendanceRow row = new AttendanceRow(person.getId(), person.getDisplayName(),
                organisation == null ? null : organisation.getName(),
                member, recorded.map(a -> a.getKind().name()).orElse(AttendanceRow.NOT_RECORDED),
                recorded.map(Attendance::isChair).orElse(false));
        recorded.map(Attendance::getSubstituteFor).ifPresent(m -> row.setSubstituteForId(m.getId()));
        return row;
    }

    /** Every member not yet recorded is marked present; the exceptions are then changed and all saved together. */
    public void markAllPresent() {
        long marked = rows.stream().filter(AttendanceRow::isMember).filter(AttendanceRow::markPresentIfNotRecorded).count();
        added = added || marked > 0;
        messages.info("attendance.markedAllPresent", marked);
        focus.moveTo("attendance:rows:0:kind:0");
    }

    /** The quick add's button: a new person joins the list as in attendance (a new organisation is offered for people). */
    public void quickAdd() {
        quickAdd.add().ifPresent(this::addToList);
    }

    /** The quick add's "Use …": the person who exists joins the list. */
    public void useExisting() {
        quickAdd.use().ifPresent(this::addToList);
    }

    private void addToList(OwnerRef owner) {
        if (owner.person() != null && rows.stream().noneMatch(r -> r.getPersonId().equals(owner.person().getId()))) {
            addPersonId = owner.person().getId();
            add();
        }
    }

    /** The members a substitute can attend for: "David Martin, SOLACE". */
    public List<AttendanceRow> getMemberRows() {
        return rows.stream().filter(AttendanceRow::isMember).toList();
    }

    /** Adds someone who is not a member as "in attendance"; saved with everything else. */
    public void add() {
        Optional<Person> person = directory.person(addPersonId);
        if (person.isEmpty()) {
            messages.error("addPerson", "attendance.add.choose");
            return;
        }
        Person p = person.get();
        rows.add(new AttendanceRow(p.getId(), p.getDisplayName(),
                p.getOrganisation() == null ? null : p.getOrganisation().getName(), false,
                AttendanceKind.IN_ATTENDANCE.name(), false));
        addPersonId = null;
        added = true;
        messages.info("attendance.added", p.getDisplayName());
        focus.moveTo("attendance:rows:" + (rows.size() - 1) + ":kind:0");
    }

    /** Whether someone was added to the list but the attendance not yet saved: leaving the page warns. */
    public boolean isUnsaved() {
        return added;
    }

    public String save() {
        List<AttendanceChoice> choices = rows.stream().map(r -> new AttendanceChoice(r.getPersonId(),
                AttendanceRow.NOT_RECORDED.equals(r.getKind()) ? null : AttendanceKind.valueOf(r.getKind()), r.isChair(),
                r.isMember() ? null : r.getSubstituteForId()))
                .toList();
        try {
            recording.record(id, choices);
            messages.info("attendance.saved");
            return "/meetings/view?faces-redirect=true&id=" + id;
        } catch (DomainException e) {
            messages.error(e, "attendance");
            return null;
        }
    }

    /** People who can still be added: not on the screen yet. */
    @SuppressWarnings("unchecked")
    public List<Person> getCandidates() {
        // Read once per request with their organisations (issue 13): the page asks three times, and the
        // directory holds thousands of people at national scale.
        List<Person> people = (List<Person>) faces.getAttributes().computeIfAbsent(CANDIDATES, k -> directory.people());
        Set<Long> listed = rows.stream().map(AttendanceRow::getPersonId).collect(Collectors.toSet());
        return people.stream().filter(p -> !listed.contains(p.getId())).toList();
    }

    public List<String> getKinds() {
        return List.of(AttendanceKind.PRESENT.name(), AttendanceKind.APOLOGIES.name(), AttendanceKind.IN_ATTENDANCE.name(),
                AttendanceRow.NOT_RECORDED);
    }

    public List<AttendanceRow> getRows() {
        return rows;
    }

    public String getMeetingName() {
        return meetingName;
    }

    public boolean isLocked() {
        return locked;
    }

    public Long getAddPersonId() {
        return addPersonId;
    }

    public void setAddPersonId(Long addPersonId) {
        this.addPersonId = addPersonId;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
