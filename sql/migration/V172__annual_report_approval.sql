-- Approval and publication of the annual report: the board's approval is recorded against a decision in a
-- meeting's minute (the minute entry whose decisions record it), then the secretariat publishes the report
-- (a public page, a tagged PDF, Word for members).
-- One dialect accepted by MariaDB/MySQL and by H2 2.2 in MySQL mode, as V001.

ALTER TABLE annual_report ADD COLUMN approved_entry_id BIGINT NULL;
ALTER TABLE annual_report ADD COLUMN approved_at TIMESTAMP NULL;
ALTER TABLE annual_report ADD COLUMN approved_by VARCHAR(100) NULL;
ALTER TABLE annual_report ADD COLUMN published_at TIMESTAMP NULL;
ALTER TABLE annual_report ADD COLUMN published_by VARCHAR(100) NULL;
ALTER TABLE annual_report ADD CONSTRAINT fk_annual_report_approved_entry FOREIGN KEY (approved_entry_id) REFERENCES minute_entry (id);
