-- Indexes for the board-scoped queries of issue 13 (each names the query it serves; see
-- docs/performance.md). One dialect accepted by MariaDB/MySQL and by H2 2.2 in MySQL mode.

-- The action register, "my actions" counts, GET /api/v1/actions and the exports, filtered by status
-- (and overdue) on one board: ActionRegister.search/list/listSorted, WHERE a.board_id = ? AND
-- a.status IN (…) AND a.due_date < ?, sorted by due date. Replaces (status, due_date) for these.
CREATE INDEX ix_action_board_status_due ON agreed_action (board_id, status, due_date);

-- The unfiltered register sorted by due date (the default sort), deep pages included:
-- ActionRegister.search with only the board, ORDER BY due_date, … LIMIT 25 OFFSET n.
CREATE INDEX ix_action_board_due ON agreed_action (board_id, due_date, id);

-- An action's progress notes, oldest first (the action page): ActionProgress by action_id ORDER BY recorded_at.
CREATE INDEX ix_action_progress_action ON action_progress (action_id, recorded_at);

-- The programme overview and workstream page: outstanding actions linked to workstreams,
-- WorkProgrammeQueries.overview/actionsOf, WHERE a.workstream_id IN (…) AND a.status IN (…).
CREATE INDEX ix_action_workstream_status ON agreed_action (workstream_id, status);

-- Engagement coverage and the engagement log for one board and period: EngagementLog.list,
-- WHERE r.board_id = ? AND r.on_date BETWEEN ? AND ? (ix_engagement_record_date already has
-- (board_id, on_date); nothing to add). Meetings of one board by date (matters arising, cover
-- options): MeetingQueries, WHERE m.board_id = ? AND m.meeting_date < ?.
CREATE INDEX ix_meeting_board_date ON meeting (board_id, meeting_date);
