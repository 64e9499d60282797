package scot.cpib.annualreport.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import scot.cpib.annualreport.application.AnnualReports;
import scot.cpib.annualreport.application.ReportReviews;
import scot.cpib.annualreport.application.ReportVersions;
import scot.cpib.annualreport.domain.AnnualReport;
import scot.cpib.annualreport.domain.ReviewRound;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.NotFoundPage;
import scot.cpib.shared.web.PageMessages;

/**
 * Compares two versions of a report section by section (a GET form: the address says which). By default the
 * last round sent with the report as it stands now, or the first round with the second.
 */
@Named
@RequestScoped
public class ComparePage {

    @Inject
    private AnnualReports reports;

    @Inject
    private ReportReviews reviews;

    @Inject
    private ReportVersions versions;

    @Inject
    private PageMessages messages;

    private Long id;
    private String from;
    private String to;
    private List<ReportVersions.SectionComparison> sections;

    public void load() throws IOException {
        if (getReport() == null) {
            NotFoundPage.send(FacesContext.getCurrentInstance());
            return;
        }
        List<ReviewRound> rounds = getRounds();
        if (rounds.isEmpty()) {
            sections = List.of();
            return;
        }
        int fromNumber = number(from, rounds.get(rounds.size() - 1).getNumber());
        int toNumber = number(to, 0);
        from = Integer.toString(fromNumber);
        to = Integer.toString(toNumber);
        try {
            sections = versions.compare(id, fromNumber, toNumber);
        } catch (DomainException e) {
            messages.error(null, e.getMessageKey(), e.getArguments());
            sections = List.of();
        }
    }

    /** A round number as given, or the default when it is missing or not a number. */
    private static int number(String text, int otherwise) {
        try {
            return text == null || text.isBlank() ? otherwise : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    public AnnualReport getReport() {
        return reports.find(id).orElse(null);
    }

    public List<ReviewRound> getRounds() {
        return getReport() == null ? List.of() : reviews.rounds(id);
    }

    public List<ReportVersions.SectionComparison> getSections() {
        return sections == null ? List.of() : sections;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
