package scot.cpib.pack.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.MeetingStatus;
import scot.cpib.meeting.domain.Paper;
import scot.cpib.pack.domain.DeliveryStatus;
import scot.cpib.pack.domain.PackFile;
import scot.cpib.pack.domain.PackIssue;
import scot.cpib.pack.domain.PackRecipient;
import scot.cpib.reporting.application.AgendaPackRenderer;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.application.MailReceipt;
import scot.cpib.shared.application.Mailer;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;
import scot.cpib.shared.domain.UkDates;

/**
 * Issues a meeting's agenda pack: renders the next version, stores its PDF (and a second one, the
 * secretariat's copy, when it has confidential papers or members have declared interests on its items),
 * records the recipients, and then e-mails each of them.
 * Issuing and e-mailing are two transactions, so nobody is sent a link to a version that was not saved.
 */
@ApplicationScoped
public class PackIssuing {

    @Inject
    private BoardClock clock;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private PackAssembler assembler;

    @Inject
    private PackRecipients recipients;

    @Inject
    private AgendaPackRenderer renderer;

    @Inject
    private Mailer mailer;

    /** What an issue produced: the version, its page count for readers not cleared, and how many were told. */
    public record Issued(Long issueId, int version, int pages, int recipients) {
    }

    /** How the e-mails went, with the names of those not reached. */
    public record Notified(int sent, int notSent, List<String> notReached) {
    }

    /**
     * Issues the next version. {@code knownLatest} is the latest version the person saw (0 for none):
     * when someone else issued meanwhile the issue is refused, naming their version.
     */
    @Transactional
    public Issued issue(Long meetingId, int knownLatest, String note) {
        requireSecretariat();
        Meeting meeting = em.find(Meeting.class, meetingId == null ? -1L : meetingId);
        if (meeting == null) {
            throw new NotFoundException("Meeting", meetingId);
        }
        MeetingStatus status = meeting.getStatus();
        List<PackIssue> earlier = PackIssues.issuesOf(em, meeting);
        if (!meeting.allowsPackIssue(earlier.isEmpty())) {
            throw new DomainException("pack.issue.tooLate", "note");
        }
        if (meeting.getAgenda().isEmpty()) {
            throw new DomainException("meeting.issue.emptyAgenda", "note");
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        LocalDate today = clock.today();
        String by = currentUser.getDisplayName();
        if (earlier.size() > knownLatest) {
            PackIssue theirs = earlier.get(earlier.size() - 1);
            throw new DomainException("pack.issue.conflict", null, theirs.getPackVersion(), theirs.getIssuedBy(),
                    UkDates.date(theirs.getIssuedOn()), knownLatest);
        }
        PackIssue issue = earlier.isEmpty()
                ? PackIssue.first(meeting, now, today, by, note, assembler.paperIds(meeting),
                        assembler.outstanding(meeting).stream().map(AgreedAction::getId).toList())
                : earlier.get(earlier.size() - 1).next(now, today, by, note, assembler.paperIds(meeting));
        if (status == MeetingStatus.PLANNED) {
            meeting.issueAgenda(now);
            String summary = "Issued the agenda of the " + meeting.getOrdinal() + " meeting with its pack";
            audit.change(meeting, "status", status, meeting.getStatus(), summary);
            audit.change(meeting, "agendaIssuedAt", null, meeting.getAgendaIssuedAt(), summary);
        }
        em.persist(issue);
        em.flush();
        PackFile general = store(issue, false, false);
        boolean confidential = hasConfidentialPapers(issue);
        if (confidential || assembler.hasDeclarations(meeting)) {
            store(issue, true, confidential);
        }
        List<PackRecipient> told = recipients.record(issue);
        audit.record(issue, "issued", "Issued version " + issue.getPackVersion() + " of the agenda pack of the "
                + meeting.getOrdinal() + " meeting (" + general.getPageCount() + " pages"
                + (issue.lastSupplement() > 0 ? ", with supplement " + issue.lastSupplement() : "") + ") to "
                + told.size() + " board members");
        return new Issued(issue.getId(), issue.getPackVersion(), general.getPageCount(), told.size());
    }

    /** E-mails every recipient of the version not yet told; each row keeps what happened to its message. */
    @Transactional
    public Notified notifyRecipients(Long issueId) {
        requireSecretariat();
        PackIssue issue = em.find(PackIssue.class, issueId);
        if (issue == null) {
            throw new NotFoundException("PackIssue", issueId);
        }
        int sent = 0;
        int notSent = 0;
        List<String> notReached = new ArrayList<>();
        for (PackRecipient recipient : issue.getRecipients()) {
            if (recipient.getStatus() == DeliveryStatus.PENDING) {
                MailReceipt receipt = mailer.send(PackMail.to(recipient, issue, fileOf(issue, recipient.isCleared())));
                recipient.delivered(DeliveryStatus.valueOf(receipt.status().name()), receipt.logId(), receipt.detail());
                if (receipt.isSent()) {
                    sent++;
                } else {
                    notSent++;
                    notReached.add(recipient.getPerson().getDisplayName());
                }
            }
        }
        return new Notified(sent, notSent, List.copyOf(notReached));
    }

    private PackFile fileOf(PackIssue issue, boolean cleared) {
        return issue.getFiles().stream().filter(f -> f.isCleared() == cleared).findFirst()
                .orElseGet(() -> issue.getFiles().get(0));
    }

    private PackFile store(PackIssue issue, boolean cleared, boolean confidentialPapers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.render(assembler.issued(issue, cleared), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] pdf = out.toByteArray();
        PackFile file = issue.attachFile(cleared, confidentialPapers, pageCount(pdf), pdf);
        em.persist(file);
        return file;
    }

    private boolean hasConfidentialPapers(PackIssue issue) {
        return issue.getPapers().stream().map(p -> em.find(Paper.class, p.getPaperId()))
                .anyMatch(paper -> paper != null && paper.isRestricted());
    }

    private static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireSecretariat() {
        if (!currentUser.isSecretariat()) {
            throw new DomainException("meeting.notAllowed");
        }
    }
}
