package scot.cpib.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.Serializable;
import java.util.List;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.MailReceipt;
import scot.cpib.shared.application.Mailer;
import scot.cpib.shared.application.OutgoingMail;
import scot.cpib.shared.domain.MailLogEntry;
import scot.cpib.shared.infrastructure.MailSettings;
import scot.cpib.shared.web.PageMessages;

/**
 * The mail log for the secretariat (every e-mail the application sent or could not send, newest
 * first) and a test message to check the SMTP settings.
 */
@Named
@ViewScoped
public class MailLogPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 200;
    static final String TEST_PURPOSE = "test";
    private static final int ADDRESS_MAX = 254;

    @Inject
    private transient Mailer mailer;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient PageMessages messages;

    private String testAddress;
    private transient List<MailLogEntry> entries;

    public List<MailLogEntry> getEntries() {
        if (entries == null) {
            entries = mailer.log(null, SHOWN);
        }
        return entries;
    }

    public boolean isConfigured() {
        return MailSettings.fromConfig().isConfigured();
    }

    public String getServer() {
        MailSettings settings = MailSettings.fromConfig();
        return settings.host() + ":" + settings.port();
    }

    public String getFrom() {
        return MailSettings.fromConfig().from();
    }

    public String sendTest() {
        if (!currentUser.isSecretariat()) {
            messages.error(null, "mail.test.notAllowed");
            return null;
        }
        String address = testAddress == null ? "" : testAddress.strip();
        if (address.isEmpty()) {
            messages.error("address", "mail.test.addressRequired");
            return null;
        }
        if (!isAddress(address)) {
            messages.error("address", "mail.test.addressInvalid", address);
            return null;
        }
        MailReceipt receipt = mailer.send(OutgoingMail.to(address, PageMessages.text("mail.test.subject"),
                PageMessages.text("mail.test.body", currentUser.getUsername()), TEST_PURPOSE));
        entries = null;
        if (receipt.isSent()) {
            messages.info("mail.test.sent", address);
            testAddress = null;
        } else {
            messages.error("address", "mail.test.notSent." + receipt.status().name(), address, receipt.detail());
        }
        return null;
    }

    static boolean isAddress(String address) {
        if (address.length() > ADDRESS_MAX || !address.contains("@")) {
            return false;
        }
        try {
            new InternetAddress(address, true).validate();
            return true;
        } catch (AddressException e) {
            return false;
        }
    }

    public String getTestAddress() {
        return testAddress;
    }

    public void setTestAddress(String testAddress) {
        this.testAddress = testAddress;
    }
}
