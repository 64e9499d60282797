package scot.cpib.board.domain;

/** The part a person plays on a board. */
public enum MembershipRole {
    CHAIR, VICE_CHAIR, MEMBER, ADVISER, SECRETARIAT, OBSERVER
}
