-- Foundation schema: boards, organisations, people, memberships, meetings, agenda, papers,
-- attendance, minutes, agreed actions, accounts and the audit trail.
-- One dialect accepted by MariaDB/MySQL and by H2 2.2 in MySQL mode.

CREATE TABLE board (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    name VARCHAR(200) NOT NULL,
    short_name VARCHAR(40) NOT NULL,
    former_names VARCHAR(400),
    purpose TEXT,
    CONSTRAINT uq_board_short_name UNIQUE (short_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE organisation (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    name VARCHAR(200) NOT NULL,
    short_name VARCHAR(40),
    website VARCHAR(300),
    CONSTRAINT uq_organisation_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE person (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    full_name VARCHAR(150) NOT NULL,
    title VARCHAR(40),
    initials VARCHAR(10),
    job_title VARCHAR(200),
    email VARCHAR(254),
    organisation_id BIGINT,
    CONSTRAINT fk_person_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE membership (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    board_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    organisation_id BIGINT,
    role VARCHAR(20) NOT NULL,
    from_date DATE,
    to_date DATE,
    CONSTRAINT fk_membership_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT fk_membership_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_membership_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A named group that can own actions, such as "CPIB members" or "Workstream Leads".
CREATE TABLE owner_group (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    board_id BIGINT NOT NULL,
    name VARCHAR(150) NOT NULL,
    description VARCHAR(400),
    CONSTRAINT fk_owner_group_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT uq_owner_group_name UNIQUE (board_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE owner_group_member (
    group_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    PRIMARY KEY (group_id, person_id),
    CONSTRAINT fk_group_member_group FOREIGN KEY (group_id) REFERENCES owner_group (id),
    CONSTRAINT fk_group_member_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE meeting (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    board_id BIGINT NOT NULL,
    number INT NOT NULL,
    meeting_date DATE NOT NULL,
    start_time TIME NOT NULL,
    end_time TIME NOT NULL,
    venue_name VARCHAR(200),
    venue_address VARCHAR(400),
    status VARCHAR(20) NOT NULL,
    previous_meeting_id BIGINT,
    minute_approved_on DATE,
    minute_approved_by VARCHAR(150),
    minute_approved_at_meeting_id BIGINT,
    agenda_issued_at TIMESTAMP NULL,
    published_at TIMESTAMP NULL,
    CONSTRAINT fk_meeting_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT fk_meeting_previous FOREIGN KEY (previous_meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_approved_at FOREIGN KEY (minute_approved_at_meeting_id) REFERENCES meeting (id),
    CONSTRAINT uq_meeting_number UNIQUE (board_id, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE agenda_item (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    meeting_id BIGINT NOT NULL,
    parent_id BIGINT,
    position INT NOT NULL,
    title VARCHAR(300) NOT NULL,
    purpose VARCHAR(20),
    presenter_id BIGINT,
    standing_kind VARCHAR(40),
    confidential BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_agenda_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_agenda_item_parent FOREIGN KEY (parent_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_agenda_item_presenter FOREIGN KEY (presenter_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_agenda_item_meeting ON agenda_item (meeting_id, position);

CREATE TABLE paper (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    agenda_item_id BIGINT NOT NULL,
    title VARCHAR(300) NOT NULL,
    file_name VARCHAR(255),
    content_type VARCHAR(100),
    size_bytes BIGINT,
    body_html TEXT,
    confidential BOOLEAN NOT NULL DEFAULT FALSE,
    uploaded_at TIMESTAMP NOT NULL,
    uploaded_by VARCHAR(100) NOT NULL,
    CONSTRAINT fk_paper_agenda_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Uploaded bytes live apart from the paper row so that listing papers never loads them.
CREATE TABLE paper_content (
    paper_id BIGINT PRIMARY KEY,
    data LONGBLOB NOT NULL,
    CONSTRAINT fk_paper_content_paper FOREIGN KEY (paper_id) REFERENCES paper (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE attendance (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    meeting_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    organisation_id BIGINT,
    kind VARCHAR(20) NOT NULL,
    chair BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_attendance_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_attendance_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT uq_attendance UNIQUE (meeting_id, person_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE minute_entry (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    agenda_item_id BIGINT NOT NULL,
    narrative TEXT,
    decisions TEXT,
    updated_at TIMESTAMP NULL,
    updated_by VARCHAR(100),
    CONSTRAINT fk_minute_entry_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
    CONSTRAINT uq_minute_entry_item UNIQUE (agenda_item_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Corrections to a minute after it was approved and locked.
CREATE TABLE minute_amendment (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    minute_entry_id BIGINT NOT NULL,
    amended_at TIMESTAMP NOT NULL,
    amended_by VARCHAR(100) NOT NULL,
    reason VARCHAR(1000) NOT NULL,
    old_narrative TEXT,
    new_narrative TEXT,
    old_decisions TEXT,
    new_decisions TEXT,
    CONSTRAINT fk_minute_amendment_entry FOREIGN KEY (minute_entry_id) REFERENCES minute_entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE agreed_action (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    board_id BIGINT NOT NULL,
    meeting_id BIGINT NOT NULL,
    agenda_item_id BIGINT NOT NULL,
    number INT NOT NULL,
    reference VARCHAR(40) NOT NULL,
    legacy_reference VARCHAR(60),
    description VARCHAR(2000) NOT NULL,
    due_date DATE,
    due_precision VARCHAR(10),
    status VARCHAR(20) NOT NULL,
    covered_by_item_id BIGINT,
    covered_by_action_id BIGINT,
    created_at TIMESTAMP NOT NULL,
    completed_on DATE,
    CONSTRAINT fk_action_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT fk_action_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_action_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_action_covered_item FOREIGN KEY (covered_by_item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_action_covered_action FOREIGN KEY (covered_by_action_id) REFERENCES agreed_action (id),
    CONSTRAINT uq_action_reference UNIQUE (board_id, reference)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_action_status_due ON agreed_action (status, due_date);

-- Who owns an action: exactly one of person, organisation or group per row; an action may have several.
CREATE TABLE action_owner (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    action_id BIGINT NOT NULL,
    position INT NOT NULL,
    person_id BIGINT,
    organisation_id BIGINT,
    group_id BIGINT,
    CONSTRAINT fk_action_owner_action FOREIGN KEY (action_id) REFERENCES agreed_action (id),
    CONSTRAINT fk_action_owner_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_action_owner_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_action_owner_group FOREIGN KEY (group_id) REFERENCES owner_group (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE action_progress (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    action_id BIGINT NOT NULL,
    recorded_on DATE NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    author VARCHAR(150) NOT NULL,
    note VARCHAR(4000) NOT NULL,
    meeting_id BIGINT,
    CONSTRAINT fk_action_progress_action FOREIGN KEY (action_id) REFERENCES agreed_action (id),
    CONSTRAINT fk_action_progress_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    username VARCHAR(60) NOT NULL,
    password_hash VARCHAR(400) NOT NULL,
    person_id BIGINT,
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE app_user_role (
    user_id BIGINT NOT NULL,
    role VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_entry (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at TIMESTAMP NOT NULL,
    username VARCHAR(100) NOT NULL,
    entity_type VARCHAR(60) NOT NULL,
    entity_id BIGINT,
    operation VARCHAR(30) NOT NULL,
    field VARCHAR(60),
    old_value TEXT,
    new_value TEXT,
    summary VARCHAR(400)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_audit_entity ON audit_entry (entity_type, entity_id);
CREATE INDEX ix_audit_time ON audit_entry (occurred_at);
