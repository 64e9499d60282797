/**
 * Boards, the organisations and people on them, their memberships and the named groups; owners (a person,
 * an organisation or a group: {@code OwnerRef}, {@code OwnerRow}) and the one rule for reading an owner's
 * name as written ({@code OwnerNames}), shared by actions, workstreams, activities and engagement plans.
 */
package scot.cpib.board.domain;
