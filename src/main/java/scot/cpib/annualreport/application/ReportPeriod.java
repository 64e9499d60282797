package scot.cpib.annualreport.application;

import java.time.LocalDate;
import scot.cpib.board.domain.Board;

/** The board and the days (both included) a report's figures are taken for. */
record ReportPeriod(Board board, LocalDate start, LocalDate end) {

    boolean includes(LocalDate day) {
        return day != null && !day.isBefore(start) && !day.isAfter(end);
    }
}
