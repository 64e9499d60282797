-- The audit trail page (issue 13, docs/performance.md): its "changed by" filter lists the distinct
-- sign-in names of the whole trail, which without an index read and sorted every row (a temporary
-- table and a filesort over 500,000 rows at national scale, 0.4 to 0.6 s of the page's 0.3 s and
-- more); with (username, occurred_at) MariaDB skips from one name to the next in the index, and the
-- trail filtered to one user is read newest first from the index too.
CREATE INDEX ix_audit_user_time ON audit_entry (username, occurred_at);
