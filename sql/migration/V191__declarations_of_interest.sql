-- Declarations of interest (issue #11, point 6): each member's register of interests, kept with
-- dates and reviewed yearly, and the declarations made on agenda items (before or at the meeting),
-- printed in the minute. One dialect for MariaDB/MySQL and H2 2.2 (MySQL mode), as V001.

-- A registered interest of a person: what it is, from when (and until when, once it ends), and when
-- its holder last confirmed it (a review is due a year after that).
CREATE TABLE registered_interest (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    person_id BIGINT NOT NULL,
    description VARCHAR(1000) NOT NULL,
    from_date DATE NOT NULL,
    to_date DATE,
    reviewed_on DATE NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    CONSTRAINT fk_registered_interest_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_registered_interest_person ON registered_interest (person_id, from_date);

-- A declaration on one agenda item: who, the interest as declared, and what they did about it
-- ("took no part in the discussion"). One per person and item.
CREATE TABLE interest_declaration (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    agenda_item_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    interest VARCHAR(1000) NOT NULL,
    participation VARCHAR(500),
    recorded_at TIMESTAMP NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    CONSTRAINT uq_interest_declaration UNIQUE (agenda_item_id, person_id),
    CONSTRAINT fk_interest_declaration_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_interest_declaration_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
