package scot.cpib.workprogramme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import scot.cpib.board.application.Directory;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.Membership;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;

/**
 * Who a reminder to a workstream's leads goes to. A person: their own address. An organisation:
 * the board members who sit for it today (membership organisation, else the person's own). A group:
 * its members. People without an address are named, so the page can say who could not be reached.
 */
@ApplicationScoped
public class LeadRecipients {

    @Inject
    private Directory directory;

    /** The addresses (each once, in lead order) and the names of leads nobody could be found for. */
    public record Resolved(List<String> addresses, List<String> unreachable) {
    }

    public Resolved resolve(List<OwnerRef> leads, Board board, LocalDate today) {
        List<Membership> members = directory.membersOn(board, today);
        Set<String> addresses = new LinkedHashSet<>();
        List<String> unreachable = new ArrayList<>();
        for (OwnerRef lead : leads) {
            List<Person> people = peopleFor(lead, members);
            boolean reached = false;
            for (Person person : people) {
                if (person.getEmail() != null && !person.getEmail().isBlank()) {
                    addresses.add(person.getEmail().strip());
                    reached = true;
                }
            }
            if (!reached) {
                unreachable.add(lead.getLabel());
            }
        }
        return new Resolved(List.copyOf(addresses), List.copyOf(unreachable));
    }

    static List<Person> peopleFor(OwnerRef lead, List<Membership> members) {
        if (lead.person() != null) {
            return List.of(lead.person());
        }
        if (lead.group() != null) {
            return lead.group().getMembers().stream()
                    .sorted((a, b) -> a.getFullName().compareTo(b.getFullName())).toList();
        }
        return members.stream()
                .filter(m -> lead.organisation().equals(m.getOrganisation() != null ? m.getOrganisation()
                        : m.getPerson().getOrganisation()))
                .map(Membership::getPerson).distinct().toList();
    }
}
