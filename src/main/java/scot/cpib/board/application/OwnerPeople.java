package scot.cpib.board.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.Membership;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;

/**
 * The people an owner stands for on a day, for anything sent to owners: a person is themselves; an
 * organisation, the board members who sit for it that day (the membership's organisation, else the
 * person's own); a group, its members. An owner of any other kind stands for nobody here.
 */
@ApplicationScoped
public class OwnerPeople {

    @Inject
    private Directory directory;

    /** The people each of these owners stands for on the day, each once, in owner order. */
    public List<Person> of(List<OwnerRef> owners, Board board, LocalDate day) {
        List<Membership> members = directory.membersOn(board, day);
        return owners.stream().flatMap(owner -> peopleFor(owner, members).stream()).distinct().toList();
    }

    /** The people one owner stands for, given the board's memberships current that day. */
    public static List<Person> peopleFor(OwnerRef owner, List<Membership> currentMembers) {
        if (owner.person() != null) {
            return List.of(owner.person());
        }
        if (owner.group() != null) {
            return owner.group().getMembers().stream().sorted(Comparator.comparing(Person::getFullName)).toList();
        }
        if (owner.organisation() == null) {
            return List.of();
        }
        return currentMembers.stream()
                .filter(m -> owner.organisation().equals(m.getOrganisation() != null ? m.getOrganisation()
                        : m.getPerson().getOrganisation()))
                .map(Membership::getPerson).distinct().toList();
    }
}
