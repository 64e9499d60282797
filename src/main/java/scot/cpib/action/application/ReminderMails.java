package scot.cpib.action.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.shared.application.AppLinks;
import scot.cpib.shared.application.BundleTexts;

/** The words of reminder e-mails to action owners, from the actions bundle, with links to update each action. */
@ApplicationScoped
public class ReminderMails {

    String digestSubject(Digest digest) {
        return BundleTexts.text("reminders.mail.subject", digest.overdue().size(), digest.dueSoon().size());
    }

    String digestBody(Digest digest, int leadDays) {
        StringBuilder text = new StringBuilder(BundleTexts.text("reminders.mail.greeting", digest.name())).append("\n\n")
                .append(BundleTexts.text("reminders.mail.intro")).append("\n\n");
        if (!digest.overdue().isEmpty()) {
            text.append(BundleTexts.text("reminders.mail.overdue")).append('\n');
            digest.overdue().forEach(line -> text.append(line(line)));
            text.append('\n');
        }
        if (!digest.dueSoon().isEmpty()) {
            text.append(BundleTexts.text("reminders.mail.dueSoon", leadDays)).append('\n');
            digest.dueSoon().forEach(line -> text.append(line(line)));
            text.append('\n');
        }
        return text.append(BundleTexts.text("reminders.mail.footer", AppLinks.absolute("/actions/mine.xhtml"))).toString();
    }

    private static String line(Digest.Line line) {
        return BundleTexts.text("reminders.mail.line", line.reference(), line.due(), line.description(),
                AppLinks.absolute("/actions/view.xhtml?id=" + line.actionId())) + "\n";
    }

    String chaseSubject(AgreedAction action) {
        return BundleTexts.text("reminders.chase.subject", action.getDisplayReference());
    }

    String chaseBody(AgreedAction action, String from, LocalDate today) {
        String due = action.getDue() == null ? BundleTexts.text("reminders.chase.noDue") : action.getDue().getLabel();
        String state = action.isOverdueOn(today) ? BundleTexts.text("reminders.chase.overdue") : "";
        return BundleTexts.text("reminders.chase.body", action.getOwnerLabel(), action.getDisplayReference(),
                action.getDescription(), due, state, AppLinks.absolute("/actions/view.xhtml?id=" + action.getId()), from);
    }
}
