package scot.cpib.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scot.cpib.board.domain.Person;
import scot.cpib.meeting.domain.AttendanceKind;
import scot.cpib.meeting.domain.InterestDeclaration;
import scot.cpib.meeting.domain.Meeting;

/**
 * What the meeting page shows of a meeting it has already read, as values, one query each (issue 13):
 * read as entities outside a transaction, each person came with their organisation, and each link
 * read again what the page had read.
 */
@ApplicationScoped
public class MeetingLines {

    @PersistenceContext
    private EntityManager em;

    /** Who attended, the chair first and then in the order recorded, as {@link Meeting#getAttendances()} lists them. */
    public List<AttendanceLine> attendanceOf(Meeting meeting) {
        return em.createQuery("SELECT p.id, p.title, p.fullName, a.kind, a.chair, o.name, s.id, s.title, s.fullName"
                        + " FROM Attendance a JOIN a.person p LEFT JOIN a.organisation o LEFT JOIN a.substituteFor s"
                        + " WHERE a.meeting.id = :m ORDER BY a.id", Object[].class)
                .setParameter("m", meeting.getId()).getResultList().stream()
                .map(r -> new AttendanceLine((Long) r[0], Person.displayName((String) r[1], (String) r[2]), (AttendanceKind) r[3],
                        (Boolean) r[4], (String) r[5], (Long) r[6], r[6] == null ? null : Person.displayName((String) r[7], (String) r[8])))
                .sorted(Comparator.comparing(AttendanceLine::chair).reversed())
                .toList();
    }

    /** The name of each item's presenter, as a minute writes it, by agenda item id. */
    public Map<Long, String> presentersOf(Meeting meeting) {
        Map<Long, String> presenters = new HashMap<>();
        em.createQuery("SELECT i.id, p.title, p.fullName FROM AgendaItem i JOIN i.presenter p WHERE i.meeting.id = :m", Object[].class)
                .setParameter("m", meeting.getId()).getResultList()
                .forEach(r -> presenters.put((Long) r[0], Person.displayName((String) r[1], (String) r[2])));
        return presenters;
    }

    /**
     * The declarations made on the meeting's items as the minute labels them
     * ({@link InterestDeclaration#getMinuteLabel()}), by agenda item id, each item's by the person's full name.
     */
    public Map<Long, List<String>> declarationsOf(Meeting meeting) {
        Map<Long, List<String>> declarations = new HashMap<>();
        em.createQuery("SELECT d.agendaItem.id, p.title, p.fullName, d.interest, d.participation FROM InterestDeclaration d"
                        + " JOIN d.person p WHERE d.agendaItem.meeting.id = :m ORDER BY d.id", Object[].class)
                .setParameter("m", meeting.getId()).getResultList().stream()
                .sorted(Comparator.comparing(r -> (String) r[2]))
                .forEach(r -> declarations.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(InterestDeclaration.minuteLabel(Person.displayName((String) r[1], (String) r[2]), (String) r[3], (String) r[4])));
        return declarations;
    }
}
