package scot.cpib.board.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import scot.cpib.shared.domain.Texts;
import scot.cpib.shared.domain.VersionedEntity;

/** Someone who sits on, serves or presents to a board. */
@Entity
@Table(name = "person")
public class Person extends VersionedEntity {

    @Column(name = "full_name", nullable = false, length = 150)
    private String fullName;

    @Column(length = 40)
    private String title;

    @Column(length = 10)
    private String initials;

    @Column(name = "job_title", length = 200)
    private String jobTitle;

    @Column(length = 254)
    private String email;

    @ManyToOne
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    protected Person() {
    }

    public Person(String fullName, Organisation organisation) {
        this.fullName = fullName;
        this.organisation = organisation;
    }

    /** A new person as someone typed them: a full name (at most 150 characters), of an organisation or none. */
    public static Person typed(String fullName, Organisation organisation) {
        return new Person(Texts.required(fullName, 150, "quickAdd.name", "name"), organisation);
    }

    public String getFullName() {
        return fullName;
    }

    public String getTitle() {
        return title;
    }

    /** The name as a minute writes it: "ACC Malcolm Graham". */
    public String getDisplayName() {
        return title == null || title.isBlank() ? fullName : title + " " + fullName;
    }

    public String getInitials() {
        return initials;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getEmail() {
        return email;
    }

    public Organisation getOrganisation() {
        return organisation;
    }
}
