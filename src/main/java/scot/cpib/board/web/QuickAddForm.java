package scot.cpib.board.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import scot.cpib.board.application.Directory;
import scot.cpib.board.application.DuplicateOwnerException;
import scot.cpib.board.application.NewOwners;
import scot.cpib.board.application.Owners;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.PageMessages;

/**
 * The quick add of a person or organisation inside a page's form ({@code WEB-INF/includes/board/quick-add.xhtml}):
 * the minute editor's owner field and the attendance page. It saves only the new person or organisation;
 * what is typed in the rest of the form stays in the view. When the name is taken it offers the one
 * that exists instead.
 */
@Named("quickAdd")
@ViewScoped
public class QuickAddForm implements Serializable {

    /** The radio values of "what are you adding?". */
    public static final String ORGANISATION = "ORGANISATION";
    public static final String PERSON = "PERSON";
    private static final long serialVersionUID = 1L;
    private static final String NAME_FIELD = "quickAddName";

    @Inject
    private NewOwners newOwners;

    @Inject
    private Owners owners;

    @Inject
    private Directory directory;

    @Inject
    private PageMessages messages;

    private String kind = ORGANISATION;
    private String name;
    private String shortName;
    private Long organisationId;
    private String existingKey;
    private String existingLabel;
    private String duplicateQuestion;
    private final List<String> addedKeys = new ArrayList<>();

    /** The minute editor's button: adds, and the new owner is offered in the owner fields. */
    public void quickAdd() {
        add();
    }

    /** The minute editor's "Use COSLA": the owner that exists is offered in the owner fields. */
    public void useExisting() {
        use();
    }

    /**
     * Adds what was typed. On success the fields are emptied and a message says what to do next; on a
     * broken rule the message is next to its field and nothing typed is lost; a name that is taken offers
     * the one that exists ({@link #getExistingLabel()}).
     */
    public Optional<OwnerRef> add() {
        existingKey = null;
        existingLabel = null;
        try {
            OwnerRef added;
            if (PERSON.equals(kind)) {
                Person person = newOwners.addPerson(name, organisationId);
                added = OwnerRef.of(person);
                messages.info("quickAdd.added.person", added.getLabel());
            } else if (ORGANISATION.equals(kind)) {
                Organisation organisation = newOwners.addOrganisation(name, shortName);
                added = OwnerRef.of(organisation);
                messages.info("quickAdd.added.organisation", added.getLabel());
            } else {
                messages.error("quickAddKind", "quickAdd.kind.required");
                return Optional.empty();
            }
            addedKeys.add(added.getKey());
            name = null;
            shortName = null;
            organisationId = null;
            return Optional.of(added);
        } catch (DuplicateOwnerException e) {
            existingKey = e.getExisting().getKey();
            existingLabel = e.getExisting().getLabel();
            duplicateQuestion = PageMessages.text(e.getMessageKey(), e.getArguments());
            messages.error(NAME_FIELD, e.getMessageKey(), e.getArguments());
        } catch (DomainException e) {
            String field = "shortName".equals(e.getField()) ? "quickAddShortName" : NAME_FIELD;
            messages.error(e.getField() == null ? null : field, e.getMessageKey(), e.getArguments());
        }
        return Optional.empty();
    }

    /** Takes the person or organisation that already answers to the name, and empties the fields. */
    public Optional<OwnerRef> use() {
        Optional<OwnerRef> existing = owners.find(existingKey);
        existing.ifPresent(owner -> {
            addedKeys.add(owner.getKey());
            messages.info("quickAdd.used", owner.getLabel());
            name = null;
            shortName = null;
            organisationId = null;
        });
        existingKey = null;
        existingLabel = null;
        return existing;
    }

    /** "No, change what I typed": the offer goes, the typing stays. */
    public void dismiss() {
        existingKey = null;
        existingLabel = null;
    }

    /** Starts the form with a name someone typed that nobody answers to ("COSLA"). */
    public void suggest(String typed) {
        if (name == null || name.isBlank()) {
            name = typed;
        }
    }

    /** Added or chosen here, for the page's lists of choices (an owner picker, a person list). */
    public List<OwnerRef> getAdded() {
        return addedKeys.stream().map(owners::find).flatMap(Optional::stream).toList();
    }

    /** Whether a name is typed but not added: leaving the page warns. */
    public boolean isUnsaved() {
        return name != null && !name.isBlank();
    }

    public List<String> getKinds() {
        return List.of(ORGANISATION, PERSON);
    }

    public List<Organisation> getOrganisations() {
        return directory.organisations();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getExistingLabel() {
        return existingLabel;
    }

    /** "An organisation called COSLA already exists – use it?", beside the buttons that answer it. */
    public String getDuplicateQuestion() {
        return duplicateQuestion;
    }

    /** "Use COSLA". */
    public String getUseLabel() {
        return PageMessages.text("quickAdd.use", existingLabel);
    }
}
