package scot.cpib.board.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.stream.Stream;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.application.Actor;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;

/**
 * A person or organisation added by the secretariat while writing the minute or the attendance (the
 * quick add beside the owner field and on the attendance page), with a check that nobody already
 * answers to the name. The full records of people and organisations are kept on the admin pages.
 */
@ApplicationScoped
public class NewOwners {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Actor actor;

    @Inject
    private AuditTrail audit;

    @Inject
    private Owners owners;

    /**
     * Adds an organisation ("Convention of Scottish Local Authorities", short name "COSLA").
     *
     * @throws DuplicateOwnerException when a person, organisation or group already answers to the name or
     *         the short name (by the rule of {@code OwnerNames}: case and spacing do not count)
     */
    @Transactional
    public Organisation addOrganisation(String name, String shortName) {
        requireSecretariat();
        Organisation organisation = Organisation.typed(name, shortName);
        refuseDuplicate(true, organisation.getName(), organisation.getShortName());
        em.persist(organisation);
        audit.record(organisation, "created", organisation.getName()
                + (organisation.getShortName() == null ? "" : " (" + organisation.getShortName() + ")"));
        em.flush();
        return organisation;
    }

    /**
     * Adds a person, of an organisation or none.
     *
     * @throws DuplicateOwnerException when a person, organisation or group already answers to the name
     */
    @Transactional
    public Person addPerson(String fullName, Long organisationId) {
        requireSecretariat();
        Organisation organisation = null;
        if (organisationId != null) {
            organisation = Optional.ofNullable(em.find(Organisation.class, organisationId))
                    .orElseThrow(() -> new NotFoundException("Organisation", organisationId));
        }
        Person person = Person.typed(fullName, organisation);
        refuseDuplicate(false, person.getFullName());
        em.persist(person);
        audit.record(person, "created", person.getFullName()
                + (organisation == null ? "" : ", " + organisation.getName()));
        em.flush();
        return person;
    }

    private void refuseDuplicate(boolean organisation, String... names) {
        Optional<OwnerRef> existing = Stream.of(names).filter(n -> n != null)
                .map(owners::named).flatMap(Optional::stream).findFirst();
        if (existing.isEmpty()) {
            return;
        }
        OwnerRef found = existing.get();
        if (organisation && found.organisation() != null) {
            throw new DuplicateOwnerException("quickAdd.duplicate.organisation", found, found.getLabel());
        }
        if (!organisation && found.person() != null) {
            throw new DuplicateOwnerException("quickAdd.duplicate.person", found, found.getLabel());
        }
        throw new DuplicateOwnerException("quickAdd.duplicate.otherKind", found, names[0], found.getLabel());
    }

    private void requireSecretariat() {
        if (!actor.isSecretariat()) {
            throw new DomainException("quickAdd.notAllowed");
        }
    }
}
