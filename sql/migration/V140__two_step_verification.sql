-- Two-step verification (issue 15 point 4): a person's TOTP secret once confirmed with a code, the
-- last 30-second step whose code was used (a code is never accepted twice), and ten single-use
-- recovery codes kept only as SHA-256. The board may require it of admin and secretariat accounts.
CREATE TABLE two_step (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id BIGINT NOT NULL,
    secret VARCHAR(64) NOT NULL,
    enabled_at TIMESTAMP NOT NULL,
    last_used_step BIGINT NOT NULL,
    CONSTRAINT uk_two_step_user UNIQUE (user_id),
    CONSTRAINT fk_two_step_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE recovery_code (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id BIGINT NOT NULL,
    code_hash CHAR(64) NOT NULL,
    used_at TIMESTAMP NULL,
    CONSTRAINT uk_recovery_code_hash UNIQUE (user_id, code_hash),
    CONSTRAINT fk_recovery_code_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE board ADD COLUMN two_step_required BOOLEAN NOT NULL DEFAULT FALSE;
