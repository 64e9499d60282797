package scot.cpib.annualreport.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import scot.cpib.annualreport.domain.AnnualReport;
import scot.cpib.annualreport.domain.Dissemination;
import scot.cpib.board.domain.Membership;
import scot.cpib.engagement.application.EngagementInput;
import scot.cpib.engagement.application.EngagementLog;
import scot.cpib.engagement.application.EngagementStrategies;
import scot.cpib.engagement.domain.CoreMessage;
import scot.cpib.engagement.domain.EngagementRecord;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.PartialDate;
import scot.cpib.shared.domain.UkDates;

/**
 * Dissemination of the approved report: a board member records where they passed it on (organisation or
 * sectoral network, day, audience, channel, the stakeholder groups reached). Each is also an engagement record
 * in the engagement log delivering the report's core messages (every core message of the strategy in force),
 * made through the engagement log's own use case, so coverage counts it (decision 56: the report uses the
 * engagement context, never the other way round).
 */
@ApplicationScoped
public class ReportDisseminations {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AnnualReports reports;

    @Inject
    private ReportReviews reviews;

    @Inject
    private EngagementLog engagementLog;

    @Inject
    private EngagementStrategies strategies;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    /** The report's disseminations, latest first. */
    @Transactional
    public List<Dissemination> of(Long reportId) {
        AnnualReport report = reports.get(reportId);
        return em.createQuery("SELECT d FROM Dissemination d WHERE d.report = :report ORDER BY d.disseminatedOn DESC, d.id DESC",
                Dissemination.class).setParameter("report", report).getResultList();
    }

    /** The core messages the report delivers: those of the engagement strategy in force. */
    @Transactional
    public List<CoreMessage> messages() {
        return strategies.current().map(s -> s.getMessages()).orElse(List.of());
    }

    /** Records the caller's dissemination and the engagement record it becomes. */
    @Transactional
    public Dissemination record(Long reportId, LocalDate on, String network, String audience, Long channelId,
                                List<Long> groupIds, Integer peopleReached) {
        AnnualReport report = reports.get(reportId);
        Membership me = reviews.myMembership().orElseThrow(() -> new DomainException("dissemination.notMember", "network"));
        Dissemination.check(report, network, audience);
        List<Long> messageIds = messages().stream().map(CoreMessage::getId).toList();
        EngagementRecord engagement = engagementLog.record(new EngagementInput(on == null ? null : PartialDate.onDay(on),
                me.getPerson().getId(), groupIds, channelId, null, network, messageIds, peopleReached, null, null), List.of());
        Dissemination dissemination = new Dissemination(report, me.getPerson(), me.getOrganisation(), network, audience,
                engagement, currentUser.getUsername(), LocalDateTime.now(ZoneOffset.UTC));
        em.persist(dissemination);
        em.flush();
        audit.record(dissemination, "disseminated", report.getTitle() + ": " + me.getPerson().getDisplayName() + " to "
                + dissemination.getNetwork() + " on " + UkDates.date(dissemination.getDisseminatedOn())
                + " (engagement record " + engagement.getId() + ")");
        return dissemination;
    }

    public boolean canRecord() {
        return reviews.isReviewer();
    }
}
