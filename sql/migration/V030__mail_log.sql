-- Every e-mail the application sends or tries to send: to whom, what about, and whether it went.
-- The log is what pages show as "reminded on …" / "issued to …", so a message that could not be
-- sent (no SMTP server configured, server refused it) is recorded too, with the reason.
-- One dialect accepted by MariaDB/MySQL and by H2 2.2 in MySQL mode, as V001.

CREATE TABLE mail_log (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    created_at TIMESTAMP NOT NULL,
    sent_by VARCHAR(100) NOT NULL,
    purpose VARCHAR(60) NOT NULL,
    recipients VARCHAR(2000) NOT NULL,
    subject VARCHAR(300) NOT NULL,
    body TEXT NOT NULL,
    status VARCHAR(20) NOT NULL,
    detail VARCHAR(1000)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_mail_log_created ON mail_log (created_at);
CREATE INDEX ix_mail_log_purpose ON mail_log (purpose, created_at);
