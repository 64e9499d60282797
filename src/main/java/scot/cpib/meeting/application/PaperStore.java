package scot.cpib.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Paper;
import scot.cpib.meeting.domain.PaperContent;
import scot.cpib.meeting.domain.PaperFile;
import scot.cpib.meeting.domain.PaperRendition;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;

/** Uploaded papers: checks and stores the file (bytes apart from the paper), removes it, hands it out. */
@ApplicationScoped
public class PaperStore {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private PaperPrinting printing;

    /** A paper's file as downloaded. */
    public record Download(String fileName, String contentType, byte[] data) {
    }

    /**
     * Attaches an uploaded file to an agenda item; a blank title becomes the file name. A PDF is stored
     * cleaned of active content; an office file is stored with its PDF rendition, printed now once.
     *
     * @return the new paper's id
     */
    @Transactional
    public Long upload(Long itemId, String title, boolean confidential, String fileName, String declaredType, byte[] data) {
        MeetingPermissions.requireSecretariat(currentUser);
        AgendaItem item = em.find(AgendaItem.class, itemId == null ? -1L : itemId);
        if (item == null) {
            throw new DomainException("paper.item.required", "paperItem");
        }
        if (item.getMeeting().isMinuteLocked()) {
            throw new DomainException("meeting.locked");
        }
        PaperFile file = PaperFile.check(fileName, declaredType, data == null ? 0 : data.length, data);
        String paperTitle = title == null || title.isBlank() ? withoutExtension(file.fileName()) : title;
        Paper paper = item.attachPaper(paperTitle, currentUser.getUsername());
        PaperPrinting.Prepared prepared = printing.prepare(file, paper.getTitle(), data);
        paper.describeFile(file.fileName(), file.contentType(), prepared.content().length);
        paper.markConfidential(confidential);
        em.persist(paper);
        em.flush();
        em.persist(new PaperContent(paper, prepared.content()));
        if (prepared.hasRendition()) {
            em.persist(new PaperRendition(paper, prepared.rendition(), prepared.pages(), prepared.route()));
        }
        audit.record(paper, "created", "Uploaded \u201c" + file.fileName() + "\u201d (" + file.size()
                + " bytes, " + prepared.pages() + (prepared.pages() == 1 ? " page" : " pages")
                + (prepared.hasRendition() ? ", printed by " + prepared.route() : "") + ") as \u201c" + paper.getTitle()
                + "\u201d for agenda item " + item.getLabel()
                + " of the " + item.getMeeting().getOrdinal() + " meeting" + (confidential ? ", confidential" : ""));
        return paper.getId();
    }

    @Transactional
    public void remove(Long paperId) {
        MeetingPermissions.requireSecretariat(currentUser);
        Paper paper = em.find(Paper.class, paperId == null ? -1L : paperId);
        if (paper == null) {
            throw new NotFoundException("Paper", paperId);
        }
        AgendaItem item = paper.getAgendaItem();
        if (item.getMeeting().isMinuteLocked()) {
            throw new DomainException("meeting.locked");
        }
        deleteContent(paper);
        audit.record(paper, "deleted", "Removed the paper \u201c" + paper.getTitle() + "\u201d ("
                + paper.getFileName() + ") from agenda item " + item.getLabel());
        item.removePaper(paper);
    }

    /** The paper when the caller may read it: a meeting they may see, and confidential papers to the secretariat only. */
    public Optional<Paper> readable(Long paperId, MeetingQueries meetings) {
        Paper paper = paperId == null ? null : em.find(Paper.class, paperId);
        if (paper == null || !meetings.canSee(paper.getAgendaItem().getMeeting())
                || (paper.isRestricted() && !currentUser.isSecretariat())) {
            return Optional.empty();
        }
        return Optional.of(paper);
    }

    /** The uploaded file when the caller may have it (see {@link #readable}). */
    @Transactional
    public Optional<Download> download(Long paperId, MeetingQueries meetings) {
        return readable(paperId, meetings).filter(Paper::isUploaded)
                .flatMap(paper -> Optional.ofNullable(em.find(PaperContent.class, paper.getId()))
                        .map(content -> new Download(paper.getFileName(), paper.getContentType(), content.getData())));
    }

    /** The stored PDF rendition of an office paper, when it has one (read without the caller's checks: the pack's own use). */
    public Optional<byte[]> rendition(Long paperId) {
        return Optional.ofNullable(em.find(PaperRendition.class, paperId)).map(PaperRendition::getData);
    }

    /** Whether an office paper has a stored rendition, without loading it. */
    public boolean hasRendition(Long paperId) {
        return em.createQuery("SELECT COUNT(r) FROM PaperRendition r WHERE r.paperId = :id", Long.class)
                .setParameter("id", paperId).getSingleResult() > 0;
    }

    void deleteContent(Paper paper) {
        em.createQuery("DELETE FROM PaperRendition r WHERE r.paperId = :id").setParameter("id", paper.getId()).executeUpdate();
        em.createQuery("DELETE FROM PaperContent c WHERE c.paperId = :id").setParameter("id", paper.getId()).executeUpdate();
    }

    private static String withoutExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
