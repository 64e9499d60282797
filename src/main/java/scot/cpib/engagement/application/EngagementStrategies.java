package scot.cpib.engagement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import scot.cpib.board.application.Directory;
import scot.cpib.board.application.Owners;
import scot.cpib.engagement.domain.Channel;
import scot.cpib.engagement.domain.CoreMessage;
import scot.cpib.engagement.domain.EngagementPlan;
import scot.cpib.engagement.domain.EngagementStrategy;
import scot.cpib.engagement.domain.ScheduledEvent;
import scot.cpib.engagement.domain.StakeholderGroup;
import scot.cpib.engagement.domain.StrategyStatus;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.application.Versions;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;
import scot.cpib.shared.domain.PartialDate;

/**
 * The board's engagement strategy: anyone on the board reads it; the secretariat plans a group's row
 * of the matrix, rewords core messages and schedules events, each change versioned and audited.
 */
@ApplicationScoped
public class EngagementStrategies {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Directory directory;

    @Inject
    private Owners owners;

    @Inject
    private EngagementReferences references;

    @Inject
    private AuditTrail audit;

    /** The strategy in force: the latest that is not superseded. */
    public Optional<EngagementStrategy> current() {
        // The matrix (plans with their groups, messages, channels and delivery leads, the strategy's messages)
        // each in one query when first read, not one per plan.
        TypedQuery<EngagementStrategy> query = em.createQuery("SELECT s FROM EngagementStrategy s WHERE s.board.id = :b"
                        + " AND s.status <> :superseded ORDER BY s.periodFrom DESC, s.id DESC", EngagementStrategy.class)
                .setParameter("b", directory.boardId()).setParameter("superseded", StrategyStatus.SUPERSEDED)
                .setHint("eclipselink.batch.type", "IN");
        for (String path : List.of("s.plans", "s.plans.group", "s.plans.messages", "s.messages", "s.plans.channels",
                "s.plans.leads", "s.plans.leads.person", "s.plans.leads.person.organisation", "s.plans.leads.organisation",
                "s.plans.leads.group")) {
            query.setHint("eclipselink.batch", path);
        }
        return query.setMaxResults(1).getResultStream().findFirst();
    }

    public EngagementStrategy getCurrent() {
        return current().orElseThrow(() -> new NotFoundException("Engagement strategy", null));
    }

    public List<StakeholderGroup> groups() {
        return em.createQuery("SELECT g FROM StakeholderGroup g WHERE g.board.id = :b ORDER BY g.id", StakeholderGroup.class)
                .setParameter("b", directory.boardId()).getResultList();
    }

    public List<Channel> channels() {
        return em.createQuery("SELECT c FROM Channel c WHERE c.board.id = :b ORDER BY c.name", Channel.class)
                .setParameter("b", directory.boardId()).getResultList();
    }

    public boolean canEdit() {
        return currentUser.isSecretariat();
    }

    /** Plans a group's row of the current strategy's matrix (a new row when the group has none). */
    @Transactional
    public EngagementPlan plan(Long groupId, long expectedVersion, PlanChange change) {
        requireSecretariat();
        EngagementStrategy strategy = getCurrent();
        StakeholderGroup group = references.find(StakeholderGroup.class, groupId, "group");
        if (group == null) {
            throw new NotFoundException("Stakeholder group", groupId);
        }
        boolean isNew = strategy.findPlan(group).isEmpty();
        EngagementPlan plan = strategy.planFor(group);
        if (!isNew) {
            Versions.require(plan, expectedVersion, () -> PlanSnapshot.of(plan));
        }
        PlanSnapshot before = PlanSnapshot.of(plan);
        plan.plan(references.all(Channel.class, change.channelIds(), "channels"), change.channelText(),
                change.leadKeys().stream().map(owners::get).toList(), change.leadText(),
                references.all(CoreMessage.class, change.messageIds(), "messages"));
        if (isNew) {
            em.persist(plan);
        }
        PlanSnapshot after = PlanSnapshot.of(plan);
        String summary = "Engagement matrix: " + group.getName();
        audit.change(plan, "channels", before.channels(), after.channels(), summary);
        audit.change(plan, "channelText", before.channelText(), after.channelText(), summary);
        audit.change(plan, "leads", before.leads(), after.leads(), summary);
        audit.change(plan, "leadText", before.leadText(), after.leadText(), summary);
        audit.change(plan, "messages", before.messages(), after.messages(), summary);
        if (!isNew) {
            em.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        em.flush();
        return plan;
    }

    /** Rewords a core message of the current strategy. */
    @Transactional
    public CoreMessage reword(Long messageId, long expectedVersion, String text) {
        requireSecretariat();
        CoreMessage message = references.find(CoreMessage.class, messageId, "message");
        if (message == null) {
            throw new NotFoundException("Core message", messageId);
        }
        Versions.require(message, expectedVersion, message::getText);
        String before = message.getText();
        message.reword(text);
        audit.change(message, "text", before, message.getText(), "Core message " + message.getNumber());
        em.flush();
        return message;
    }

    /** Adds an event or opportunity to the current strategy's forward schedule. */
    @Transactional
    public ScheduledEvent schedule(PartialDate date, String title, String description, List<Long> groupIds) {
        requireSecretariat();
        ScheduledEvent event = getCurrent().schedule(date, title, description,
                references.all(StakeholderGroup.class, groupIds == null ? List.of() : groupIds, "groups"));
        em.persist(event);
        audit.record(event, "created", "Forward schedule: " + event.getDate().getLabel() + ", " + event.getTitle()
                + " (" + event.getGroups().stream().map(StakeholderGroup::getName).collect(Collectors.joining("; ")) + ")");
        em.flush();
        return event;
    }

    private void requireSecretariat() {
        if (!canEdit()) {
            throw new DomainException("engagement.strategy.notAllowed");
        }
    }
}
