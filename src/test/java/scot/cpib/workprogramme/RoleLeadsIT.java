package scot.cpib.workprogramme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.board.application.Directory;
import scot.cpib.board.application.Owners;
import scot.cpib.board.domain.MembershipRole;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.engagement.application.EngagementStrategies;
import scot.cpib.engagement.application.PlanChange;
import scot.cpib.engagement.domain.Channel;
import scot.cpib.engagement.domain.CoreMessage;
import scot.cpib.engagement.domain.DeliveryLead;
import scot.cpib.engagement.domain.EngagementPlan;
import scot.cpib.it.container.ActingUser;
import scot.cpib.security.domain.Role;
import scot.cpib.shared.application.AuditQueries;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.workprogramme.application.WorkProgrammeQueries;
import scot.cpib.workprogramme.application.WorkstreamLeads;
import scot.cpib.workprogramme.domain.WorkProgramme;
import scot.cpib.workprogramme.domain.Workstream;

/**
 * A lead can be a role on the board, as owners of actions can (issue 11 point 2): "Chair" written as a
 * workstream's lead or an engagement plan's delivery lead stands for its holder today (decision 77),
 * is kept with the role and shown as written, "Chair (Steve Grimmond)", and the holder finds the
 * workstream among their own. Each test puts the demo leads back as they were.
 */
@ExtendWith(ArquillianExtension.class)
class RoleLeadsIT {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WorkstreamLeads leads;

    @Inject
    private WorkProgrammeQueries queries;

    @Inject
    private Owners owners;

    @Inject
    private Directory directory;

    @Inject
    private EngagementStrategies strategies;

    @Inject
    private AuditQueries audit;

    @BeforeEach
    void secretariatActs() {
        ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);
    }

    @Test
    void chairAsAWorkstreamLeadIsTheHolderTodayShownAsWrittenAndFindsItAmongTheirs() {
        WorkProgramme current = queries.current().orElseThrow();
        Workstream workstream = current.getWorkstreams().stream().filter(Workstream::isActive)
                .filter(w -> !w.getLeads().isEmpty() && w.getLeads().stream().allMatch(l -> l.getPerson() != null
                        && !"Steve Grimmond".equals(l.getPerson().getFullName())))
                .findFirst().orElseThrow();
        String before = workstream.getLeadLabel();
        try {
            ActingUser.actAs("chair", "Steve Grimmond", Role.MEMBER);
            assertFalse(queries.isLedByMe(workstream), "the chair does not lead it before");
            ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);

            Workstream saved = leads.assign(workstream.getId(), workstream.getVersion(), "chair / IS");
            assertEquals("Chair (Steve Grimmond) / IS", saved.getLeadLabel());
            em.getEntityManagerFactory().getCache().evictAll();
            Workstream stored = queries.getWorkstream(workstream.getId());
            assertEquals(MembershipRole.CHAIR, stored.getLeads().get(0).getAsRole(), "kept with the role");
            assertEquals("Steve Grimmond", stored.getLeads().get(0).getPerson().getFullName(), "the holder today");
            assertTrue(audit.historyOf("Workstream", workstream.getId()).stream().anyMatch(e -> "leads".equals(e.getField())
                    && "Chair (Steve Grimmond) / IS".equals(e.getNewValue())), "the change is audited");

            ActingUser.actAs("chair", "Steve Grimmond", Role.MEMBER);
            assertTrue(queries.isLedByMe(stored), "the holder leads it");
            assertTrue(queries.ledByMe(queries.current().orElseThrow()).stream().anyMatch(w -> w.getId().equals(workstream.getId())),
                    "the chair's own workstreams include it");
            ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);

            ConcurrentEditException stale = assertThrows(ConcurrentEditException.class,
                    () -> leads.assign(workstream.getId(), workstream.getVersion(), "Mark McAteer"));
            assertEquals("Chair (Steve Grimmond) / IS", stale.theirs(String.class));
            long now = queries.getWorkstream(workstream.getId()).getVersion();
            DomainException unknown = assertThrows(DomainException.class,
                    () -> leads.assign(workstream.getId(), now, "Chair/Treasurer"));
            assertEquals("owner.unknown", unknown.getMessageKey());
            assertEquals("leads", unknown.getField());
            assertEquals("Chair (Steve Grimmond) / IS", queries.getWorkstream(workstream.getId()).getLeadLabel(), "nothing saved");

            ActingUser.actAs("lead", "Mark McAteer", Role.LEAD);
            DomainException notAllowed = assertThrows(DomainException.class,
                    () -> leads.assign(workstream.getId(), now, "Mark McAteer"));
            assertEquals("workstream.leads.notAllowed", notAllowed.getMessageKey());
        } finally {
            ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);
            Workstream again = queries.getWorkstream(workstream.getId());
            leads.assign(again.getId(), again.getVersion(), before);
        }
        assertEquals(before, queries.getWorkstream(workstream.getId()).getLeadLabel());
    }

    @Test
    void chairAsAnEngagementDeliveryLeadIsTheHolderTodayShownAsWritten() {
        EngagementPlan plan = strategies.getCurrent().getPlans().get(0);
        List<String> beforeKeys = plan.getLeads().stream().map(DeliveryLead::toRef).map(OwnerRef::getKey).toList();
        List<Long> channels = plan.getChannels().stream().map(Channel::getId).toList();
        List<Long> messages = plan.getMessages().stream().map(CoreMessage::getId).toList();
        Long group = plan.getGroup().getId();
        List<String> keys = owners.leadsNamed("Chair", "leads", directory.board()).stream().map(OwnerRef::getKey).toList();
        strategies.plan(group, plan.getVersion(), new PlanChange(channels, plan.getChannelText(), keys,
                plan.getDeliveryLeadText(), messages));
        try {
            em.getEntityManagerFactory().getCache().evictAll();
            EngagementPlan stored = strategies.getCurrent().findPlan(plan.getGroup()).orElseThrow();
            assertEquals("Chair (Steve Grimmond)", stored.getLeadLabel());
            assertEquals(MembershipRole.CHAIR, stored.getLeads().get(0).getAsRole());
        } finally {
            EngagementPlan again = strategies.getCurrent().findPlan(plan.getGroup()).orElseThrow();
            strategies.plan(group, again.getVersion(), new PlanChange(channels, again.getChannelText(), beforeKeys,
                    again.getDeliveryLeadText(), messages));
        }
    }
}
