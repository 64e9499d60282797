-- Engagement strategy: the board's strategy (aims, stakeholder groups, channels, core messages, the
-- plan for each group, a forward schedule of dated events) and the log of engagements that happened,
-- with the agreed actions that follow up an engagement.
-- One dialect accepted by MariaDB/MySQL and by H2 2.2 in MySQL mode, as V001.
-- Dates that a paper gives only as a month ("May 2019") are stored as the month's first day with
-- date_precision = 'MONTH'; a day has date_precision = 'DAY'.

CREATE TABLE engagement_strategy (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    board_id BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    summary TEXT,
    period_from DATE NOT NULL,
    period_to DATE,
    status VARCHAR(20) NOT NULL,
    approval_meeting_id BIGINT,
    approved_on DATE,
    CONSTRAINT fk_engagement_strategy_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT fk_engagement_strategy_meeting FOREIGN KEY (approval_meeting_id) REFERENCES meeting (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An aim of a strategy, numbered as the paper numbers it ("4.1.1").
CREATE TABLE engagement_aim (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    strategy_id BIGINT NOT NULL,
    number VARCHAR(20) NOT NULL,
    position INT NOT NULL,
    text VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_engagement_aim_strategy FOREIGN KEY (strategy_id) REFERENCES engagement_strategy (id),
    CONSTRAINT uq_engagement_aim_number UNIQUE (strategy_id, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A group of stakeholders the board engages with; it belongs to the board, so it outlives a strategy.
CREATE TABLE stakeholder_group (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    board_id BIGINT NOT NULL,
    name VARCHAR(300) NOT NULL,
    description VARCHAR(2000),
    size_notes VARCHAR(300),
    CONSTRAINT fk_stakeholder_group_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT uq_stakeholder_group_name UNIQUE (board_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A way of reaching stakeholders: a network meeting, a report, a website.
CREATE TABLE engagement_channel (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    board_id BIGINT NOT NULL,
    name VARCHAR(200) NOT NULL,
    description VARCHAR(2000),
    CONSTRAINT fk_engagement_channel_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT uq_engagement_channel_name UNIQUE (board_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A numbered core message of a strategy.
CREATE TABLE core_message (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    strategy_id BIGINT NOT NULL,
    number INT NOT NULL,
    text VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_core_message_strategy FOREIGN KEY (strategy_id) REFERENCES engagement_strategy (id),
    CONSTRAINT uq_core_message_number UNIQUE (strategy_id, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row of the strategy's matrix: how a group is to be engaged. The texts keep the paper's wording;
-- the join tables below hold the same plan as links that coverage can count.
CREATE TABLE engagement_plan (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    strategy_id BIGINT NOT NULL,
    group_id BIGINT NOT NULL,
    position INT NOT NULL,
    channel_text TEXT,
    delivery_lead_text VARCHAR(1000),
    CONSTRAINT fk_engagement_plan_strategy FOREIGN KEY (strategy_id) REFERENCES engagement_strategy (id),
    CONSTRAINT fk_engagement_plan_group FOREIGN KEY (group_id) REFERENCES stakeholder_group (id),
    CONSTRAINT uq_engagement_plan_group UNIQUE (strategy_id, group_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE engagement_plan_channel (
    plan_id BIGINT NOT NULL,
    channel_id BIGINT NOT NULL,
    PRIMARY KEY (plan_id, channel_id),
    CONSTRAINT fk_plan_channel_plan FOREIGN KEY (plan_id) REFERENCES engagement_plan (id),
    CONSTRAINT fk_plan_channel_channel FOREIGN KEY (channel_id) REFERENCES engagement_channel (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE engagement_plan_message (
    plan_id BIGINT NOT NULL,
    message_id BIGINT NOT NULL,
    PRIMARY KEY (plan_id, message_id),
    CONSTRAINT fk_plan_message_plan FOREIGN KEY (plan_id) REFERENCES engagement_plan (id),
    CONSTRAINT fk_plan_message_message FOREIGN KEY (message_id) REFERENCES core_message (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who leads the engagement of a group: exactly one of person, organisation or owner group per row.
CREATE TABLE engagement_plan_lead (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id BIGINT NOT NULL,
    position INT NOT NULL,
    person_id BIGINT,
    organisation_id BIGINT,
    group_id BIGINT,
    CONSTRAINT fk_plan_lead_plan FOREIGN KEY (plan_id) REFERENCES engagement_plan (id),
    CONSTRAINT fk_plan_lead_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_plan_lead_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_plan_lead_group FOREIGN KEY (group_id) REFERENCES owner_group (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The forward schedule: dated events and opportunities, with the groups they reach.
CREATE TABLE engagement_event (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    strategy_id BIGINT NOT NULL,
    on_date DATE NOT NULL,
    date_precision VARCHAR(10) NOT NULL,
    title VARCHAR(300) NOT NULL,
    description VARCHAR(2000),
    CONSTRAINT fk_engagement_event_strategy FOREIGN KEY (strategy_id) REFERENCES engagement_strategy (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_engagement_event_date ON engagement_event (strategy_id, on_date);

CREATE TABLE engagement_event_group (
    event_id BIGINT NOT NULL,
    group_id BIGINT NOT NULL,
    PRIMARY KEY (event_id, group_id),
    CONSTRAINT fk_event_group_event FOREIGN KEY (event_id) REFERENCES engagement_event (id),
    CONSTRAINT fk_event_group_group FOREIGN KEY (group_id) REFERENCES stakeholder_group (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The engagement log: one engagement that happened. sample_data marks records made up for the
-- demonstration rather than reported by a board paper.
CREATE TABLE engagement_record (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    board_id BIGINT NOT NULL,
    on_date DATE NOT NULL,
    date_precision VARCHAR(10) NOT NULL,
    person_id BIGINT NOT NULL,
    channel_id BIGINT NOT NULL,
    event_id BIGINT,
    event_name VARCHAR(300),
    people_reached INT,
    heard TEXT,
    learned TEXT,
    sample_data BOOLEAN NOT NULL DEFAULT FALSE,
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    CONSTRAINT fk_engagement_record_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT fk_engagement_record_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_engagement_record_channel FOREIGN KEY (channel_id) REFERENCES engagement_channel (id),
    CONSTRAINT fk_engagement_record_event FOREIGN KEY (event_id) REFERENCES engagement_event (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_engagement_record_date ON engagement_record (board_id, on_date);

CREATE TABLE engagement_record_group (
    record_id BIGINT NOT NULL,
    group_id BIGINT NOT NULL,
    PRIMARY KEY (record_id, group_id),
    CONSTRAINT fk_record_group_record FOREIGN KEY (record_id) REFERENCES engagement_record (id),
    CONSTRAINT fk_record_group_group FOREIGN KEY (group_id) REFERENCES stakeholder_group (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE engagement_record_message (
    record_id BIGINT NOT NULL,
    message_id BIGINT NOT NULL,
    PRIMARY KEY (record_id, message_id),
    CONSTRAINT fk_record_message_record FOREIGN KEY (record_id) REFERENCES engagement_record (id),
    CONSTRAINT fk_record_message_message FOREIGN KEY (message_id) REFERENCES core_message (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Follow-up actions: an agreed action may come from an engagement instead of an agenda item, so
-- it links to the record and its meeting and agenda item become optional.
ALTER TABLE agreed_action ADD COLUMN engagement_record_id BIGINT NULL;

ALTER TABLE agreed_action ADD CONSTRAINT fk_action_engagement_record
    FOREIGN KEY (engagement_record_id) REFERENCES engagement_record (id);

ALTER TABLE agreed_action MODIFY meeting_id BIGINT NULL;

ALTER TABLE agreed_action MODIFY agenda_item_id BIGINT NULL;
