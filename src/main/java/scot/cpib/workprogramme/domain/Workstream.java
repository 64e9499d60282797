package scot.cpib.workprogramme.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.OwnerRow;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.Texts;
import scot.cpib.shared.domain.PartialDate;
import scot.cpib.shared.domain.VersionedEntity;

/**
 * A strand of the work programme: its number and title, the aim ("We will …"), who leads it, the
 * leadership-role questions put to the board, its activities, the resources it draws on, the
 * outcomes it serves, and every progress update its leads have given.
 */
@Entity
@Table(name = "workstream")
public class Workstream extends VersionedEntity {

    public static final int TITLE_MAX = 300;

    @ManyToOne(optional = false)
    @JoinColumn(name = "programme_id")
    private WorkProgramme programme;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(columnDefinition = "TEXT")
    private String aim;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WorkstreamStatus status = WorkstreamStatus.ACTIVE;

    @OneToMany(mappedBy = "workstream", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<WorkstreamLead> leads = new ArrayList<>();

    @OneToMany(mappedBy = "workstream", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<LeadershipQuestion> questions = new ArrayList<>();

    @OneToMany(mappedBy = "workstream", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Activity> activities = new ArrayList<>();

    @OneToMany(mappedBy = "workstream", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<WorkstreamResource> resources = new ArrayList<>();

    @OneToMany(mappedBy = "workstream", cascade = CascadeType.ALL)
    private List<ProgressUpdate> updates = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "workstream_outcome",
            joinColumns = @JoinColumn(name = "workstream_id"),
            inverseJoinColumns = @JoinColumn(name = "outcome_id"))
    private Set<FrameworkOutcome> outcomes = new HashSet<>();

    /** How this workstream came about from the version before (empty for a first version). */
    @OneToMany(mappedBy = "to")
    private List<WorkstreamMapping> predecessors = new ArrayList<>();

    /** What became of this workstream in the next version. */
    @OneToMany(mappedBy = "from")
    private List<WorkstreamMapping> successors = new ArrayList<>();

    protected Workstream() {
    }

    Workstream(WorkProgramme programme, int number, String title, String aim) {
        if (number < 1) {
            throw new DomainException("workprogramme.workstream.number.positive", "number");
        }
        this.programme = programme;
        this.number = number;
        redefine(title, aim);
    }

    public final void redefine(String newTitle, String newAim) {
        this.title = Texts.required(newTitle, TITLE_MAX, "workprogramme.workstream.title", "title");
        this.aim = Texts.optional(newAim, Texts.LONG_MAX, "workprogramme.workstream.aim", "aim");
    }

    /** Replaces the leads, in order; none means leads are still to be agreed. */
    public void assignLeads(List<OwnerRef> newLeads) {
        leads.clear();
        List<OwnerRef> distinct = newLeads == null ? List.of() : newLeads.stream().distinct().toList();
        for (int i = 0; i < distinct.size(); i++) {
            leads.add(new WorkstreamLead(this, i + 1, distinct.get(i)));
        }
    }

    public LeadershipQuestion addQuestion(int itemNumber, String question, String prompts) {
        requireFreeNumber(itemNumber);
        LeadershipQuestion added = new LeadershipQuestion(this, itemNumber, question, prompts);
        questions.add(added);
        return added;
    }

    public Activity addActivity(int itemNumber, String description, List<OwnerRef> owners, PartialDate target) {
        requireFreeNumber(itemNumber);
        Activity added = new Activity(this, itemNumber, description, owners, target);
        activities.add(added);
        return added;
    }

    /** The next free item number (questions and activities share one numbering). */
    public int nextItemNumber() {
        int highest = 0;
        for (LeadershipQuestion q : questions) {
            highest = Math.max(highest, q.getNumber());
        }
        for (Activity a : activities) {
            highest = Math.max(highest, a.getNumber());
        }
        return highest + 1;
    }

    private void requireFreeNumber(int itemNumber) {
        if (itemNumber < 1) {
            throw new DomainException("workprogramme.item.number.positive", "number");
        }
        boolean taken = questions.stream().anyMatch(q -> q.getNumber() == itemNumber)
                || activities.stream().anyMatch(a -> a.getNumber() == itemNumber);
        if (taken) {
            throw new DomainException("workprogramme.item.number.taken", "number", itemNumber);
        }
    }

    public void linkResource(ResourceItem resource, String note) {
        if (resources.stream().anyMatch(r -> r.getResource().equals(resource))) {
            throw new DomainException("workprogramme.resource.alreadyLinked", "resource", resource.getTitle());
        }
        resources.add(new WorkstreamResource(this, resource, resources.size() + 1, note));
    }

    public void unlinkResource(ResourceItem resource) {
        resources.removeIf(r -> r.getResource().equals(resource));
    }

    /** Names a framework outcome this workstream serves. */
    public void serve(FrameworkOutcome outcome) {
        outcomes.add(outcome);
    }

    public void stopServing(FrameworkOutcome outcome) {
        outcomes.remove(outcome);
    }

    public void complete() {
        this.status = WorkstreamStatus.COMPLETE;
    }

    /** Stops the workstream within its version (a revision retires through the new version instead). */
    public void retire() {
        this.status = WorkstreamStatus.RETIRED;
    }

    public void reactivate() {
        this.status = WorkstreamStatus.ACTIVE;
    }

    public boolean isActive() {
        return status == WorkstreamStatus.ACTIVE;
    }

    void addUpdate(ProgressUpdate update) {
        updates.add(update);
    }

    void addPredecessor(WorkstreamMapping mapping) {
        predecessors.add(mapping);
    }

    void removePredecessor(WorkstreamMapping mapping) {
        predecessors.remove(mapping);
    }

    void addSuccessor(WorkstreamMapping mapping) {
        successors.add(mapping);
    }

    void removeSuccessor(WorkstreamMapping mapping) {
        successors.remove(mapping);
    }

    void addCopy(LeadershipQuestion question) {
        questions.add(question);
    }

    void addCopy(Activity activity) {
        activities.add(activity);
    }

    void serveAll(Set<FrameworkOutcome> more) {
        outcomes.addAll(more);
    }

    /** Every update, oldest period first and, within a period, in the order given. */
    public List<ProgressUpdate> getUpdates() {
        return updates.stream().sorted(ProgressUpdate.CHRONOLOGICAL).toList();
    }

    /** The update that counts now: the latest given for the latest period reported on. */
    public Optional<ProgressUpdate> latestUpdate() {
        return updates.stream().max(ProgressUpdate.CHRONOLOGICAL);
    }

    /** RAG over time: for each reporting period, oldest first, the latest update given for it. */
    public List<ProgressUpdate> getRagHistory() {
        Map<ReportingPeriod, ProgressUpdate> perPeriod = new LinkedHashMap<>();
        for (ProgressUpdate update : getUpdates()) {
            perPeriod.put(update.getPeriod(), update);
        }
        return List.copyOf(perPeriod.values());
    }

    /** "Roger Halliday / Scottish Government"; empty when leads are still to be agreed. */
    public String getLeadLabel() {
        return leads.stream().sorted(OwnerRow.IN_ORDER).map(WorkstreamLead::getLabel).collect(Collectors.joining(" / "));
    }

    public List<OwnerRef> getLeadRefs() {
        return leads.stream().sorted(OwnerRow.IN_ORDER).map(WorkstreamLead::toRef).toList();
    }

    /** "5. Evidence & Evaluation". */
    public String getNumberedTitle() {
        return number + ". " + title;
    }

    public WorkProgramme getProgramme() {
        return programme;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getAim() {
        return aim;
    }

    public WorkstreamStatus getStatus() {
        return status;
    }

    public List<WorkstreamLead> getLeads() {
        return List.copyOf(leads);
    }

    public List<LeadershipQuestion> getQuestions() {
        return questions.stream().sorted(Comparator.comparingInt(LeadershipQuestion::getNumber)).toList();
    }

    public List<Activity> getActivities() {
        return activities.stream().sorted(Comparator.comparingInt(Activity::getNumber)).toList();
    }

    public List<WorkstreamResource> getResources() {
        return List.copyOf(resources);
    }

    public Set<FrameworkOutcome> getOutcomes() {
        return Set.copyOf(outcomes);
    }

    public List<WorkstreamMapping> getPredecessors() {
        return List.copyOf(predecessors);
    }

    public List<WorkstreamMapping> getSuccessors() {
        return List.copyOf(successors);
    }
}
