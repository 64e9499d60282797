package scot.cpib.board.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.regex.Pattern;
import scot.cpib.shared.domain.DomainException;
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

    @Enumerated(EnumType.STRING)
    @Column(name = "reminder_frequency", nullable = false, length = 10)
    private ReminderFrequency reminderFrequency = ReminderFrequency.WEEKLY;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    protected Person() {
    }

    /** A person as the admin or secretariat types them; the rules of {@link #describe} apply. */
    public static Person named(String fullName, String title, String jobTitle, String email, Organisation organisation) {
        Person person = new Person();
        person.describe(fullName, title, jobTitle, email, organisation);
        return person;
    }

    /** Name, title, job title, e-mail address and organisation, each checked (the field is named on a broken rule). */
    public void describe(String newFullName, String newTitle, String newJobTitle, String newEmail, Organisation newOrganisation) {
        this.fullName = Texts.required(newFullName, 150, "person.fullName", "fullName");
        this.title = Texts.optional(newTitle, 40, "person.title", "title");
        this.jobTitle = Texts.optional(newJobTitle, 200, "person.jobTitle", "jobTitle");
        changeEmail(newEmail);
        this.organisation = newOrganisation;
    }

    /** A new e-mail address (or none): it must look like one. */
    public void changeEmail(String newEmail) {
        String address = Texts.optional(newEmail, 254, "person.email", "email");
        if (address != null && !EMAIL.matcher(address).matches()) {
            throw new DomainException("person.email.invalid", "email", address);
        }
        this.email = address;
    }

    /** Whether this person gets the action reminder digest (weekly) or none. */
    public ReminderFrequency getReminderFrequency() {
        return reminderFrequency == null ? ReminderFrequency.WEEKLY : reminderFrequency;
    }

    public void chooseReminders(ReminderFrequency frequency) {
        this.reminderFrequency = frequency == null ? ReminderFrequency.WEEKLY : frequency;
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
        return displayName(title, fullName);
    }

    /** The name as a minute writes it from a title (optional) and a full name, e.g. as read in a query's columns. */
    public static String displayName(String title, String fullName) {
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
