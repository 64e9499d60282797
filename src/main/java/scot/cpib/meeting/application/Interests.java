package scot.cpib.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import scot.cpib.board.application.Directory;
import scot.cpib.board.domain.Membership;
import scot.cpib.board.domain.Person;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Attendance;
import scot.cpib.meeting.domain.InterestDeclaration;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.RegisteredInterest;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.application.Versions;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;
import scot.cpib.shared.domain.UkDates;

/**
 * Declarations of interest: each member's register of interests (kept with dates, reviewed yearly)
 * and the declarations made on agenda items, which the minute prints. The secretariat keeps both.
 */
@ApplicationScoped
public class Interests {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private BoardClock clock;

    @Inject
    private Directory directory;

    /** The register, by person and then from the oldest interest; ended interests included. */
    @Transactional
    public List<RegisteredInterest> register() {
        return em.createQuery("SELECT i FROM RegisteredInterest i ORDER BY i.person.fullName, i.person.id, i.fromDate, i.id",
                RegisteredInterest.class).getResultList();
    }

    /** A person's interests current on the day. */
    @Transactional
    public List<RegisteredInterest> currentOf(Person person, LocalDate day) {
        return register().stream().filter(i -> i.getPerson().equals(person) && i.isCurrentOn(day)).toList();
    }

    @Transactional
    public RegisteredInterest registerInterest(Long personId, String description, LocalDate from) {
        MeetingPermissions.requireSecretariat(currentUser);
        Person person = personId == null ? null : directory.person(personId)
                .orElseThrow(() -> new DomainException("interest.person.required", "person"));
        RegisteredInterest interest = new RegisteredInterest(person, description, from, clock.today(),
                LocalDateTime.now(ZoneOffset.UTC), currentUser.getUsername());
        em.persist(interest);
        audit.record(interest, "created", person.getFullName() + ": " + interest.getDescription() + " (from "
                + UkDates.date(from) + ")");
        return interest;
    }

    /** The member has confirmed the entry: its next review is a year from today. */
    @Transactional
    public RegisteredInterest review(Long interestId, long version) {
        MeetingPermissions.requireSecretariat(currentUser);
        RegisteredInterest interest = interest(interestId);
        Versions.require(interest, version, () -> interest.getReviewedOn());
        LocalDate before = interest.getReviewedOn();
        interest.review(clock.today());
        audit.change(interest, "reviewedOn", before, interest.getReviewedOn(), interest.getPerson().getFullName() + ": " + interest.getDescription());
        return interest;
    }

    /** The interest ended on the day given; it stays in the register. */
    @Transactional
    public RegisteredInterest end(Long interestId, LocalDate on, long version) {
        MeetingPermissions.requireSecretariat(currentUser);
        RegisteredInterest interest = interest(interestId);
        Versions.require(interest, version, () -> interest.getToDate());
        interest.end(on);
        audit.change(interest, "toDate", null, interest.getToDate(), interest.getPerson().getFullName() + ": " + interest.getDescription());
        return interest;
    }

    /** The people who may declare on a meeting's items: its attendance, then the board's members that day. */
    @Transactional
    public List<Person> declarers(Meeting meeting) {
        Set<Person> people = new LinkedHashSet<>();
        meeting.getAttendances().stream().map(Attendance::getPerson).filter(Objects::nonNull).forEach(people::add);
        directory.membersOn(meeting.getBoard(), meeting.getDate()).stream().map(Membership::getPerson).forEach(people::add);
        List<Person> sorted = new ArrayList<>(people);
        sorted.sort(Comparator.comparing(Person::getFullName));
        return sorted;
    }

    /** Records a declaration on an item, before or at the meeting; one per person and item. */
    @Transactional
    public InterestDeclaration declare(Long itemId, Long personId, String interest, String participation) {
        MeetingPermissions.requireSecretariat(currentUser);
        if (itemId == null) {
            throw new DomainException("interest.item.required", "item");
        }
        AgendaItem item = Optional.ofNullable(em.find(AgendaItem.class, itemId)).orElseThrow(() -> new NotFoundException("AgendaItem", itemId));
        Person person = personId == null ? null : directory.person(personId)
                .orElseThrow(() -> new DomainException("interest.person.required", "person"));
        if (person != null && declarationsOf(item.getMeeting()).stream()
                .anyMatch(d -> d.getAgendaItem().equals(item) && d.getPerson().equals(person))) {
            throw new DomainException("interest.declaration.duplicate", "person", person.getFullName(), item.getLabel());
        }
        InterestDeclaration declaration = new InterestDeclaration(item, person, interest, participation,
                LocalDateTime.now(ZoneOffset.UTC), currentUser.getUsername());
        em.persist(declaration);
        audit.record(declaration, "created", "Item " + item.getLabel() + " of the " + item.getMeeting().getOrdinal()
                + " meeting: " + declaration.getMinuteLabel());
        return declaration;
    }

    /** Withdraws a declaration recorded in error, until the minute is approved. */
    @Transactional
    public void withdraw(Long declarationId) {
        MeetingPermissions.requireSecretariat(currentUser);
        InterestDeclaration declaration = Optional.ofNullable(em.find(InterestDeclaration.class, declarationId))
                .orElseThrow(() -> new NotFoundException("InterestDeclaration", declarationId));
        if (declaration.getAgendaItem().getMeeting().isMinuteLocked()) {
            throw new DomainException("interest.declaration.locked");
        }
        audit.record(declaration, "deleted", "Item " + declaration.getAgendaItem().getLabel() + ": " + declaration.getMinuteLabel());
        em.remove(declaration);
    }

    /** A meeting's declarations in the agenda's reading order, then by name. */
    @Transactional
    public List<InterestDeclaration> declarationsOf(Meeting meeting) {
        List<AgendaItem> order = meeting.getAgendaInReadingOrder();
        return em.createQuery("SELECT d FROM InterestDeclaration d WHERE d.agendaItem.meeting = :m", InterestDeclaration.class)
                .setParameter("m", meeting).getResultList().stream()
                .sorted(Comparator.comparing((InterestDeclaration d) -> order.indexOf(d.getAgendaItem()))
                        .thenComparing(d -> d.getPerson().getFullName()))
                .toList();
    }

    private RegisteredInterest interest(Long id) {
        return Optional.ofNullable(em.find(RegisteredInterest.class, id)).orElseThrow(() -> new NotFoundException("RegisteredInterest", id));
    }
}
