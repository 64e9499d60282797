package scot.cpib.board.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import scot.cpib.board.domain.OwnerNames;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.application.Actor;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.application.Versions;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;

/**
 * People and organisations kept by the secretariat and admins: added with a check that nobody of the
 * same name or e-mail address (or no organisation of the same name) is there already, edited with the
 * version the form was opened at, and removed only while nothing in the board record refers to them.
 */
@ApplicationScoped
public class PeopleRegister {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Actor actor;

    @Inject
    private AuditTrail audit;

    @Inject
    private Removals removals;

    public List<Person> people() {
        return em.createQuery("SELECT p FROM Person p ORDER BY p.fullName", Person.class).getResultList();
    }

    public List<Organisation> organisations() {
        return em.createQuery("SELECT o FROM Organisation o ORDER BY o.name", Organisation.class).getResultList();
    }

    /**
     * One page of the people register, by name, filtered by text in the name, e-mail address or
     * organisation (any case): two statements however many people there are.
     */
    public ListPage<PersonSummary> listPeople(String text, int page, int size) {
        String where = " FROM Person p LEFT JOIN p.organisation o" + (blank(text) ? "" : " WHERE LOWER(p.fullName) LIKE :t"
                + " OR LOWER(p.email) LIKE :t OR LOWER(o.name) LIKE :t OR LOWER(o.shortName) LIKE :t");
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p)" + where, Long.class);
        TypedQuery<Object[]> rows = em.createQuery("SELECT " + PersonSummary.COLUMNS + where + " ORDER BY p.fullName, p.id", Object[].class);
        if (!blank(text)) {
            count.setParameter("t", containing(text));
            rows.setParameter("t", containing(text));
        }
        int number = ListPage.within(page, size);
        List<PersonSummary> items = rows.setFirstResult(number * size).setMaxResults(size).getResultList().stream()
                .map(PersonSummary::of).toList();
        return new ListPage<>(items, count.getSingleResult(), number, size);
    }

    /** The first people (at most {@code most}) whose name contains the text, by name: one statement. */
    public List<PersonSummary> findPeople(String text, int most) {
        if (blank(text)) {
            return List.of();
        }
        return em.createQuery("SELECT " + PersonSummary.COLUMNS + " FROM Person p LEFT JOIN p.organisation o"
                        + " WHERE LOWER(p.fullName) LIKE :t ORDER BY p.fullName, p.id", Object[].class)
                .setParameter("t", containing(text)).setMaxResults(most).getResultList().stream()
                .map(PersonSummary::of).toList();
    }

    /** One page of the organisations, by name, filtered by text in the name or short name: two statements. */
    public ListPage<Organisation> listOrganisations(String text, int page, int size) {
        String where = " FROM Organisation o" + (blank(text) ? "" : " WHERE LOWER(o.name) LIKE :t OR LOWER(o.shortName) LIKE :t");
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(o)" + where, Long.class);
        TypedQuery<Organisation> rows = em.createQuery("SELECT o" + where + " ORDER BY o.name, o.id", Organisation.class);
        if (!blank(text)) {
            count.setParameter("t", containing(text));
            rows.setParameter("t", containing(text));
        }
        int number = ListPage.within(page, size);
        List<Organisation> items = rows.setFirstResult(number * size).setMaxResults(size).getResultList();
        return new ListPage<>(items, count.getSingleResult(), number, size);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String containing(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
    }

    public Optional<Person> findPerson(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Person.class, id));
    }

    public Person getPerson(long id) {
        return findPerson(id).orElseThrow(() -> new NotFoundException("Person", id));
    }

    public Optional<Organisation> findOrganisation(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Organisation.class, id));
    }

    public Organisation getOrganisation(long id) {
        return findOrganisation(id).orElseThrow(() -> new NotFoundException("Organisation", id));
    }

    @Transactional
    public Person addPerson(PersonDetails details) {
        requireSecretariat();
        Person person = Person.named(details.fullName(), details.title(), details.jobTitle(), details.email(),
                organisationOrNone(details.organisationId()));
        refuseDuplicate(person);
        em.persist(person);
        em.flush();
        audit.record(person, "created", "Person " + person.getFullName() + " added");
        return person;
    }

    @Transactional
    public void editPerson(long id, long version, PersonDetails details) {
        requireSecretariat();
        Person person = getPerson(id);
        Versions.require(person, version, () -> PersonDetails.of(person));
        PersonDetails before = PersonDetails.of(person);
        person.describe(details.fullName(), details.title(), details.jobTitle(), details.email(),
                organisationOrNone(details.organisationId()));
        refuseDuplicate(person);
        PersonDetails after = PersonDetails.of(person);
        change(person, "fullName", before.fullName(), after.fullName());
        change(person, "title", before.title(), after.title());
        change(person, "jobTitle", before.jobTitle(), after.jobTitle());
        change(person, "email", before.email(), after.email());
        change(person, "organisation", before.organisationId(), after.organisationId());
    }

    /** Removes a person nobody refers to (added by mistake); otherwise says what refers to them. */
    public void removePerson(long id) {
        requireSecretariat();
        Person person = getPerson(id);
        long seats = count("SELECT COUNT(m) FROM Membership m WHERE m.person = :x", person);
        if (seats > 0) {
            throw new DomainException("person.inUse.memberships", null, person.getFullName(), seats);
        }
        long accounts = count("SELECT COUNT(u) FROM AppUser u WHERE u.person = :x", person);
        if (accounts > 0) {
            throw new DomainException("person.inUse.account", null, person.getFullName());
        }
        removeOrExplain(Person.class, id, "person.inUse.record", person.getFullName());
    }

    @Transactional
    public Organisation addOrganisation(OrganisationDetails details) {
        requireSecretariat();
        Organisation organisation = new Organisation(details.name(), details.shortName());
        organisation.describe(details.name(), details.shortName(), details.website());
        refuseDuplicate(organisation);
        em.persist(organisation);
        em.flush();
        audit.record(organisation, "created", "Organisation " + organisation.getName() + " added");
        return organisation;
    }

    @Transactional
    public void editOrganisation(long id, long version, OrganisationDetails details) {
        requireSecretariat();
        Organisation organisation = getOrganisation(id);
        Versions.require(organisation, version, () -> OrganisationDetails.of(organisation));
        OrganisationDetails before = OrganisationDetails.of(organisation);
        organisation.describe(details.name(), details.shortName(), details.website());
        refuseDuplicate(organisation);
        change(organisation, "name", before.name(), organisation.getName());
        change(organisation, "shortName", before.shortName(), organisation.getShortName());
        change(organisation, "website", before.website(), organisation.getWebsite());
    }

    /** Removes an organisation nothing refers to; otherwise says what refers to it. */
    public void removeOrganisation(long id) {
        requireSecretariat();
        Organisation organisation = getOrganisation(id);
        long people = count("SELECT COUNT(p) FROM Person p WHERE p.organisation = :x", organisation);
        if (people > 0) {
            throw new DomainException("organisation.inUse.people", null, organisation.getName(), people);
        }
        long seats = count("SELECT COUNT(m) FROM Membership m WHERE m.organisation = :x", organisation);
        if (seats > 0) {
            throw new DomainException("organisation.inUse.memberships", null, organisation.getName(), seats);
        }
        removeOrExplain(Organisation.class, id, "organisation.inUse.record", organisation.getName());
    }

    private void removeOrExplain(Class<? extends scot.cpib.shared.domain.BaseEntity> type, long id, String key, String name) {
        try {
            removals.remove(type, id, type.getSimpleName() + " " + name + " removed");
        } catch (RuntimeException referredToElsewhere) {
            throw new DomainException(key, null, name);
        }
    }

    private long count(String jpql, Object subject) {
        return em.createQuery(jpql, Long.class).setParameter("x", subject).getSingleResult();
    }

    private void refuseDuplicate(Person person) {
        for (Person other : people()) {
            if (other.equals(person)) {
                continue;
            }
            if (OwnerNames.same(person.getFullName(), other.getFullName())) {
                throw new DomainException("person.duplicate.name", "fullName", other.getDisplayName(),
                        other.getOrganisation() == null ? "" : " (" + other.getOrganisation().getLabel() + ")");
            }
            if (person.getEmail() != null && other.getEmail() != null
                    && person.getEmail().toLowerCase(Locale.ROOT).equals(other.getEmail().toLowerCase(Locale.ROOT))) {
                throw new DomainException("person.duplicate.email", "email", person.getEmail(), other.getDisplayName());
            }
        }
    }

    private void refuseDuplicate(Organisation organisation) {
        for (Organisation other : organisations()) {
            if (other.equals(organisation)) {
                continue;
            }
            if (OwnerNames.same(organisation.getName(), other.getName())
                    || OwnerNames.same(organisation.getName(), other.getShortName())) {
                throw new DomainException("organisation.duplicate.name", "name", other.getName());
            }
            if (organisation.getShortName() != null && (OwnerNames.same(organisation.getShortName(), other.getShortName())
                    || OwnerNames.same(organisation.getShortName(), other.getName()))) {
                throw new DomainException("organisation.duplicate.shortName", "shortName", other.getName());
            }
        }
    }

    private Organisation organisationOrNone(Long id) {
        return id == null ? null : getOrganisation(id);
    }

    private void change(scot.cpib.shared.domain.BaseEntity entity, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            audit.change(entity, field, before, after, entity.getClass().getSimpleName() + " " + field + " changed");
        }
    }

    void requireSecretariat() {
        if (!actor.isSecretariat()) {
            throw new NotFoundException("People register", actor.getUsername());
        }
    }
}
