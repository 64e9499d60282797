package scot.cpib.board.application;

import java.io.Serializable;
import scot.cpib.board.domain.Board;

/** A board's name, short name and purpose as the form shows and sends them; "their version" on a conflict. */
public record BoardDetails(String name, String shortName, String purpose) implements Serializable {

    public static BoardDetails of(Board board) {
        return new BoardDetails(board.getName(), board.getShortName(), board.getPurpose());
    }
}
