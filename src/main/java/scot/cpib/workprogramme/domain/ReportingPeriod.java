package scot.cpib.workprogramme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.Texts;
import scot.cpib.shared.domain.VersionedEntity;

/** A span of time leads report progress on, and the meeting their updates go to. */
@Entity
@Table(name = "reporting_period")
public class ReportingPeriod extends VersionedEntity {

    public static final int TITLE_MAX = 200;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id")
    private WorkProgramme programme;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    // Lazy: each update's period read its meeting, one query per period (issue 13); only "my updates" shows it.
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "report_meeting_id")
    private Meeting reportMeeting;

    /** The day updates are due; none means the period's last day. */
    @Column(name = "deadline")
    private LocalDate deadline;

    protected ReportingPeriod() {
    }

    public ReportingPeriod(WorkProgramme programme, String title, LocalDate startsOn, LocalDate endsOn, Meeting reportMeeting) {
        if (programme == null) {
            throw new DomainException("workprogramme.period.programme.required", "programme");
        }
        this.programme = programme;
        change(title, startsOn, endsOn, reportMeeting);
    }

    public final void change(String newTitle, LocalDate newStart, LocalDate newEnd, Meeting newReportMeeting) {
        this.title = Texts.required(newTitle, TITLE_MAX, "workprogramme.period.title", "title");
        if (newEnd == null) {
            throw new DomainException("workprogramme.period.end.required", "endsOn");
        }
        if (newStart != null && newStart.isAfter(newEnd)) {
            throw new DomainException("workprogramme.period.end.beforeStart", "endsOn");
        }
        this.startsOn = newStart;
        this.endsOn = newEnd;
        this.reportMeeting = newReportMeeting;
    }

    /** Sets the day updates are due: not before the period starts; none means its last day. */
    public void dueBy(LocalDate newDeadline) {
        if (newDeadline != null && startsOn != null && newDeadline.isBefore(startsOn)) {
            throw new DomainException("workprogramme.period.deadline.beforeStart", "deadline");
        }
        this.deadline = newDeadline;
    }

    /** The day updates are due: the deadline, or the period's last day when none was set. */
    public LocalDate getDueDate() {
        return deadline == null ? endsOn : deadline;
    }

    /** Whether the day is after the due date, so a missing update can be recorded as not provided. */
    public boolean isPastDueOn(LocalDate day) {
        return day.isAfter(getDueDate());
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public boolean includes(LocalDate day) {
        return (startsOn == null || !day.isBefore(startsOn)) && !day.isAfter(endsOn);
    }

    public WorkProgramme getProgramme() {
        return programme;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Meeting getReportMeeting() {
        return reportMeeting;
    }
}
