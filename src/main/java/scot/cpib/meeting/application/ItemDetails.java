package scot.cpib.meeting.application;

import java.io.Serializable;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.AgendaPurpose;
import scot.cpib.meeting.domain.StandingKind;

/** An agenda item's title, purpose, presenter, standing kind and confidentiality as a form edits them. */
public record ItemDetails(String title, AgendaPurpose purpose, Long presenterId, StandingKind standingKind,
                          boolean confidential) implements Serializable {

    public static ItemDetails of(AgendaItem item) {
        return new ItemDetails(item.getTitle(), item.getPurpose(),
                item.getPresenter() == null ? null : item.getPresenter().getId(), item.getStandingKind(),
                item.isConfidential());
    }
}
