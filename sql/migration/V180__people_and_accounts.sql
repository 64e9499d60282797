-- People and accounts in the browser (issue 11): single-use links to choose a password (a new
-- account's first sign-in, a password reset; only the token's SHA-256 is kept), each person's
-- choice of action reminders, and the wider roles on a board (vice-chair, adviser: VARCHAR already).
-- The timestamps name a default so that a MySQL/MariaDB without explicit_defaults_for_timestamp does
-- not give created_at an automatic ON UPDATE (the app always writes both).

CREATE TABLE account_link (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id BIGINT NOT NULL,
    purpose VARCHAR(20) NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    expires_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    used_at TIMESTAMP NULL,
    CONSTRAINT uq_account_link_token UNIQUE (token_hash),
    CONSTRAINT fk_account_link_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_account_link_user ON account_link (user_id);

ALTER TABLE person ADD COLUMN reminder_frequency VARCHAR(10) NOT NULL DEFAULT 'WEEKLY';
