-- Issued agenda packs: each issue of a meeting's pack is a numbered version whose PDF is stored as
-- it was sent, with the papers it contained (and the supplement each came in), the actions its
-- matters-arising paper listed, and who was told by e-mail.
-- One dialect accepted by MariaDB/MySQL and by H2 2.2 in MySQL mode, as V001.

CREATE TABLE pack_issue (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    meeting_id BIGINT NOT NULL,
    pack_version INT NOT NULL,
    issued_on DATE NOT NULL,
    issued_at TIMESTAMP NOT NULL,
    issued_by VARCHAR(100) NOT NULL,
    note VARCHAR(1000),
    matters_as_at DATE NOT NULL,
    CONSTRAINT fk_pack_issue_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT uq_pack_issue_version UNIQUE (meeting_id, pack_version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The papers of a version. paper_id has no foreign key: the record of what was issued outlives a
-- paper removed later. supplement is 0 for the main pack.
CREATE TABLE pack_issue_paper (
    pack_issue_id BIGINT NOT NULL,
    paper_id BIGINT NOT NULL,
    supplement INT NOT NULL,
    CONSTRAINT pk_pack_issue_paper PRIMARY KEY (pack_issue_id, paper_id),
    CONSTRAINT fk_pack_issue_paper_issue FOREIGN KEY (pack_issue_id) REFERENCES pack_issue (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The actions the matters-arising paper of the first version listed; later versions list the same.
CREATE TABLE pack_issue_action (
    pack_issue_id BIGINT NOT NULL,
    action_id BIGINT NOT NULL,
    CONSTRAINT pk_pack_issue_action PRIMARY KEY (pack_issue_id, action_id),
    CONSTRAINT fk_pack_issue_action_issue FOREIGN KEY (pack_issue_id) REFERENCES pack_issue (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The stored PDF of a version: one for readers not cleared for confidential papers and, when the
-- version has confidential papers, one more for those cleared (cleared = TRUE).
CREATE TABLE pack_file (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    pack_issue_id BIGINT NOT NULL,
    cleared BOOLEAN NOT NULL,
    page_count INT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 CHAR(64) NOT NULL,
    data LONGBLOB NOT NULL,
    CONSTRAINT fk_pack_file_issue FOREIGN KEY (pack_issue_id) REFERENCES pack_issue (id),
    CONSTRAINT uq_pack_file UNIQUE (pack_issue_id, cleared)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who a version was e-mailed to, whether they were sent the confidential papers, and what happened.
CREATE TABLE pack_recipient (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    pack_issue_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    email VARCHAR(254) NOT NULL,
    cleared BOOLEAN NOT NULL,
    mail_status VARCHAR(20) NOT NULL,
    mail_log_id BIGINT,
    detail VARCHAR(500),
    CONSTRAINT fk_pack_recipient_issue FOREIGN KEY (pack_issue_id) REFERENCES pack_issue (id),
    CONSTRAINT fk_pack_recipient_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
