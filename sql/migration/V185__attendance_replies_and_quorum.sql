-- Replies to a meeting before it is held ("attending", "apologies", "sending a substitute" with the
-- substitute's name), one per member and meeting, changeable until the meeting is held; and the
-- board's quorum rule: the least number of members (chair and members) who must attend, NULL when
-- the board has set none. A substitute counts towards the quorum for the member they stand in for.
-- One dialect accepted by MariaDB/MySQL and by H2 2.2 in MySQL mode, as V001.

ALTER TABLE board ADD COLUMN quorum_members INT NULL;

CREATE TABLE attendance_reply (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    meeting_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    answer VARCHAR(20) NOT NULL,
    substitute VARCHAR(200),
    replied_at TIMESTAMP NOT NULL,
    replied_by VARCHAR(100) NOT NULL,
    CONSTRAINT fk_attendance_reply_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_attendance_reply_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT uq_attendance_reply UNIQUE (meeting_id, person_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
