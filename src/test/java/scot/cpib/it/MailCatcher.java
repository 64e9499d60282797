package scot.cpib.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SMTP server (GreenMail) the shared app sends its e-mail to during the browser and API tests:
 * started once per JVM, before the app, on {@code cpib.it.smtp.port}. Messages stay until
 * {@link #reset()}; tests find theirs by recipient.
 */
public final class MailCatcher {

    private static final long WAIT_MS = 10_000;
    private static MailCatcher instance;

    private final GreenMail greenMail;

    private MailCatcher(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public static synchronized MailCatcher get() {
        if (instance == null) {
            GreenMail server = new GreenMail(new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
            instance = new MailCatcher(server);
        }
        return instance;
    }

    public static int port() {
        return Integer.parseInt(System.getProperty("cpib.it.smtp.port", "13025"));
    }

    /** Every message received so far to this address (To or Cc). */
    public List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> isTo(m, address)).toList();
    }

    /** Waits until this address has received at least {@code count} messages; returns them. */
    public List<MimeMessage> waitForMessagesTo(String address, int count) {
        long deadline = System.currentTimeMillis() + WAIT_MS;
        List<MimeMessage> found = messagesTo(address);
        while (found.size() < count && System.currentTimeMillis() < deadline) {
            sleep();
            found = messagesTo(address);
        }
        return found;
    }

    /** Waits until at least {@code count} messages have arrived in all. */
    public List<MimeMessage> waitForMessages(int count) {
        greenMail.waitForIncomingEmail(WAIT_MS, count);
        return List.of(greenMail.getReceivedMessages());
    }

    public void reset() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text body of a message the app sent. */
    public static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content instanceof String s ? s : String.valueOf(content);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many of these messages went to each first recipient. */
    public static Map<String, Integer> perAddress(List<MimeMessage> messages) {
        Map<String, Integer> counts = new HashMap<>();
        messages.forEach(m -> counts.merge(recipient(m), 1, Integer::sum));
        return counts;
    }

    /** The first recipient of a message, or "" when it has none. */
    public static String recipient(MimeMessage message) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients == null ? "" : Arrays.stream(recipients).map(Object::toString).findFirst().orElse("");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A message's subject, or "" when it has none. */
    public static String subject(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
