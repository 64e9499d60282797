-- The action register filtered to outstanding (and overdue) actions of one board (issue 13,
-- docs/performance.md): ActionRegister.search's count and page of ids, WHERE a.board_id = ? AND
-- a.status IN (…) AND ((a.due_precision = 'DAY' AND a.due_date < ?) OR (a.due_precision = 'MONTH'
-- AND a.due_date < ?)), ORDER BY a.due_date, the meeting's number, a.reference, a.id; also every
-- board-and-status filter of V200's (board_id, status, due_date), which it replaces: the API's list,
-- the exports and "my actions" counts. With the precision before the date the overdue condition is
-- four exact ranges; with the meeting and the reference in the index, the count reads the index only
-- and the page reads no action rows (1,216 overdue of board 1 at national scale: the count from 2.7
-- to 1.0 ms of the database's CPU, the page from 4.0 to 1.9 ms).
CREATE INDEX ix_action_board_status_precision_due
    ON agreed_action (board_id, status, due_precision, due_date, meeting_id, reference);
DROP INDEX ix_action_board_status_due ON agreed_action;
