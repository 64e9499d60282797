package scot.cpib.engagement.domain;

/** Whether a date means a day ("1 March 2019") or only a month ("May 2019"), as board papers write them. */
public enum DatePrecision {
    DAY, MONTH
}
