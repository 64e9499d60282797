package scot.cpib.engagement.web;

import java.io.Serializable;
import scot.cpib.shared.domain.PartialDate;

/** One follow-up action row of the engagement form: what, owners typed as in the minute, due day or month (or none). */
public class FollowUpRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String description;
    private String owners;
    private PartialDate due;

    /** A row left wholly empty is no action. */
    boolean isBlank() {
        return (description == null || description.isBlank()) && (owners == null || owners.isBlank());
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOwners() {
        return owners;
    }

    public void setOwners(String owners) {
        this.owners = owners;
    }

    public PartialDate getDue() {
        return due;
    }

    public void setDue(PartialDate due) {
        this.due = due;
    }
}
