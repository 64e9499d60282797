-- The annual collective messaging report: one report per board and period, drafted from the record.
-- Each section keeps the secretariat's narrative and a snapshot of the figures the app computed from
-- the record (one "label<TAB>value" line per figure), when it was taken, and a note when a refresh
-- changed the figures after review began.
-- One dialect accepted by MariaDB/MySQL and by H2 2.2 in MySQL mode, as V001.

CREATE TABLE annual_report (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    board_id BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    status VARCHAR(20) NOT NULL,
    started_at TIMESTAMP NOT NULL,
    started_by VARCHAR(100) NOT NULL,
    review_started_at TIMESTAMP NULL,
    CONSTRAINT fk_annual_report_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT uq_annual_report_period UNIQUE (board_id, period_start, period_end)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_section (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    report_id BIGINT NOT NULL,
    kind VARCHAR(30) NOT NULL,
    narrative TEXT,
    narrative_updated_at TIMESTAMP NULL,
    narrative_updated_by VARCHAR(100),
    figures MEDIUMTEXT NOT NULL,
    figures_taken_at TIMESTAMP NOT NULL,
    figures_changed_at TIMESTAMP NULL,
    figures_changed_note VARCHAR(1000),
    CONSTRAINT fk_report_section_report FOREIGN KEY (report_id) REFERENCES annual_report (id),
    CONSTRAINT uq_report_section_kind UNIQUE (report_id, kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
