package scot.cpib.engagement.application;

import scot.cpib.engagement.domain.EngagementRecord;

/** What is saved now, shown beside the person's own text when their revision meets someone else's. */
public record RecordSnapshot(String date, String person, String eventLabel, String heard, String learned) {

    static RecordSnapshot of(EngagementRecord record) {
        return new RecordSnapshot(record.getDate().getLabel(), record.getPerson().getDisplayName(),
                record.getEventLabel(), record.getHeard(), record.getLearned());
    }
}
