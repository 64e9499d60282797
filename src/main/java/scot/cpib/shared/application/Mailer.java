package scot.cpib.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import scot.cpib.shared.domain.MailLogEntry;
import scot.cpib.shared.domain.MailStatus;
import scot.cpib.shared.infrastructure.MailSettings;
import scot.cpib.shared.infrastructure.SmtpSender;

/**
 * Sends e-mail and keeps the mail log. It never throws because a message could not be sent: the
 * receipt says what happened, and the log row is written in its own transaction so it survives even
 * when the caller's transaction rolls back afterwards.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Actor currentUser;

    @Transactional(TxType.REQUIRES_NEW)
    public MailReceipt send(OutgoingMail mail) {
        MailSettings settings = MailSettings.fromConfig();
        MailStatus status;
        String detail = null;
        if (!settings.isConfigured()) {
            status = MailStatus.NOT_CONFIGURED;
            detail = "No SMTP server is configured (CPIB_MAIL_HOST)";
        } else {
            try {
                SmtpSender.send(settings, mail.to(), mail.subject(), mail.text());
                status = MailStatus.SENT;
            } catch (MessagingException | RuntimeException e) {
                status = MailStatus.FAILED;
                detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                LOG.log(Level.WARNING, "Could not send e-mail \"{0}\" to {1}: {2}",
                        new Object[] {mail.subject(), mail.to(), detail});
            }
        }
        MailLogEntry entry = new MailLogEntry(LocalDateTime.now(ZoneOffset.UTC), currentUser.getUsername(),
                mail.purpose(), mail.to(), mail.subject(), mail.text(), status, detail);
        em.persist(entry);
        em.flush();
        return new MailReceipt(entry.getId(), status, detail);
    }

    /** The log, newest first, of one purpose (or of all when {@code purpose} is null). */
    @Transactional
    public List<MailLogEntry> log(String purpose, int limit) {
        String where = purpose == null ? "" : " where m.purpose = :purpose";
        var query = em.createQuery("select m from MailLogEntry m" + where + " order by m.createdAt desc, m.id desc",
                MailLogEntry.class).setMaxResults(limit);
        if (purpose != null) {
            query.setParameter("purpose", purpose);
        }
        return query.getResultList();
    }
}
