/** Look-ups over the board record: owners for pickers, groups of a person, current members. */
package scot.cpib.board.application;
