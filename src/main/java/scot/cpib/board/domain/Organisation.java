package scot.cpib.board.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import scot.cpib.shared.domain.Texts;
import scot.cpib.shared.domain.VersionedEntity;

/** A body represented on a board (Improvement Service, Audit Scotland …); it can own actions. */
@Entity
@Table(name = "organisation")
public class Organisation extends VersionedEntity {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "short_name", length = 40)
    private String shortName;

    @Column(length = 300)
    private String website;

    protected Organisation() {
    }

    public Organisation(String name, String shortName) {
        this.name = name;
        this.shortName = shortName;
    }

    /** Name, short name and website as typed, each checked. */
    public void describe(String newName, String newShortName, String newWebsite) {
        this.name = Texts.required(newName, 200, "organisation.name", "name");
        this.shortName = Texts.optional(newShortName, 40, "organisation.shortName", "shortName");
        this.website = Texts.optional(newWebsite, 300, "organisation.website", "website");
    }

    /** A new organisation as someone typed it: a name (at most 200 characters) and an optional short name (40). */
    public static Organisation typed(String name, String shortName) {
        return new Organisation(Texts.required(name, 200, "quickAdd.name", "name"),
                Texts.optional(shortName, 40, "quickAdd.shortName", "shortName"));
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    /** The short name where the board's papers use one ("IS"), else the full name. */
    public String getLabel() {
        return label(name, shortName);
    }

    /** {@link #getLabel()} from a name and a short name (optional), e.g. as read in a query's columns. */
    public static String label(String name, String shortName) {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }

    public String getWebsite() {
        return website;
    }
}
