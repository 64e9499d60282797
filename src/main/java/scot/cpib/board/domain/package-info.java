/** Boards, the organisations and people on them, their memberships and the named groups that own actions. */
package scot.cpib.board.domain;
