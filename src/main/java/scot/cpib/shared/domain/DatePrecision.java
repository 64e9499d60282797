package scot.cpib.shared.domain;

/**
 * How much of a {@link PartialDate} is known: a day ("28 February 2019"), a whole month ("February 2019")
 * or a calendar quarter ("Q1 2019"), as the board's papers write them. Stored by name.
 */
public enum DatePrecision {
    DAY, MONTH, QUARTER
}
