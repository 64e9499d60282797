-- Draft minute review (issue #11, point 7): a drafted minute goes to the chair, who comments and
-- clears it for circulation; the secretariat then circulates it as a draft to the members; the board
-- approves it at the next meeting as before. One dialect for MariaDB/MySQL and H2 2.2, as V001.

-- Where a meeting's draft minute is in its review (no row: with the secretariat, not yet sent).
-- stage: WITH_SECRETARIAT, WITH_CHAIR, CLEARED (by the chair, for circulation) or CIRCULATED.
CREATE TABLE minute_review (
    meeting_id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    stage VARCHAR(20) NOT NULL,
    CONSTRAINT fk_minute_review_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each step of the review, in order: SENT_TO_CHAIR, COMMENTED, CLEARED or CIRCULATED, with who took
-- it (sign-in name and name as shown), when, and the comment or note given.
CREATE TABLE minute_review_step (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    meeting_id BIGINT NOT NULL,
    step VARCHAR(20) NOT NULL,
    comment TEXT,
    taken_at TIMESTAMP NOT NULL,
    taken_by VARCHAR(100) NOT NULL,
    taken_by_name VARCHAR(150) NOT NULL,
    CONSTRAINT fk_minute_review_step_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_minute_review_step_meeting ON minute_review_step (meeting_id, taken_at);
