/**
 * Look-ups over the board record: owners by key, by name as written and on a board's day ({@code Owners}),
 * the current board, groups of a person, current members ({@code Directory}).
 */
package scot.cpib.board.application;
