package scot.cpib.action.domain;

/** Whether a due date means a day or just a month ("Feb 2019"). */
public enum DuePrecision {
    DAY, MONTH
}
