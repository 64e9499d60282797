package scot.cpib.engagement.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.domain.PartialDate;

/**
 * How one group × message cell was covered in a period: the engagements that delivered the message to
 * the group, earliest first. A planned cell with none is a gap.
 */
public record CellCoverage(StakeholderGroup group, CoreMessage message, boolean planned, List<EngagementRecord> records) {

    public CellCoverage {
        records = List.copyOf(records);
    }

    public boolean isDelivered() {
        return !records.isEmpty();
    }

    public boolean isGap() {
        return planned && records.isEmpty();
    }

    /** How often the message reached the group. */
    public int getTimes() {
        return records.size();
    }

    /** Who delivered it and how often each, in the order they first did. */
    public Map<Person, Long> getTimesByPerson() {
        return records.stream().collect(Collectors.groupingBy(EngagementRecord::getPerson, LinkedHashMap::new,
                Collectors.counting()));
    }

    public List<Person> getDeliveredBy() {
        return List.copyOf(getTimesByPerson().keySet());
    }

    public Optional<PartialDate> getLastDelivered() {
        return records.isEmpty() ? Optional.empty() : Optional.of(records.get(records.size() - 1).getDate());
    }

    /** People reached by the engagements that delivered this cell, where they were counted. */
    public int getPeopleReached() {
        return records.stream().map(EngagementRecord::getPeopleReached).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).sum();
    }
}
