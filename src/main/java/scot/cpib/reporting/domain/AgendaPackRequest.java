package scot.cpib.reporting.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.InterestDeclaration;
import scot.cpib.meeting.domain.Meeting;

/**
 * Everything one reader's agenda pack is made from.
 *
 * @param meeting the meeting the pack is for
 * @param previousMinute the previous meeting's minute, or null for a board's first meeting
 * @param outstanding open actions from earlier meetings, as at the issue date (the matters-arising paper)
 * @param issueDate the date the pack is issued; matters arising are "as at" this date
 * @param papers the papers in agenda order; supplements (late papers) carry their supplement number
 * @param clearedForConfidential whether this reader may see confidential papers
 * @param version the pack's version: 1 when first issued, one more for each supplement; 0 ({@link #DRAFT}) for the draft preview
 * @param mattersAsAt the day the matters-arising paper is "as at": the first version's issue date,
 *        so a later version with a supplement repeats the earlier pages as they were
 * @param declarations the interests members have declared on the items, for the secretariat's copy
 *        only (printed beside each item of the agenda); empty in every other reader's copy
 */
public record AgendaPackRequest(Meeting meeting, PreviousMinute previousMinute, List<AgreedAction> outstanding,
        LocalDate issueDate, List<PackPaper> papers, boolean clearedForConfidential, int version, LocalDate mattersAsAt,
        List<InterestDeclaration> declarations) {

    /** The version number of the draft preview, which is never issued. */
    public static final int DRAFT = 0;

    public AgendaPackRequest {
        Objects.requireNonNull(meeting);
        Objects.requireNonNull(issueDate);
        Objects.requireNonNull(mattersAsAt);
        outstanding = List.copyOf(outstanding);
        papers = List.copyOf(papers);
        declarations = List.copyOf(declarations);
        for (PackPaper paper : papers) {
            if (!paper.item().getMeeting().equals(meeting)) {
                throw new IllegalArgumentException("paper \"" + paper.title() + "\" is for another meeting's agenda");
            }
        }
        if (version < DRAFT) {
            throw new IllegalArgumentException("pack version starts at 1 (0 is the draft preview)");
        }
    }

    /** A pack without declarations of interest: every copy but the secretariat's. */
    public AgendaPackRequest(Meeting meeting, PreviousMinute previousMinute, List<AgreedAction> outstanding,
            LocalDate issueDate, List<PackPaper> papers, boolean clearedForConfidential, int version, LocalDate mattersAsAt) {
        this(meeting, previousMinute, outstanding, issueDate, papers, clearedForConfidential, version, mattersAsAt, List.of());
    }

    /** A pack whose matters arising are as at its own issue date. */
    public AgendaPackRequest(Meeting meeting, PreviousMinute previousMinute, List<AgreedAction> outstanding,
            LocalDate issueDate, List<PackPaper> papers, boolean clearedForConfidential, int version) {
        this(meeting, previousMinute, outstanding, issueDate, papers, clearedForConfidential, version, issueDate);
    }

    /** The same pack for the secretariat: with the interests declared on its items. */
    public AgendaPackRequest withDeclarations(List<InterestDeclaration> declared) {
        return new AgendaPackRequest(meeting, previousMinute, outstanding, issueDate, papers, clearedForConfidential, version,
                mattersAsAt, declared);
    }

    /** The interests declared on one item, in this copy. */
    public List<InterestDeclaration> declarationsOn(AgendaItem item) {
        return declarations.stream().filter(d -> d.getAgendaItem().equals(item)).toList();
    }

    /** A draft preview of the pack as it stands, not an issued version. */
    public boolean isDraft() {
        return version == DRAFT;
    }

    /** The papers this reader gets: confidential ones only when cleared. */
    public List<PackPaper> papersForReader() {
        return papers.stream().filter(p -> clearedForConfidential || !p.restricted()).toList();
    }

    /** The highest supplement number among the papers (0 when there are none). */
    public int lastSupplement() {
        return papers.stream().mapToInt(PackPaper::supplement).max().orElse(0);
    }
}
