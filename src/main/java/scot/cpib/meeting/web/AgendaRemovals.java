package scot.cpib.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import scot.cpib.shared.web.PageMessages;

/**
 * Removing from the agenda asks first: "Remove" only names what would go and offers "Yes, remove" and
 * "Cancel" in a panel above the agenda (plain buttons, so it works without JavaScript and by keyboard).
 */
@Named
@ViewScoped
public class AgendaRemovals implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AgendaPage agenda;

    @Inject
    private AgendaPapers papers;

    @Inject
    private PageFocus focus;

    private AgendaRow item;
    private AgendaRow.PaperRow paper;
    private String itemLabel;

    /** Asks before removing an item with its sub-items and papers. */
    public void askItem(AgendaRow row) {
        item = row;
        paper = null;
        focus.moveTo("agenda:confirmRemove");
    }

    /** Asks before removing one paper of an item. */
    public void askPaper(AgendaRow row, AgendaRow.PaperRow chosen) {
        item = null;
        paper = chosen;
        itemLabel = row.label();
        focus.moveTo("agenda:confirmRemove");
    }

    public void confirm() {
        if (item != null) {
            agenda.remove(item);
        } else if (paper != null) {
            papers.remove(paper);
        }
        cancel();
    }

    public void cancel() {
        item = null;
        paper = null;
        focus.moveTo("agendaHeading");
    }

    public boolean isAsking() {
        return item != null || paper != null;
    }

    /** "Remove item 5 “Budget” from the agenda? …" or "Remove the paper “…” from item 5?" */
    public String getQuestion() {
        if (item != null) {
            return PageMessages.text(item.papers().isEmpty() ? "agenda.remove.confirm" : "agenda.remove.confirmWithPapers",
                    item.label(), item.title(), item.papers().size());
        }
        return paper == null ? "" : PageMessages.text("paper.remove.confirm", paper.title(), itemLabel);
    }

    public String getConfirmLabel() {
        return item != null ? PageMessages.text("agenda.remove.yes", item.label()) : PageMessages.text("paper.remove.yes");
    }
}
