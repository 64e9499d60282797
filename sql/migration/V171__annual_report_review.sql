-- Review rounds of the annual report: each round the secretariat sends is a version (a copy of every
-- section's narrative and figures as sent), with a deadline; each board member's review of a round (when
-- they read it, their organisation's decision: agreed, or changes requested with a reason); and the
-- comments on a section (threads of replies, on the section or on a quoted passage, open or resolved).
-- One dialect accepted by MariaDB/MySQL and by H2 2.2 in MySQL mode, as V001.

CREATE TABLE report_round (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    report_id BIGINT NOT NULL,
    number INT NOT NULL,
    deadline DATE NOT NULL,
    note VARCHAR(1000),
    sent_at TIMESTAMP NOT NULL,
    sent_by VARCHAR(100) NOT NULL,
    reminded_at TIMESTAMP NULL,
    CONSTRAINT fk_report_round_report FOREIGN KEY (report_id) REFERENCES annual_report (id),
    CONSTRAINT uq_report_round_number UNIQUE (report_id, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_round_section (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id BIGINT NOT NULL,
    kind VARCHAR(30) NOT NULL,
    narrative TEXT,
    figures MEDIUMTEXT NOT NULL,
    CONSTRAINT fk_report_round_section_round FOREIGN KEY (round_id) REFERENCES report_round (id),
    CONSTRAINT uq_report_round_section_kind UNIQUE (round_id, kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_review (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    round_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    organisation_id BIGINT NULL,
    read_at TIMESTAMP NULL,
    decision VARCHAR(20),
    reason TEXT,
    decided_at TIMESTAMP NULL,
    CONSTRAINT fk_report_review_round FOREIGN KEY (round_id) REFERENCES report_round (id),
    CONSTRAINT fk_report_review_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_report_review_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT uq_report_review_person UNIQUE (round_id, person_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_comment (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    section_id BIGINT NOT NULL,
    round_id BIGINT NULL,
    parent_id BIGINT NULL,
    person_id BIGINT NULL,
    author VARCHAR(200) NOT NULL,
    username VARCHAR(100) NOT NULL,
    passage VARCHAR(1000),
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    resolved_at TIMESTAMP NULL,
    resolved_by VARCHAR(200),
    CONSTRAINT fk_report_comment_section FOREIGN KEY (section_id) REFERENCES report_section (id),
    CONSTRAINT fk_report_comment_round FOREIGN KEY (round_id) REFERENCES report_round (id),
    CONSTRAINT fk_report_comment_parent FOREIGN KEY (parent_id) REFERENCES report_comment (id),
    CONSTRAINT fk_report_comment_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
