package scot.cpib.board.application;

import java.io.Serializable;
import java.util.List;

/** An owner group as its page lists it: name, description and members by name, read as values (kept in the page's view state). */
public record GroupMembers(long id, String name, String description, List<PersonSummary> members) implements Serializable {
}
