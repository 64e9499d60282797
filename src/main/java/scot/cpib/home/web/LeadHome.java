package scot.cpib.home.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import scot.cpib.home.application.LeadOverview;
import scot.cpib.home.application.LeadOverview.LeadCard;
import scot.cpib.home.application.LeadOverview.LeadWorkstream;
import scot.cpib.home.application.PeriodLine;
import scot.cpib.shared.application.BoardClock;

/** A lead's part of the home page: their workstreams and this period's updates ({@link LeadOverview}). */
@Named
@RequestScoped
public class LeadHome {

    @Inject
    private LeadOverview overviews;

    @Inject
    private BoardClock clock;

    private LeadCard card;

    private LeadCard card() {
        if (card == null) {
            card = overviews.on(clock.today());
        }
        return card;
    }

    /** The period whose updates are due, or null. */
    public PeriodLine getPeriod() {
        return card().period();
    }

    public List<LeadWorkstream> getWorkstreams() {
        return card().workstreams();
    }
}
