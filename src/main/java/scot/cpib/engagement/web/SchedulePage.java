package scot.cpib.engagement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import scot.cpib.engagement.application.EngagementStrategies;
import scot.cpib.engagement.domain.EngagementDate;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.PageMessages;

/** The secretariat adds an event or opportunity, on a day or in a month, to the forward schedule. */
@Named
@ViewScoped
public class SchedulePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient EngagementStrategies strategies;

    @Inject
    private transient PageMessages messages;

    private DatePrecisionChoice precision = DatePrecisionChoice.MONTH;
    private LocalDate day;
    private Integer month;
    private Integer year;
    private String title;
    private String description;
    private List<Long> groupIds = new ArrayList<>();

    public String save() {
        try {
            strategies.schedule(date(), title, description, groupIds);
            messages.info("engagement.event.saved", title == null ? "" : title.strip());
            return "/engagement/strategy?faces-redirect=true";
        } catch (DomainException e) {
            String field = "date".equals(e.getField()) ? (precision == DatePrecisionChoice.DAY ? "day" : "month") : e.getField();
            messages.error(new DomainException(e.getMessageKey(), field, e.getArguments()), "event");
            return null;
        }
    }

    private EngagementDate date() {
        if (precision == DatePrecisionChoice.DAY) {
            return day == null ? null : EngagementDate.onDay(day);
        }
        if (month == null && year == null) {
            return null;
        }
        if (month == null || year == null) {
            throw new DomainException("engagement.event.monthMissing", month == null ? "month" : "year");
        }
        return EngagementDate.inMonth(YearMonth.of(year, month));
    }

    public DatePrecisionChoice getPrecision() {
        return precision;
    }

    public void setPrecision(DatePrecisionChoice precision) {
        this.precision = precision;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public Integer getMonth() {
        return month;
    }

    public void setMonth(Integer month) {
        this.month = month;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<Long> getGroupIds() {
        return groupIds;
    }

    public void setGroupIds(List<Long> groupIds) {
        this.groupIds = groupIds;
    }
}
