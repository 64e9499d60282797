package scot.cpib.engagement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import scot.cpib.engagement.domain.EngagementRecord;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.Paper;
import scot.cpib.meeting.domain.StandingKind;
import scot.cpib.reporting.domain.DocumentFormats;
import scot.cpib.reporting.domain.DocumentTexts;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.application.Versions;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;

/**
 * The paper of a "Learning from Engagement" standing item, written in the app: prepared from the
 * engagements logged between the previous meeting and this one (sample data left out), edited by the
 * secretariat before issue, prepared again on request. The agenda pack prints it as a written paper.
 */
@ApplicationScoped
public class LearningPapers {

    @Inject
    private BoardClock clock;

    public static final String TITLE_PREFIX = "Learning from Engagement";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private EngagementLog log;

    @Inject
    private AuditTrail audit;

    /** The standing item (404 for any other item). */
    public AgendaItem item(Long itemId) {
        AgendaItem item = itemId == null ? null : em.find(AgendaItem.class, itemId);
        if (item == null || item.getStandingKind() != StandingKind.LEARNING_FROM_ENGAGEMENT) {
            throw new NotFoundException("Learning from Engagement item", itemId);
        }
        return item;
    }

    /** The item's prepared paper, if any. */
    public Optional<Paper> paperOf(AgendaItem item) {
        return item.getPapers().stream().filter(p -> !p.isUploaded() && p.getTitle().startsWith(TITLE_PREFIX)).findFirst();
    }

    /** Engagements dated after the previous meeting, up to and including this meeting's day, earliest first. */
    public List<EngagementRecord> engagementsFor(Meeting meeting) {
        Meeting previous = meeting.getPreviousMeeting();
        LocalDate from = previous == null ? null : previous.getDate().plusDays(1);
        return log.list(new LogFilter(from, meeting.getDate(), null, null, false)).stream()
                .filter(r -> previous == null || r.getDate().firstDay().isAfter(previous.getDate()))
                .sorted(Comparator.comparing((EngagementRecord r) -> r.getDate().firstDay()).thenComparing(EngagementRecord::getId))
                .toList();
    }

    /** Writes (or writes again, replacing any edits) the item's paper from the engagement log. */
    @Transactional
    public Paper prepare(Long itemId) {
        requireSecretariat();
        AgendaItem item = item(itemId);
        Meeting meeting = item.getMeeting();
        Meeting previous = meeting.getPreviousMeeting();
        String period = previous == null ? DocumentTexts.text("learning.period.first", meeting.getOrdinal(), DocumentFormats.date(meeting.getDate()))
                : DocumentTexts.text("learning.period.between", previous.getOrdinal(), DocumentFormats.date(previous.getDate()),
                        meeting.getOrdinal(), DocumentFormats.date(meeting.getDate()));
        List<EngagementRecord> records = engagementsFor(meeting);
        String html = LearningPaperHtml.body(period, records, clock.today());
        Optional<Paper> existing = paperOf(item);
        Paper paper = existing.orElseGet(() -> item.attachPaper(TITLE_PREFIX + ": engagements since the last meeting",
                currentUser.getUsername()));
        paper.write(html);
        if (existing.isEmpty()) {
            em.persist(paper);
        }
        audit.record(paper, existing.isEmpty() ? "created" : "prepared again",
                paper.getTitle() + ", " + meeting.getOrdinal() + " meeting item " + item.getLabel() + ": " + records.size() + " engagement(s)");
        em.flush();
        return paper;
    }

    /** Saves the secretariat's edit of the paper, if nobody changed it since the form was opened. */
    @Transactional
    public Paper edit(Long itemId, long expectedVersion, String html) {
        requireSecretariat();
        AgendaItem item = item(itemId);
        Paper paper = paperOf(item).orElseThrow(() -> new NotFoundException("Learning from Engagement paper", itemId));
        Versions.require(paper, expectedVersion, paper::getBodyHtml);
        if (html == null || html.isBlank()) {
            throw new DomainException("engagement.paper.required", "html");
        }
        String before = paper.getBodyHtml();
        paper.write(html.strip());
        audit.change(paper, "bodyHtml", before, paper.getBodyHtml(), paper.getTitle());
        em.lock(paper, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return paper;
    }

    public boolean canPrepare() {
        return currentUser.isSecretariat();
    }

    private void requireSecretariat() {
        if (!canPrepare()) {
            throw new DomainException("engagement.paper.notAllowed");
        }
    }
}
