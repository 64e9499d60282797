-- CPIB Board Manager: the demo annual report in review (issue 12).
-- Runs after demo.DemoAnnualReport has drafted "CPIB annual report: year to February 2019" from the demo
-- record (its figures are the record's, computed by the app). This script writes the narrative of two
-- sections, sends round 1 for review (a copy of every section as sent), gives each board member (the chair
-- and members) a review, records the demo member's (Kenny Richmond, Scottish Enterprise) agreement and
-- Phil Couser's (NHS NSS) request for changes, and leaves one open comment.
-- The narrative is written for the demo from the board's papers of 28 February 2019; it is not the board's.
-- Runs unchanged on H2 2.2 (MODE=MySQL) and MariaDB 10.11.

UPDATE report_section SET
    narrative = 'The board met twice in the year, in August and November 2018, and reviewed its purpose.
In November it agreed a revised purpose and its new name, the Community Planning Improvement Board.',
    narrative_updated_at = TIMESTAMP '2019-03-04 10:30:00', narrative_updated_by = 'secretariat', version = version + 1
WHERE kind = 'MEETINGS' AND report_id = (SELECT id FROM annual_report WHERE title = 'CPIB annual report: year to February 2019');

UPDATE report_section SET
    narrative = 'The board agreed an engagement strategy to strengthen the engagement loop with Community Planning stakeholders.
Board members use their role in their own organisations and networks to share the board’s work and gather feedback.',
    narrative_updated_at = TIMESTAMP '2019-03-04 10:40:00', narrative_updated_by = 'secretariat', version = version + 1
WHERE kind = 'ENGAGEMENT' AND report_id = (SELECT id FROM annual_report WHERE title = 'CPIB annual report: year to February 2019');

UPDATE annual_report SET status = 'IN_REVIEW', review_started_at = TIMESTAMP '2019-03-05 09:00:00', version = version + 1
WHERE title = 'CPIB annual report: year to February 2019';

INSERT INTO report_round (report_id, number, deadline, note, sent_at, sent_by)
SELECT id, 1, DATE '2019-03-22', 'Please read the draft and record your organisation’s decision before the deadline.',
       TIMESTAMP '2019-03-05 09:00:00', 'Emily Lynch'
FROM annual_report WHERE title = 'CPIB annual report: year to February 2019';

INSERT INTO report_round_section (round_id, kind, narrative, figures)
SELECT rr.id, s.kind, s.narrative, s.figures
FROM report_round rr JOIN report_section s ON s.report_id = rr.report_id
WHERE rr.number = 1 AND rr.report_id = (SELECT id FROM annual_report WHERE title = 'CPIB annual report: year to February 2019');

INSERT INTO report_review (round_id, person_id, organisation_id)
SELECT rr.id, m.person_id, m.organisation_id
FROM report_round rr JOIN annual_report r ON r.id = rr.report_id JOIN membership m ON m.board_id = r.board_id
WHERE r.title = 'CPIB annual report: year to February 2019' AND rr.number = 1 AND m.role IN ('CHAIR', 'MEMBER');

UPDATE report_review SET read_at = TIMESTAMP '2019-03-06 11:15:00', decision = 'AGREED',
    decided_at = TIMESTAMP '2019-03-06 11:20:00', version = version + 1
WHERE person_id = (SELECT id FROM person WHERE full_name = 'Kenny Richmond');

UPDATE report_review SET read_at = TIMESTAMP '2019-03-07 14:00:00', decision = 'CHANGES_REQUESTED',
    reason = 'The engagement section should say which stakeholder groups we have not yet reached, as the coverage shows gaps.',
    decided_at = TIMESTAMP '2019-03-07 14:30:00', version = version + 1
WHERE person_id = (SELECT id FROM person WHERE full_name = 'Phil Couser');

UPDATE report_review SET read_at = TIMESTAMP '2019-03-08 09:45:00'
WHERE person_id = (SELECT id FROM person WHERE full_name = 'Fraser McKinlay');

INSERT INTO report_comment (section_id, round_id, person_id, author, username, passage, body, created_at)
SELECT s.id, rr.id, p.id, 'Phil Couser', 'phil', 'strengthen the engagement loop',
       'Could we add one example of feedback that came back through the loop this year?',
       TIMESTAMP '2019-03-07 14:20:00'
FROM report_section s JOIN report_round rr ON rr.report_id = s.report_id, person p
WHERE s.kind = 'ENGAGEMENT' AND rr.number = 1 AND p.full_name = 'Phil Couser'
AND s.report_id = (SELECT id FROM annual_report WHERE title = 'CPIB annual report: year to February 2019');
