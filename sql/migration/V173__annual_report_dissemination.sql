-- Where each board member disseminated the approved annual report: the organisation or sectoral network, the
-- day, the audience and the channel; each is also an engagement record in the engagement log (delivering the
-- report's core messages), which this row points to.
-- One dialect accepted by MariaDB/MySQL and by H2 2.2 in MySQL mode, as V001.

CREATE TABLE report_dissemination (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    report_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    organisation_id BIGINT NULL,
    network VARCHAR(200) NOT NULL,
    disseminated_on DATE NOT NULL,
    audience VARCHAR(500),
    engagement_record_id BIGINT NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    CONSTRAINT fk_report_dissemination_report FOREIGN KEY (report_id) REFERENCES annual_report (id),
    CONSTRAINT fk_report_dissemination_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_report_dissemination_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_report_dissemination_engagement FOREIGN KEY (engagement_record_id) REFERENCES engagement_record (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
