package scot.cpib.meeting.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import scot.cpib.board.application.Directory;
import scot.cpib.board.domain.Person;
import scot.cpib.meeting.application.AgendaEditing;
import scot.cpib.meeting.application.ItemDetails;
import scot.cpib.meeting.application.MeetingQueries;
import scot.cpib.meeting.domain.AgendaPurpose;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.StandingKind;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.NotFoundPage;
import scot.cpib.shared.web.PageMessages;

/** The agenda builder: add, edit, reorder and remove items and sub-items (papers: {@link AgendaPapers}). */
@Named
@ViewScoped
public class AgendaPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingQueries meetings;

    @Inject
    private AgendaEditing editing;

    @Inject
    private Directory directory;

    @Inject
    private PageMessages messages;

    @Inject
    private PageFocus focus;

    @Inject
    private FacesContext faces;

    private Long id;
    private String meetingName;
    private boolean locked;
    private List<AgendaRow> rows = List.of();
    private final ItemForm form = new ItemForm();

    public void load() {
        if (!refresh()) {
            NotFoundPage.send(faces);
        }
    }

    /** Reads the agenda again after a change; false when the meeting is not there. */
    boolean refresh() {
        Optional<Meeting> meeting = meetings.findVisible(id);
        meeting.ifPresent(m -> {
            meetingName = PageMessages.text("meeting.ordinal", m.getOrdinal()) + " – " + scot.cpib.shared.web.Formats.date(m.getDate());
            locked = m.isMinuteLocked();
            rows = AgendaRow.of(m);
        });
        return meeting.isPresent();
    }

    public void startSubItem(AgendaRow parent) {
        form.startSub(parent);
        focus.moveTo("item:title");
    }

    public void startEdit(AgendaRow row) {
        form.startEdit(row);
        focus.moveTo("item:title");
    }

    public void cancel() {
        form.reset();
        focus.moveTo("item:title");
    }

    public void saveItem() {
        ItemDetails details = form.details();
        try {
            if (form.getEditingId() == null) {
                editing.addItem(id, form.getParentId(), details);
                messages.info(form.getParentId() == null ? "agenda.added" : "agenda.subAdded", details.title());
            } else {
                editing.updateItem(form.getEditingId(), form.getVersion(), details);
                messages.info("agenda.updated", details.title());
            }
            form.reset();
            focus.moveTo("item:title");
            refresh();
        } catch (ConcurrentEditException e) {
            refresh();
            long saved = rows.stream().filter(r -> r.id().equals(form.getEditingId())).findFirst()
                    .map(AgendaRow::version).orElse(form.getVersion());
            form.conflict(e.theirs(ItemDetails.class), saved);
            messages.conflict(null);
        } catch (DomainException e) {
            messages.error(e, "item");
        }
    }

    public void moveUp(AgendaRow row) {
        move(row, -1, "moveUp", "moveDown");
    }

    public void moveDown(AgendaRow row) {
        move(row, 1, "moveDown", "moveUp");
    }

    private void move(AgendaRow row, int offset, String button, String otherButton) {
        try {
            editing.move(row.id(), offset);
            refresh();
            for (int i = 0; i < rows.size(); i++) {
                AgendaRow moved = rows.get(i);
                if (moved.id().equals(row.id())) {
                    boolean stillThere = "moveUp".equals(button) ? !moved.first() : !moved.last();
                    focus.moveTo("agenda:rows:" + i + ":" + (stillThere ? button : otherButton));
                    messages.info("agenda.moved", moved.title(), moved.label());
                }
            }
        } catch (DomainException e) {
            messages.error(e, "agenda");
        }
    }

    public void remove(AgendaRow row) {
        try {
            editing.removeItem(row.id());
            messages.info("agenda.removed", row.title());
            if (row.id().equals(form.getEditingId()) || row.id().equals(form.getParentId())) {
                form.reset();
            }
            refresh();
            focus.moveTo("agendaHeading");
        } catch (DomainException e) {
            messages.error(e, "agenda");
        }
    }

    public List<AgendaPurpose> getPurposes() {
        return List.of(AgendaPurpose.values());
    }

    public List<StandingKind> getStandingKinds() {
        return List.of(StandingKind.values());
    }

    public List<Person> getPeople() {
        return directory.people();
    }

    public String getFormHeading() {
        if (form.getEditingId() != null) {
            return PageMessages.text("agenda.form.edit", form.getEditingLabel());
        }
        if (form.getParentId() != null) {
            return PageMessages.text("agenda.form.addSub", form.getEditingLabel());
        }
        return PageMessages.text("agenda.form.add");
    }

    public ItemForm getForm() {
        return form;
    }

    public List<AgendaRow> getRows() {
        return rows;
    }

    public String getMeetingName() {
        return meetingName;
    }

    public boolean isLocked() {
        return locked;
    }


    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
