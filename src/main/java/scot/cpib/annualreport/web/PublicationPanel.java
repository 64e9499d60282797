package scot.cpib.annualreport.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import scot.cpib.annualreport.application.ReportPublication;
import scot.cpib.minutes.domain.MinuteEntry;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.UkDates;
import scot.cpib.shared.web.PageMessages;

/** The secretariat records the board's approval against a decision in a meeting's minute, then publishes the report. */
@Named
@ViewScoped
public class PublicationPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ReportPublication publication;

    @Inject
    private transient PageMessages messages;

    @Inject
    private ReportPage page;

    private Long decision;
    private transient List<MinuteEntry> decisions;

    public List<MinuteEntry> getDecisions() {
        if (decisions == null) {
            decisions = publication.decisions();
        }
        return decisions;
    }

    /** "15th meeting, 28 November 2018, item 3: The board agreed …" (the decision cut to a line). */
    public String label(MinuteEntry entry) {
        String recorded = entry.getDecisions() == null || entry.getDecisions().isBlank() ? entry.getNarrative() : entry.getDecisions();
        String text = recorded.strip().replaceAll("\\s+", " ");
        if (text.length() > 90) {
            text = text.substring(0, 89) + "…";
        }
        return PageMessages.text("approve.decision.option", entry.getAgendaItem().getMeeting().getOrdinal(),
                UkDates.date(entry.getAgendaItem().getMeeting().getDate()),
                entry.getAgendaItem().getLabel(), text);
    }

    public String approve() {
        try {
            publication.approve(page.getId(), page.getVersion(), decision);
            messages.info("approve.saved");
            return "/reports/view?faces-redirect=true&id=" + page.getId();
        } catch (ConcurrentEditException e) {
            page.reloadVersion();
            messages.conflict(null);
        } catch (DomainException e) {
            messages.error(e, "approval");
        }
        return null;
    }

    public String publish() {
        try {
            publication.publish(page.getId(), page.getVersion());
            messages.info("publish.saved");
            return "/reports/view?faces-redirect=true&id=" + page.getId();
        } catch (ConcurrentEditException e) {
            page.reloadVersion();
            messages.conflict(null);
        } catch (DomainException e) {
            messages.error(e, "publication");
        }
        return null;
    }

    public Long getDecision() {
        return decision;
    }

    public void setDecision(Long decision) {
        this.decision = decision;
    }
}
