package scot.cpib.board.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The part a person plays on a board. The chair, vice-chair and secretariat can be named as an owner by
 * the role ("Chair"), which stands for whoever holds it on the meeting's day.
 */
public enum MembershipRole {
    CHAIR, VICE_CHAIR, MEMBER, ADVISER, SECRETARIAT, OBSERVER;

    /** The role as the board's papers write it ("Chair", "Vice-chair"), from {@code membership.role.*}. */
    public String getTitle() {
        return names().get(0);
    }

    /** Whether an owner can be written as this role and resolved to its holder on a day. */
    public boolean isOwnerRole() {
        return this == CHAIR || this == VICE_CHAIR || this == SECRETARIAT;
    }

    /**
     * The owner role a person wrote ("chair", "Vice chair"), by the rule of {@link OwnerNames}; empty for
     * anything else.
     */
    public static Optional<MembershipRole> ownerRoleNamed(String written) {
        return Arrays.stream(values()).filter(MembershipRole::isOwnerRole)
                .filter(role -> role.names().stream().anyMatch(name -> OwnerNames.same(written, name)))
                .findFirst();
    }

    /** The title first, then other spellings, "|" between them in the bundle. */
    private List<String> names() {
        String written = ResourceBundle.getBundle("i18n.messages", Locale.UK).getString("membership.role." + name());
        return Arrays.stream(written.split("\\|")).map(String::strip).toList();
    }
}
