package scot.cpib.workprogramme.application;

import java.util.List;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.workprogramme.domain.Workstream;

/** An outstanding action of a workstream the draft splits: approval needs to know which part it follows. */
public record SplitChoice(AgreedAction action, List<Workstream> parts) {
}
