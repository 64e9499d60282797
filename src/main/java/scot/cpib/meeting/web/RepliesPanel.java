package scot.cpib.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import scot.cpib.board.application.Directory;
import scot.cpib.meeting.application.AttendanceReplies;
import scot.cpib.meeting.application.QuorumSummary;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.PageMessages;

/**
 * The secretariat's view of members' replies before a meeting and the quorum they add up to, on the
 * attendance page and the home page, with the board's quorum rule to set or change.
 */
@Named
@ViewScoped
public class RepliesPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AttendanceReplies replies;

    @Inject
    private transient Directory directory;

    @Inject
    private transient PageMessages messages;

    private transient Map<Long, QuorumSummary> summaries;
    private String quorum;
    private Long boardVersion;

    /** The replies and quorum of the meeting (loaded once per request). */
    public QuorumSummary summaryOf(Long meetingId) {
        if (summaries == null) {
            summaries = new HashMap<>();
        }
        return summaries.computeIfAbsent(meetingId, replies::quorum);
    }

    public String getQuorum() {
        if (boardVersion == null) {
            var board = directory.board();
            boardVersion = board.getVersion();
            quorum = board.getQuorumMembers().isPresent() ? String.valueOf(board.getQuorumMembers().getAsInt()) : "";
        }
        return quorum;
    }

    public void setQuorum(String quorum) {
        this.quorum = quorum;
    }

    /** Saves the board's quorum rule; the page stays, with the attendance choices as they were. */
    public void saveQuorum() {
        getQuorum();
        Integer members;
        try {
            members = quorum == null || quorum.isBlank() ? null : Integer.valueOf(quorum.strip());
        } catch (NumberFormatException e) {
            messages.error("quorumForm:quorum", "board.quorum.notNumber");
            return;
        }
        try {
            replies.setQuorumRule(members, boardVersion);
            boardVersion = directory.board().getVersion();
            summaries = null;
            messages.info("replies.quorumSaved");
        } catch (ConcurrentEditException e) {
            boardVersion = directory.board().getVersion();
            String theirs = e.theirs(String.class);
            messages.error("quorumForm:quorum", "board.quorum.conflict",
                    theirs.isEmpty() ? PageMessages.text("board.quorum.none") : theirs);
        } catch (DomainException e) {
            messages.error(e, "quorumForm");
        }
    }
}
