-- Work programme: versioned programmes of workstreams with leads, leadership-role questions and
-- activities; the resource catalogue; reporting periods and progress updates (RAG); the mapping of
-- workstreams from one version to the next; the outcomes framework (model elements, outcomes by term,
-- assumptions, indicators, evidence); links from agreed actions and minute entries to the programme.
-- Same dialect as V001: accepted by MariaDB/MySQL and by H2 2.2 in MySQL mode.

-- One version of a board's work programme. A revision is a new row pointing at the one it revises.
CREATE TABLE work_programme (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    board_id BIGINT NOT NULL,
    version_number INT NOT NULL,
    title VARCHAR(300) NOT NULL,
    summary TEXT,
    status VARCHAR(20) NOT NULL,
    period_start DATE,
    period_end DATE,
    previous_id BIGINT,
    presented_at_meeting_id BIGINT,
    approved_at_meeting_id BIGINT,
    approved_on DATE,
    CONSTRAINT fk_work_programme_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT fk_work_programme_previous FOREIGN KEY (previous_id) REFERENCES work_programme (id),
    CONSTRAINT fk_work_programme_presented FOREIGN KEY (presented_at_meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_work_programme_approved FOREIGN KEY (approved_at_meeting_id) REFERENCES meeting (id),
    CONSTRAINT uq_work_programme_version UNIQUE (board_id, version_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE workstream (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    programme_id BIGINT NOT NULL,
    number INT NOT NULL,
    title VARCHAR(300) NOT NULL,
    aim TEXT,
    status VARCHAR(20) NOT NULL,
    CONSTRAINT fk_workstream_programme FOREIGN KEY (programme_id) REFERENCES work_programme (id),
    CONSTRAINT uq_workstream_number UNIQUE (programme_id, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who leads a workstream: exactly one of person, organisation or group per row; several rows allowed.
CREATE TABLE workstream_lead (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    workstream_id BIGINT NOT NULL,
    position INT NOT NULL,
    person_id BIGINT,
    organisation_id BIGINT,
    group_id BIGINT,
    CONSTRAINT fk_workstream_lead_workstream FOREIGN KEY (workstream_id) REFERENCES workstream (id),
    CONSTRAINT fk_workstream_lead_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_workstream_lead_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_workstream_lead_group FOREIGN KEY (group_id) REFERENCES owner_group (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A question the board is asked to answer about its own leadership role in a workstream; number is
-- the item number in the programme (questions and activities share one numbering per workstream).
CREATE TABLE leadership_question (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    workstream_id BIGINT NOT NULL,
    number INT NOT NULL,
    question VARCHAR(2000) NOT NULL,
    prompts TEXT,
    agreed_role TEXT,
    CONSTRAINT fk_leadership_question_workstream FOREIGN KEY (workstream_id) REFERENCES workstream (id),
    CONSTRAINT uq_leadership_question_number UNIQUE (workstream_id, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE activity (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    workstream_id BIGINT NOT NULL,
    number INT NOT NULL,
    description VARCHAR(4000) NOT NULL,
    status VARCHAR(20) NOT NULL,
    target_date DATE,
    target_precision VARCHAR(10),
    CONSTRAINT fk_activity_workstream FOREIGN KEY (workstream_id) REFERENCES workstream (id),
    CONSTRAINT uq_activity_number UNIQUE (workstream_id, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who owns an activity: like action_owner, exactly one of person, organisation or group per row.
CREATE TABLE activity_owner (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    activity_id BIGINT NOT NULL,
    position INT NOT NULL,
    person_id BIGINT,
    organisation_id BIGINT,
    group_id BIGINT,
    CONSTRAINT fk_activity_owner_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
    CONSTRAINT fk_activity_owner_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_activity_owner_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_activity_owner_group FOREIGN KEY (group_id) REFERENCES owner_group (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The resource catalogue: support available to CPPs, linked to any number of workstreams.
CREATE TABLE resource_item (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    title VARCHAR(300) NOT NULL,
    url VARCHAR(500),
    description TEXT,
    provider_organisation_id BIGINT,
    provider_name VARCHAR(200),
    kind VARCHAR(20) NOT NULL,
    CONSTRAINT fk_resource_item_provider FOREIGN KEY (provider_organisation_id) REFERENCES organisation (id),
    CONSTRAINT uq_resource_item_title UNIQUE (title)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- note: what the resource offers this workstream, where the programme words it differently.
CREATE TABLE workstream_resource (
    workstream_id BIGINT NOT NULL,
    resource_id BIGINT NOT NULL,
    position INT NOT NULL,
    note TEXT,
    PRIMARY KEY (workstream_id, resource_id),
    CONSTRAINT fk_workstream_resource_workstream FOREIGN KEY (workstream_id) REFERENCES workstream (id),
    CONSTRAINT fk_workstream_resource_resource FOREIGN KEY (resource_id) REFERENCES resource_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A period leads report on; report_meeting_id is the meeting the updates go to.
CREATE TABLE reporting_period (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    programme_id BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    starts_on DATE,
    ends_on DATE NOT NULL,
    report_meeting_id BIGINT,
    CONSTRAINT fk_reporting_period_programme FOREIGN KEY (programme_id) REFERENCES work_programme (id),
    CONSTRAINT fk_reporting_period_meeting FOREIGN KEY (report_meeting_id) REFERENCES meeting (id),
    CONSTRAINT uq_reporting_period_title UNIQUE (programme_id, title)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every update is kept (several per workstream and period are allowed; the latest counts).
-- rag: RED, AMBER, GREEN, NO_UPDATE (the lead gave none) or NOT_RATED (narrative without a rating).
CREATE TABLE progress_update (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    workstream_id BIGINT NOT NULL,
    period_id BIGINT NOT NULL,
    rag VARCHAR(20) NOT NULL,
    rag_reason VARCHAR(2000),
    achievements TEXT,
    difference_made TEXT,
    risks_issues TEXT,
    next_steps TEXT,
    submitted_by VARCHAR(150) NOT NULL,
    submitted_at TIMESTAMP NOT NULL,
    CONSTRAINT fk_progress_update_workstream FOREIGN KEY (workstream_id) REFERENCES workstream (id),
    CONSTRAINT fk_progress_update_period FOREIGN KEY (period_id) REFERENCES reporting_period (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_progress_update_workstream ON progress_update (workstream_id, submitted_at);

-- How a revision treats the workstreams of the version before: programme_id is the new version.
-- CARRIED_OVER/MERGED/SPLIT have both ends; RETIRED has no new workstream; NEW has no old one.
CREATE TABLE workstream_mapping (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    programme_id BIGINT NOT NULL,
    from_workstream_id BIGINT,
    to_workstream_id BIGINT,
    kind VARCHAR(20) NOT NULL,
    note VARCHAR(1000),
    CONSTRAINT fk_workstream_mapping_programme FOREIGN KEY (programme_id) REFERENCES work_programme (id),
    CONSTRAINT fk_workstream_mapping_from FOREIGN KEY (from_workstream_id) REFERENCES workstream (id),
    CONSTRAINT fk_workstream_mapping_to FOREIGN KEY (to_workstream_id) REFERENCES workstream (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Outcomes framework ("measures of success"): a logic model kept as data.
CREATE TABLE outcomes_framework (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    board_id BIGINT NOT NULL,
    title VARCHAR(300) NOT NULL,
    subtitle VARCHAR(300),
    description TEXT,
    interests TEXT,
    CONSTRAINT fk_outcomes_framework_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT uq_outcomes_framework_title UNIQUE (board_id, title)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE framework_element (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    framework_id BIGINT NOT NULL,
    number INT NOT NULL,
    title VARCHAR(300) NOT NULL,
    description VARCHAR(2000),
    CONSTRAINT fk_framework_element_framework FOREIGN KEY (framework_id) REFERENCES outcomes_framework (id),
    CONSTRAINT uq_framework_element_number UNIQUE (framework_id, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- term: SHORT, MEDIUM or LONG; number is the outcome's number within its term.
CREATE TABLE framework_outcome (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    framework_id BIGINT NOT NULL,
    term VARCHAR(10) NOT NULL,
    number INT NOT NULL,
    statement VARCHAR(1000) NOT NULL,
    detail TEXT,
    CONSTRAINT fk_framework_outcome_framework FOREIGN KEY (framework_id) REFERENCES outcomes_framework (id),
    CONSTRAINT uq_framework_outcome_number UNIQUE (framework_id, term, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE framework_assumption (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    framework_id BIGINT NOT NULL,
    position INT NOT NULL,
    statement VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_framework_assumption_framework FOREIGN KEY (framework_id) REFERENCES outcomes_framework (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE outcome_indicator (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    outcome_id BIGINT NOT NULL,
    position INT NOT NULL,
    description VARCHAR(1000) NOT NULL,
    data_source VARCHAR(400),
    CONSTRAINT fk_outcome_indicator_outcome FOREIGN KEY (outcome_id) REFERENCES framework_outcome (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE outcome_evidence (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    outcome_id BIGINT NOT NULL,
    indicator_id BIGINT,
    summary VARCHAR(4000) NOT NULL,
    source VARCHAR(500),
    recorded_on DATE NOT NULL,
    recorded_by VARCHAR(150) NOT NULL,
    CONSTRAINT fk_outcome_evidence_outcome FOREIGN KEY (outcome_id) REFERENCES framework_outcome (id),
    CONSTRAINT fk_outcome_evidence_indicator FOREIGN KEY (indicator_id) REFERENCES outcome_indicator (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE workstream_outcome (
    workstream_id BIGINT NOT NULL,
    outcome_id BIGINT NOT NULL,
    PRIMARY KEY (workstream_id, outcome_id),
    CONSTRAINT fk_workstream_outcome_workstream FOREIGN KEY (workstream_id) REFERENCES workstream (id),
    CONSTRAINT fk_workstream_outcome_outcome FOREIGN KEY (outcome_id) REFERENCES framework_outcome (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE activity_outcome (
    activity_id BIGINT NOT NULL,
    outcome_id BIGINT NOT NULL,
    PRIMARY KEY (activity_id, outcome_id),
    CONSTRAINT fk_activity_outcome_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
    CONSTRAINT fk_activity_outcome_outcome FOREIGN KEY (outcome_id) REFERENCES framework_outcome (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An agreed action may serve a workstream or one of its activities.
ALTER TABLE agreed_action ADD COLUMN workstream_id BIGINT;
ALTER TABLE agreed_action ADD COLUMN activity_id BIGINT;
ALTER TABLE agreed_action ADD CONSTRAINT fk_action_workstream FOREIGN KEY (workstream_id) REFERENCES workstream (id);
ALTER TABLE agreed_action ADD CONSTRAINT fk_action_activity FOREIGN KEY (activity_id) REFERENCES activity (id);

-- A decision in a minute entry that concerns a workstream or an activity (at least one is set).
CREATE TABLE minute_decision_link (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    minute_entry_id BIGINT NOT NULL,
    workstream_id BIGINT,
    activity_id BIGINT,
    CONSTRAINT fk_minute_decision_link_entry FOREIGN KEY (minute_entry_id) REFERENCES minute_entry (id),
    CONSTRAINT fk_minute_decision_link_workstream FOREIGN KEY (workstream_id) REFERENCES workstream (id),
    CONSTRAINT fk_minute_decision_link_activity FOREIGN KEY (activity_id) REFERENCES activity (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
