package scot.cpib.board.domain;

/** The part a person plays on a board. */
public enum MembershipRole {
    CHAIR, MEMBER, SECRETARIAT, OBSERVER
}
