package scot.cpib.security.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.VersionedEntity;

/** A sign-in account, linked to the person it belongs to; the password is kept only as a PBKDF2 hash. */
@Entity
@Table(name = "app_user")
public class AppUser extends VersionedEntity {

    @Column(nullable = false, length = 60)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @ManyToOne
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(nullable = false)
    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<Role> roles = new HashSet<>();

    protected AppUser() {
    }

    public AppUser(String username, String passwordHash, Person person, Set<Role> roles) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.person = person;
        this.roles = roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
    }

    /** Stored instead of a hash for an account whose person has not chosen a password yet: matches nothing. */
    public static final String NO_PASSWORD = "none";

    /**
     * A new account made by an admin for a person: no password until they follow their first sign-in
     * link; at least one role; the user name 3 to 60 letters, digits, dots, hyphens or underscores.
     */
    public static AppUser forPerson(String username, Person person, Set<Role> roles) {
        String name = username == null ? "" : username.strip();
        if (name.isEmpty()) {
            throw new DomainException("account.username.required", "username");
        }
        if (!name.matches("[A-Za-z0-9._-]{3,60}")) {
            throw new DomainException("account.username.invalid", "username");
        }
        if (person == null) {
            throw new DomainException("account.person.required", "person");
        }
        AppUser user = new AppUser(name, NO_PASSWORD, person, Set.of());
        user.grant(roles);
        return user;
    }

    /** The account's roles from now on: at least one. */
    public void grant(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new DomainException("account.roles.required", "roles");
        }
        this.roles = EnumSet.copyOf(newRoles);
    }

    /** The account can no longer sign in; it and its history stay. */
    public void deactivate() {
        if (!enabled) {
            throw new DomainException("account.deactivated.already");
        }
        this.enabled = false;
    }

    public void reactivate() {
        if (enabled) {
            throw new DomainException("account.active.already");
        }
        this.enabled = true;
    }

    /** Whether a password has been chosen (an account made by an admin has none until its first sign-in link is used). */
    public boolean hasPassword() {
        return !NO_PASSWORD.equals(passwordHash);
    }

    /**
     * A new password chosen by the account's owner: it must meet the {@link PasswordPolicy} (the
     * broken rule is shown next to the field {@code newPassword}); only its hash is kept.
     */
    public void changePassword(String newPassword, UnaryOperator<String> hashing) {
        PasswordPolicy.require(newPassword, username, "newPassword");
        this.passwordHash = hashing.apply(newPassword);
    }

    /** The same password hashed again with today's parameters (a new salt, more iterations). */
    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Person getPerson() {
        return person;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }
}
