package scot.cpib.action.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerGroup;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.domain.DomainException;

/**
 * Every possible action owner for pickers (groups, organisations, people), and turning what a
 * person typed or chose — a name, an organisation's short name or a key — back into an owner.
 */
@ApplicationScoped
public class OwnerChoices {

    @PersistenceContext
    private EntityManager em;

    /** Groups first, then organisations, then people, each by name. */
    public List<OwnerRef> all() {
        List<OwnerRef> all = new ArrayList<>();
        em.createQuery("SELECT g FROM OwnerGroup g ORDER BY g.name", OwnerGroup.class)
                .getResultList().forEach(g -> all.add(OwnerRef.of(g)));
        em.createQuery("SELECT o FROM Organisation o ORDER BY o.name", Organisation.class)
                .getResultList().forEach(o -> all.add(OwnerRef.of(o)));
        em.createQuery("SELECT p FROM Person p ORDER BY p.fullName", Person.class)
                .getResultList().forEach(p -> all.add(OwnerRef.of(p)));
        return all;
    }

    /**
     * The owner whose label, full name or key is the text (ignoring case); an empty text is no owner.
     *
     * @throws DomainException on the field "owner" when nobody matches
     */
    public Optional<OwnerRef> resolve(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String wanted = typed.strip().toLowerCase(Locale.UK);
        for (OwnerRef ref : all()) {
            if (wanted.equals(ref.getKey()) || wanted.equals(ref.getLabel().toLowerCase(Locale.UK))
                    || wanted.equals(fullName(ref).toLowerCase(Locale.UK))) {
                return Optional.of(ref);
            }
        }
        throw new DomainException("action.owner.unknown", "owner", typed.strip());
    }

    /** The filter matching actions owned by exactly this owner. */
    public static OwnerFilter filterFor(OwnerRef ref) {
        return OwnerFilter.ofKey(ref.getKey());
    }

    private static String fullName(OwnerRef ref) {
        if (ref.person() != null) {
            return ref.person().getFullName();
        }
        return ref.organisation() != null ? ref.organisation().getName() : ref.group().getName();
    }
}
