package scot.cpib.meeting.application;

import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.domain.DomainException;

/** The secretariat (or an admin) runs the meeting cycle; everyone else is refused. */
final class MeetingPermissions {

    private MeetingPermissions() {
    }

    static void requireSecretariat(CurrentUser user) {
        if (!user.isSecretariat()) {
            throw new DomainException("meeting.notAllowed");
        }
    }
}
