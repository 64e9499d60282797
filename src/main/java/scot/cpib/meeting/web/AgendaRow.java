package scot.cpib.meeting.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.AgendaPurpose;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.Paper;
import scot.cpib.meeting.domain.StandingKind;

/** One line of the agenda builder, read once per request so the buttons of each row stay stable. */
public record AgendaRow(Long id, long version, String label, String title, AgendaPurpose purpose, String presenter,
                        Long presenterId, StandingKind standingKind, boolean confidential, boolean sub,
                        boolean first, boolean last, List<PaperRow> papers) implements Serializable {

    /** A paper as the builder lists it. */
    public record PaperRow(Long id, String title, String fileName, String size, boolean confidential)
            implements Serializable {
    }

    static List<AgendaRow> of(Meeting meeting) {
        List<AgendaRow> rows = new ArrayList<>();
        List<AgendaItem> agenda = meeting.getAgenda();
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItem item = agenda.get(i);
            rows.add(row(item, i == 0, i == agenda.size() - 1));
            List<AgendaItem> subs = item.getSubItems();
            for (int j = 0; j < subs.size(); j++) {
                rows.add(row(subs.get(j), j == 0, j == subs.size() - 1));
            }
        }
        return rows;
    }

    private static AgendaRow row(AgendaItem item, boolean first, boolean last) {
        List<PaperRow> papers = new ArrayList<>();
        for (Paper paper : item.getPapers()) {
            if (paper.isUploaded()) {
                papers.add(new PaperRow(paper.getId(), paper.getTitle(), paper.getFileName(),
                        PaperSizes.label(paper.getSizeBytes()), paper.isConfidential()));
            }
        }
        return new AgendaRow(item.getId(), item.getVersion(), item.getLabel(), item.getTitle(), item.getPurpose(),
                item.getPresenter() == null ? null : item.getPresenter().getDisplayName(),
                item.getPresenter() == null ? null : item.getPresenter().getId(), item.getStandingKind(),
                item.isConfidential(), item.getParent() != null, first, last, List.copyOf(papers));
    }

    /** The number and title, as buttons name the item they act on: "4ii Revised Name and Purpose". */
    public String getName() {
        return label + " " + title;
    }
}
