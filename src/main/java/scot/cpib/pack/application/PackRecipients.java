package scot.cpib.pack.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import scot.cpib.board.domain.Membership;
import scot.cpib.board.domain.Person;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.pack.domain.PackIssue;
import scot.cpib.pack.domain.PackRecipient;
import scot.cpib.security.domain.AppUser;
import scot.cpib.security.domain.Role;

/**
 * Who a pack goes to: everyone with a seat on the meeting's board on the day of the meeting (any
 * membership role) and an e-mail address. A recipient is cleared for confidential papers when their
 * account has the secretariat or admin role, the same rule that decides who may open those papers.
 */
@ApplicationScoped
public class PackRecipients {

    @PersistenceContext
    private EntityManager em;

    List<PackRecipient> record(PackIssue issue) {
        Meeting meeting = issue.getMeeting();
        Set<Person> people = new LinkedHashSet<>();
        em.createQuery("SELECT m FROM Membership m WHERE m.board = :board ORDER BY m.person.fullName, m.id", Membership.class)
                .setParameter("board", meeting.getBoard()).getResultList().stream()
                .filter(m -> m.isCurrentOn(meeting.getDate()))
                .map(Membership::getPerson)
                .filter(p -> p.getEmail() != null && !p.getEmail().isBlank())
                .forEach(people::add);
        List<PackRecipient> recipients = new ArrayList<>();
        for (Person person : people) {
            PackRecipient recipient = issue.addRecipient(person, cleared(person));
            em.persist(recipient);
            recipients.add(recipient);
        }
        return recipients;
    }

    private boolean cleared(Person person) {
        return em.createQuery("SELECT u FROM AppUser u WHERE u.person = :person AND u.enabled = TRUE", AppUser.class)
                .setParameter("person", person).getResultStream()
                .anyMatch(u -> u.getRoles().contains(Role.SECRETARIAT) || u.getRoles().contains(Role.ADMIN));
    }
}
