package scot.cpib.engagement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import scot.cpib.board.domain.Person;
import scot.cpib.engagement.domain.Channel;
import scot.cpib.engagement.domain.CoreMessage;
import scot.cpib.engagement.domain.EngagementDetails;
import scot.cpib.engagement.domain.ScheduledEvent;
import scot.cpib.engagement.domain.StakeholderGroup;
import scot.cpib.shared.domain.DomainException;

/** Turns the ids a form or client sends into the engagement context's entities; an unknown id is a field error. */
@ApplicationScoped
class EngagementReferences {

    @PersistenceContext
    private EntityManager em;

    EngagementDetails details(EngagementInput input) {
        return new EngagementDetails(input.date(), find(Person.class, input.personId(), "person"),
                find(Channel.class, input.channelId(), "channel"), find(ScheduledEvent.class, input.eventId(), "event"),
                input.eventName(), all(StakeholderGroup.class, input.groupIds(), "groups"),
                all(CoreMessage.class, input.messageIds(), "messages"), input.peopleReached(), input.heard(), input.learned());
    }

    <T> T find(Class<T> type, Long id, String field) {
        if (id == null) {
            return null;
        }
        T found = em.find(type, id);
        if (found == null) {
            throw new DomainException("engagement.input.unknown", field, id);
        }
        return found;
    }

    <T> List<T> all(Class<T> type, List<Long> ids, String field) {
        return ids.stream().map(id -> find(type, id, field)).toList();
    }
}
