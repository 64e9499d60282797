package scot.cpib.pack.application;

import scot.cpib.meeting.domain.Meeting;
import scot.cpib.pack.domain.PackFile;
import scot.cpib.pack.domain.PackIssue;
import scot.cpib.pack.domain.PackRecipient;
import scot.cpib.reporting.domain.DocumentFormats;
import scot.cpib.shared.application.AppLinks;
import scot.cpib.shared.application.OutgoingMail;

/** The e-mail telling a board member that a pack version is out, with links to the stored file and the pack page. */
final class PackMail {

    static final String PURPOSE = "pack-issued";

    private PackMail() {
    }

    static OutgoingMail to(PackRecipient recipient, PackIssue issue, PackFile file) {
        Meeting meeting = issue.getMeeting();
        String meetingName = DocumentFormats.meetingName(meeting);
        String day = DocumentFormats.date(meeting.getDate());
        StringBuilder text = new StringBuilder()
                .append(PackTexts.text("pack.mail.greeting", recipient.getPerson().getDisplayName())).append("\n\n")
                .append(PackTexts.text("pack.mail.issued", issue.getPackVersion(), meeting.getOrdinal(),
                        meeting.getBoard().getName(), day, DocumentFormats.timeRange(meeting.getStartTime(), meeting.getEndTime()),
                        place(meeting), file.getPageCount())).append("\n\n");
        if (issue.lastSupplement() > 0) {
            text.append(PackTexts.text("pack.mail.supplement", issue.lastSupplement(), issue.getPackVersion() - 1)).append("\n\n");
        }
        if (!recipient.isCleared() && issue.hasConfidentialPapers()) {
            text.append(PackTexts.text("pack.mail.withheld")).append("\n\n");
        }
        if (issue.getNote() != null) {
            text.append(PackTexts.text("pack.mail.note")).append('\n').append(issue.getNote()).append("\n\n");
        }
        text.append(PackTexts.text("pack.mail.download")).append('\n')
                .append(AppLinks.absolute(downloadPath(issue))).append("\n\n")
                .append(PackTexts.text("pack.mail.page")).append('\n')
                .append(AppLinks.absolute("/meetings/pack.xhtml?meeting=" + meeting.getId())).append("\n\n");
        if (!meeting.isHeld()) {
            text.append(PackTexts.text("pack.mail.reply")).append('\n')
                    .append(AppLinks.absolute(replyPath(meeting))).append("\n\n");
        }
        text.append(PackTexts.text("pack.mail.signature"));
        String subject = PackTexts.text("pack.mail.subject", meetingName, day, issue.getPackVersion());
        return OutgoingMail.to(recipient.getEmail(), subject, text.toString(), PURPOSE);
    }

    private static String place(Meeting meeting) {
        String place = DocumentFormats.place(meeting);
        return place.isBlank() ? PackTexts.text("pack.mail.venueUnknown") : place;
    }

    /** The signed-in page where a member says whether they are attending, sending apologies or a substitute. */
    static String replyPath(Meeting meeting) {
        return "/meetings/reply.xhtml?id=" + meeting.getId();
    }

    static String downloadPath(PackIssue issue) {
        return "/api/v1/meetings/" + issue.getMeeting().getId() + "/packs/" + issue.getPackVersion() + ".pdf";
    }
}
