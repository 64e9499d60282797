package scot.cpib.meeting.domain;

/** Items that recur at every meeting; a new meeting gets them from the previous one. */
public enum StandingKind {
    WELCOME, DECLARATIONS_OF_INTEREST, MINUTE_AND_MATTERS_ARISING, LEARNING_FROM_ENGAGEMENT, AOB, FUTURE_ITEMS, CLOSE
}
