package scot.cpib.workprogramme.domain;

/** Whether an activity's target means a day, a month ("Mar 2019") or a calendar quarter ("Q2 2019"). */
public enum TargetPrecision {
    DAY, MONTH, QUARTER
}
