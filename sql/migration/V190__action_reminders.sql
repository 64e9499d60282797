-- Reminders to action owners (issue #11, point 4): a weekly digest to each person of the actions they
-- own (themselves, through an organisation they sit for, or a group they belong to) that are overdue
-- or due soon, and the secretariat's one-off chase for one action.
-- One dialect for MariaDB/MySQL and H2 2.2 (MySQL mode), as V001.

-- The secretariat's schedule: one row. day_of_week 1 = Monday … 7 = Sunday; send_hour in
-- Europe/London (0–23); lead_days: how many days ahead "due soon" reaches. Off until switched on.
CREATE TABLE action_reminder_setting (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    enabled BOOLEAN NOT NULL,
    day_of_week INT NOT NULL,
    send_hour INT NOT NULL,
    lead_days INT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO action_reminder_setting (id, version, enabled, day_of_week, send_hour, lead_days)
VALUES (1, 0, FALSE, 1, 8, 14);

-- A person's own choice (weekly or none) is person.reminder_frequency (V180), the one their account
-- page also shows.

-- One row per reminder: a DIGEST to a person for a week (period '2026-W49'), or a CHASE of one action.
-- The row of a digest is inserted before its e-mail is sent; the unique (person, period) key is the
-- claim that lets only one server of several send a person's digest for a week. Chases have no period.
-- outcome: CLAIMED (inserted, not yet sent), SENT, FAILED, NOT_CONFIGURED or NO_ADDRESS.
CREATE TABLE action_reminder (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind VARCHAR(10) NOT NULL,
    person_id BIGINT,
    period VARCHAR(10),
    action_id BIGINT,
    created_at TIMESTAMP NOT NULL,
    sent_by VARCHAR(100) NOT NULL,
    action_count INT NOT NULL DEFAULT 0,
    recipients VARCHAR(2000),
    outcome VARCHAR(20) NOT NULL,
    detail VARCHAR(1000),
    mail_log_id BIGINT,
    CONSTRAINT uq_action_reminder_period UNIQUE (person_id, period),
    CONSTRAINT fk_action_reminder_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_action_reminder_action FOREIGN KEY (action_id) REFERENCES agreed_action (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_action_reminder_created ON action_reminder (created_at);
CREATE INDEX ix_action_reminder_action ON action_reminder (action_id, created_at);
