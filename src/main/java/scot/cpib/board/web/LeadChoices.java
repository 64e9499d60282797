package scot.cpib.board.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import scot.cpib.board.application.Directory;
import scot.cpib.board.application.Owners;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.shared.application.BoardClock;

/**
 * What a lead field offers (a workstream's leads, an engagement plan's delivery leads): the same
 * vocabulary as the minute editor's owner field ({@link Owners#choicesOn}), on today rather than a
 * meeting's day, since a lead's role is resolved on the day the leads are saved (decision 77).
 * Shown by {@code /WEB-INF/includes/lead-choices.xhtml} as the datalist {@code leadChoices}.
 */
@Named
@RequestScoped
public class LeadChoices {

    @Inject
    private Owners owners;

    @Inject
    private Directory directory;

    @Inject
    private BoardClock clock;

    private List<OwnerRef> today;

    /** "Chair (Steve Grimmond)", …, then the board's groups, organisations and people today. */
    public List<OwnerRef> getToday() {
        if (today == null) {
            today = owners.choicesOn(directory.boardId(), clock.today()); // the board's id is kept: the board is not read
        }
        return today;
    }
}
