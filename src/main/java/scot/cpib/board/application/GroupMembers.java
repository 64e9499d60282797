package scot.cpib.board.application;

import java.util.List;

/** An owner group as its page lists it: name, description and members by name, read as values. */
public record GroupMembers(long id, String name, String description, List<PersonSummary> members) {
}
