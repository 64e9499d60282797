package scot.cpib.action.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A person's own choice of reminder e-mails about their actions: weekly (the default) or none. */
@Entity
@Table(name = "action_reminder_choice")
public class ReminderChoice {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(nullable = false)
    private boolean weekly;

    @Column(name = "chosen_at", nullable = false)
    private LocalDateTime chosenAt;

    @Column(name = "chosen_by", nullable = false, length = 100)
    private String chosenBy;

    protected ReminderChoice() {
    }

    public ReminderChoice(Long personId, boolean weekly, LocalDateTime at, String by) {
        this.personId = personId;
        choose(weekly, at, by);
    }

    public final void choose(boolean newWeekly, LocalDateTime at, String by) {
        this.weekly = newWeekly;
        this.chosenAt = at;
        this.chosenBy = by.length() > 100 ? by.substring(0, 100) : by;
    }

    public Long getPersonId() {
        return personId;
    }

    public boolean isWeekly() {
        return weekly;
    }

    public LocalDateTime getChosenAt() {
        return chosenAt;
    }
}
