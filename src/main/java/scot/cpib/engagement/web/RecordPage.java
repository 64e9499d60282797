package scot.cpib.engagement.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import scot.cpib.board.application.Owners;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.engagement.application.EngagementLog;
import scot.cpib.engagement.application.FollowUpInput;
import scot.cpib.engagement.application.RecordSnapshot;
import scot.cpib.engagement.domain.EngagementRecord;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.NotFoundPage;
import scot.cpib.shared.domain.PartialDate;
import scot.cpib.shared.web.PageMessages;
import scot.cpib.shared.web.PartialDateConverter;

/**
 * Records an engagement in under a minute, or revises one (?id=12): the form keeps everything typed
 * when a rule fails, and up to three follow-up actions (rows left empty are ignored) go into the action register.
 */
@Named
@ViewScoped
public class RecordPage implements Serializable {

    @Inject
    private BoardClock clock;

    private static final long serialVersionUID = 1L;

    @Inject
    private transient EngagementLog log;

    @Inject
    private transient Owners owners;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient PageMessages messages;

    private Long id;
    private long version;
    private String reference;
    private boolean loaded;
    private RecordForm form = new RecordForm();
    private final List<FollowUpRow> followUps = new ArrayList<>(List.of(new FollowUpRow(), new FollowUpRow(), new FollowUpRow()));
    private RecordSnapshot conflict;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback() || loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            form.setDate(PartialDate.onDay(clock.today()));
            currentUser.person().ifPresent(p -> form.setPersonId(p.getId()));
            return;
        }
        EngagementRecord record = log.find(id).filter(log::canRevise).orElse(null);
        if (record == null) {
            NotFoundPage.send(faces);
            return;
        }
        version = record.getVersion();
        reference = "E" + record.getId();
        form = RecordForm.of(record);
    }

    public boolean isCanRecord() {
        return log.canRecord();
    }

    public boolean isRevising() {
        return id != null;
    }

    public String save() {
        if (missingAnswers()) {
            return null;
        }
        List<Integer> rows = new ArrayList<>();
        try {
            List<FollowUpInput> inputs = new ArrayList<>();
            for (int i = 0; i < followUps.size(); i++) {
                FollowUpRow row = followUps.get(i);
                if (!row.isBlank()) {
                    rows.add(i);
                    List<String> ownerKeys = owners.allNamed(row.getOwners(), "fu" + i + "owners").stream()
                            .map(OwnerRef::getKey).toList();
                    inputs.add(new FollowUpInput(row.getDescription(), ownerKeys, row.getDue()));
                }
            }
            EngagementRecord saved = id == null ? log.record(form.input(), inputs)
                    : log.revise(id, version, form.input(), inputs);
            messages.info(id == null ? "engagement.record.saved" : "engagement.record.revised", String.valueOf(saved.getId()), saved.getFollowUps().size());
            return "/engagement/view?faces-redirect=true&id=" + saved.getId();
        } catch (ConcurrentEditException e) {
            conflict = e.theirs(RecordSnapshot.class);
            version = log.find(id).map(EngagementRecord::getVersion).orElse(version);
            messages.conflict("heard");
        } catch (DomainException e) {
            messages.error(new DomainException(e.getMessageKey(), field(e.getField(), rows), e.getArguments()), "record");
        }
        return null;
    }

    /** Where a rule's message belongs: a field of the form, or a follow-up row's field ("followUp2.due" → fu4due). */
    private String field(String field, List<Integer> rows) {
        if (field == null) {
            return null;
        }
        if (field.startsWith("followUp") && field.contains(".")) {
            int row = rows.get(Integer.parseInt(field.substring("followUp".length(), field.indexOf('.'))) - 1);
            String name = field.substring(field.indexOf('.') + 1);
            return "fu" + row + name;
        }
        return field;
    }

    public RecordForm getForm() {
        return form;
    }

    public List<FollowUpRow> getFollowUps() {
        return followUps;
    }

    public RecordSnapshot getConflict() {
        return conflict;
    }

    public String getReference() {
        return reference;
    }

    /**
     * Lists every required answer that is missing at once, each next to its field (the record itself
     * checks them too, but stops at the first); answers whether any was.
     */
    private boolean missingAnswers() {
        boolean missing = false;
        missing |= missing(form.getDate() == null, "engagement.record.date.required", PartialDateConverter.inputOf("date"));
        missing |= missing(form.getPersonId() == null, "engagement.record.person.required", "person");
        missing |= missing(form.getGroupIds() == null || form.getGroupIds().isEmpty(), "engagement.record.groups.required", "groups");
        missing |= missing(form.getChannelId() == null, "engagement.record.channel.required", "channel");
        return missing;
    }

    private boolean missing(boolean isMissing, String key, String field) {
        if (isMissing) {
            messages.error(new DomainException(key, field), "record");
        }
        return isMissing;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
