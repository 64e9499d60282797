package scot.cpib.pack.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import scot.cpib.action.application.ActionRegister;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.meeting.application.MeetingQueries;
import scot.cpib.meeting.application.PaperStore;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.application.Interests;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.Paper;
import scot.cpib.minutes.application.MinuteQueries;
import scot.cpib.pack.domain.PackIssue;
import scot.cpib.reporting.domain.AgendaPackRequest;
import scot.cpib.reporting.domain.ContentSupplier;
import scot.cpib.reporting.domain.PackPaper;
import scot.cpib.reporting.domain.PreviousMinute;

/**
 * Gathers what a pack is made from: the live pack as at a day, or an issued version from its record
 * (its papers with their supplements, the matters-arising actions of the first version).
 */
@ApplicationScoped
public class PackAssembler {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Interests interests;

    @Inject
    private MeetingQueries meetings;

    @Inject
    private MinuteQueries minutes;

    @Inject
    private ActionRegister register;

    @Inject
    private PaperStore papers;

    /**
     * The draft preview: the pack as it would be issued on that day, every paper in the main pack, marked as a draft.
     * {@code cleared} is the secretariat's copy: with the confidential papers and the interests declared on the items.
     */
    public AgendaPackRequest live(Meeting meeting, LocalDate on, boolean cleared) {
        List<PackPaper> pack = new ArrayList<>();
        for (AgendaItem item : meeting.getAgendaInReadingOrder()) {
            for (Paper paper : item.getPapers()) {
                pack.add(PackPaper.of(paper, upload(paper.getId()), rendition(paper.getId()), 0));
            }
        }
        return forReader(new AgendaPackRequest(meeting, previousMinute(meeting), outstanding(meeting), on, pack, cleared,
                AgendaPackRequest.DRAFT));
    }

    /**
     * An issued version, rebuilt from its record for one kind of reader; the secretariat's copy ({@code cleared})
     * has the interests declared on the items by the time it is rendered.
     */
    public AgendaPackRequest issued(PackIssue issue, boolean cleared) {
        Meeting meeting = issue.getMeeting();
        List<PackPaper> pack = new ArrayList<>();
        for (AgendaItem item : meeting.getAgendaInReadingOrder()) {
            for (Paper paper : item.getPapers()) {
                int supplement = issue.supplementOf(paper.getId());
                if (supplement >= 0) {
                    pack.add(PackPaper.of(paper, upload(paper.getId()), rendition(paper.getId()), supplement));
                }
            }
        }
        return forReader(new AgendaPackRequest(meeting, previousMinute(meeting), actions(issue.getActionIds()), issue.getIssuedOn(),
                pack, cleared, issue.getPackVersion(), issue.getMattersAsAt()));
    }

    /** Whether the meeting's items have declared interests: the secretariat's copy then differs from the members'. */
    public boolean hasDeclarations(Meeting meeting) {
        return !interests.declarationsOf(meeting).isEmpty();
    }

    /** Members' and the public's copies never carry declarations; the secretariat's copy (cleared) does. */
    private AgendaPackRequest forReader(AgendaPackRequest request) {
        return request.clearedForConfidential() ? request.withDeclarations(interests.declarationsOf(request.meeting())) : request;
    }

    /**
     * A mark that moves whenever anything a live pack is made from may have changed: every change of
     * the record writes an audit entry, so the newest entry's id will do. A stored preview is reused
     * while the mark (and the day) stays the same.
     */
    public long changeMark() {
        Long latest = em.createQuery("SELECT MAX(a.id) FROM AuditEntry a", Long.class).getSingleResult();
        return latest == null ? 0 : latest;
    }

    /** The papers on the agenda now, in reading order. */
    public List<Long> paperIds(Meeting meeting) {
        return meeting.getAgendaInReadingOrder().stream().flatMap(item -> item.getPapers().stream()).map(Paper::getId).toList();
    }

    /** Open actions agreed at earlier meetings of the board: the matters-arising paper. */
    public List<AgreedAction> outstanding(Meeting meeting) {
        return register.outstandingBefore(meeting.getDate()).stream()
                .filter(a -> a.getMeeting() == null || a.getMeeting().getNumber() < meeting.getNumber()).toList();
    }

    public PreviousMinute minuteOf(Meeting meeting) {
        List<AgreedAction> actions = new ArrayList<>();
        minutes.actionsOf(meeting).values().forEach(actions::addAll);
        return new PreviousMinute(meeting, List.copyOf(minutes.entriesOf(meeting).values()), actions,
                interests.declarationsOf(meeting));
    }

    private PreviousMinute previousMinute(Meeting meeting) {
        Meeting previous = meeting.getPreviousMeeting();
        return previous == null ? null : minuteOf(previous);
    }

    private List<AgreedAction> actions(Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM AgreedAction a LEFT JOIN a.meeting m WHERE a.id IN :ids"
                        + " ORDER BY m.number, a.reference, a.id",
                AgreedAction.class).setParameter("ids", List.copyOf(ids)).getResultList();
    }

    /** An office paper's stored PDF rendition, read only when the renderer reaches it; null when it has none. */
    private ContentSupplier rendition(Long paperId) {
        if (!papers.hasRendition(paperId)) {
            return null;
        }
        return () -> new ByteArrayInputStream(papers.rendition(paperId)
                .orElseThrow(() -> new FileNotFoundException("rendition of paper " + paperId)));
    }

    /** An upload's bytes, read only when the renderer reaches the paper. */
    private ContentSupplier upload(Long paperId) {
        return () -> new ByteArrayInputStream(papers.download(paperId, meetings)
                .orElseThrow(() -> new FileNotFoundException("paper " + paperId)).data());
    }
}
