-- Chasing progress updates (issue #4): a reporting period's deadline, and the reminders sent to
-- the leads of workstreams without an update. One dialect for MariaDB/MySQL and H2 2.2 (MySQL mode).

-- The day updates are due; NULL means the period's last day.
ALTER TABLE reporting_period ADD COLUMN deadline DATE;

-- One row per reminder sent (or tried) for a workstream and period: to whom, by whom, when, and
-- what the mail server said. mail_log_id points at the Mailer's own log row when there is one.
-- outcome: SENT, FAILED, NOT_CONFIGURED or NO_ADDRESS (no lead has an e-mail address).
CREATE TABLE update_reminder (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    period_id BIGINT NOT NULL,
    workstream_id BIGINT NOT NULL,
    sent_at TIMESTAMP NOT NULL,
    sent_by VARCHAR(150) NOT NULL,
    recipients VARCHAR(2000),
    outcome VARCHAR(20) NOT NULL,
    detail VARCHAR(1000),
    mail_log_id BIGINT,
    CONSTRAINT fk_update_reminder_period FOREIGN KEY (period_id) REFERENCES reporting_period (id),
    CONSTRAINT fk_update_reminder_workstream FOREIGN KEY (workstream_id) REFERENCES workstream (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_update_reminder_period ON update_reminder (period_id, workstream_id, sent_at);
