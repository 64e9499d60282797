-- Owners as the minute writes them, and who attended for whom.
-- An owner row may name a role on the board ("Chair", "Vice-chair", "Secretariat") as written: the
-- person is the holder on the meeting's day (a membership with that role), kept in as_role so the
-- minute shows "Chair (Steve Grimmond)". The role on the board itself is membership.role (V001):
-- CHAIR, VICE_CHAIR, MEMBER, SECRETARIAT, ADVISER, OBSERVER.
-- An attendance row may be a substitute attending for a member (substitute_for_id), representing the
-- member's organisation.
-- One dialect accepted by MariaDB/MySQL and by H2 2.2 in MySQL mode, as V001.

ALTER TABLE action_owner ADD COLUMN as_role VARCHAR(20) NULL;
ALTER TABLE activity_owner ADD COLUMN as_role VARCHAR(20) NULL;
ALTER TABLE workstream_lead ADD COLUMN as_role VARCHAR(20) NULL;
ALTER TABLE engagement_plan_lead ADD COLUMN as_role VARCHAR(20) NULL;

ALTER TABLE attendance ADD COLUMN substitute_for_id BIGINT NULL;
ALTER TABLE attendance ADD CONSTRAINT fk_attendance_substitute_for FOREIGN KEY (substitute_for_id) REFERENCES person (id);
