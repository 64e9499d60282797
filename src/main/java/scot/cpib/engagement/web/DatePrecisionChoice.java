package scot.cpib.engagement.web;

/** How precisely a form gives a date: a day, a whole month, or (for a due date) none. */
public enum DatePrecisionChoice { DAY, MONTH, NONE }
