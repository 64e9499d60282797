package scot.cpib.workprogramme.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.OwnerRow;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.Texts;
import scot.cpib.shared.domain.PartialDate;
import scot.cpib.shared.domain.VersionedEntity;

/** A numbered piece of work within a workstream: what, who owns it, when it is due and where it stands. */
@Entity
@Table(name = "activity")
public class Activity extends VersionedEntity {

    public static final int DESCRIPTION_MAX = 4000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "workstream_id")
    private Workstream workstream;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActivityStatus status = ActivityStatus.PLANNED;

    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "target_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "target_precision", length = 10))
    private PartialDate target;

    @OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ActivityOwner> owners = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "activity_outcome",
            joinColumns = @JoinColumn(name = "activity_id"),
            inverseJoinColumns = @JoinColumn(name = "outcome_id"))
    private Set<FrameworkOutcome> outcomes = new HashSet<>();

    protected Activity() {
    }

    Activity(Workstream workstream, int number, String description, List<OwnerRef> owners, PartialDate target) {
        this.workstream = workstream;
        this.number = number;
        redefine(description, owners, target);
    }

    /** Changes the wording, owners (none is allowed: to be agreed) and target (none is allowed). */
    public final void redefine(String newDescription, List<OwnerRef> newOwners, PartialDate newTarget) {
        this.description = Texts.required(newDescription, DESCRIPTION_MAX, "workprogramme.activity.description", "description");
        this.target = newTarget;
        owners.clear();
        List<OwnerRef> distinct = newOwners == null ? List.of() : newOwners.stream().distinct().toList();
        for (int i = 0; i < distinct.size(); i++) {
            owners.add(new ActivityOwner(this, i + 1, distinct.get(i)));
        }
    }

    public void start() {
        requireOpen();
        this.status = ActivityStatus.IN_PROGRESS;
    }

    public void complete() {
        requireOpen();
        this.status = ActivityStatus.COMPLETE;
    }

    public void drop() {
        requireOpen();
        this.status = ActivityStatus.DROPPED;
    }

    public void reopen() {
        this.status = ActivityStatus.IN_PROGRESS;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new DomainException("workprogramme.activity.closed", "status");
        }
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    /** Open and past its target (a month or quarter target only once the span has ended). */
    public boolean isOverdueOn(LocalDate today) {
        return isOpen() && target != null && target.isPassedOn(today);
    }

    /** Names a framework outcome this activity serves. */
    public void serve(FrameworkOutcome outcome) {
        outcomes.add(outcome);
    }

    public void stopServing(FrameworkOutcome outcome) {
        outcomes.remove(outcome);
    }

    Activity copyInto(Workstream targetWorkstream, int newNumber) {
        Activity copy = new Activity(targetWorkstream, newNumber, description, getOwnerRefs(), target);
        copy.status = status;
        copy.outcomes.addAll(outcomes);
        return copy;
    }

    /** "1.6" – workstream and activity number. */
    public String getReference() {
        return workstream.getNumber() + "." + number;
    }

    public String getOwnerLabel() {
        return owners.stream().sorted(OwnerRow.IN_ORDER).map(ActivityOwner::getLabel).collect(Collectors.joining("/"));
    }

    public List<OwnerRef> getOwnerRefs() {
        return owners.stream().sorted(OwnerRow.IN_ORDER).map(ActivityOwner::toRef).toList();
    }

    public Workstream getWorkstream() {
        return workstream;
    }

    public int getNumber() {
        return number;
    }

    public String getDescription() {
        return description;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public PartialDate getTarget() {
        return target;
    }

    public List<ActivityOwner> getOwners() {
        return List.copyOf(owners);
    }

    public Set<FrameworkOutcome> getOutcomes() {
        return Set.copyOf(outcomes);
    }
}
