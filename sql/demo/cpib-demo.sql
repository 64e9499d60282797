-- CPIB Board Manager: demo data.
-- Source: the CPIB board pack for the meeting of 28 February 2019 (agenda, minute of 28 November 2018,
-- revised work programme, engagement strategy, community participation action learning paper).
-- docs/demo-data.md says where each part came from and lists every inference.
-- Runs unchanged on H2 2.2 (MODE=MySQL) and MariaDB 10.11, after sql/migration/V001.
-- No explicit ids: foreign keys are resolved with subqueries on natural keys.
-- E-mail addresses are fictional placeholders on the reserved example.org domain.
-- paper, paper_content, minute_amendment, app_user, app_user_role and audit_entry are left empty.

-- ---------------------------------------------------------------------------------------------
-- Board
-- ---------------------------------------------------------------------------------------------

INSERT INTO board (name, short_name, former_names, purpose) VALUES (
'Community Planning Improvement Board',
'CPIB',
'Outcomes, Evidence and Performance Board (OEPB)',
'Our purpose is to support Community Planning Partnerships (CPPs) to deliver their statutory duties effectively and to make better and more informed decisions that improve the lives of local communities across Scotland.');

-- ---------------------------------------------------------------------------------------------
-- Organisations, named as in the attendance list of the 28 November 2018 minute
-- ---------------------------------------------------------------------------------------------

INSERT INTO organisation (name, short_name, website) VALUES
('SOLACE', 'SOLACE', NULL),
('Audit Scotland', 'AS', NULL),
('Improvement Service', 'IS', 'http://www.improvementservice.org.uk'),
('What Works Scotland', 'WWS', 'http://whatworksscotland.ac.uk'),
('Police Scotland', NULL, NULL),
('Scottish Government', 'SG', 'http://gov.scot'),
('NHS NSS', 'NSS', 'https://nhsnss.org'),
('Health Scotland', 'HS', 'http://www.healthscotland.scot'),
('Scottish Fire and Rescue Service', 'SFRS', NULL),
('Scottish Enterprise', NULL, NULL),
('Public Health', 'PH', NULL),
('Skills Development Scotland', 'SDS', NULL),
('Edinburgh Voluntary Organisations'' Council', 'EVOG', NULL);

-- ---------------------------------------------------------------------------------------------
-- People: attendees and apologies of the 28 November 2018 minute (also every workstream lead
-- named in Appendix 2 of the revised work programme; all of them are already in this list)
-- ---------------------------------------------------------------------------------------------

INSERT INTO person (full_name, title, initials, email, organisation_id) VALUES
('Steve Grimmond', NULL, 'SG', 'steve.grimmond@example.org', (SELECT id FROM organisation WHERE name = 'SOLACE')),
('Fraser McKinlay', NULL, 'FM', 'fraser.mckinlay@example.org', (SELECT id FROM organisation WHERE name = 'Audit Scotland')),
('Sarah Gadsden', NULL, 'SG', 'sarah.gadsden@example.org', (SELECT id FROM organisation WHERE name = 'Improvement Service')),
('Nicholas Watson', NULL, 'NW', 'nicholas.watson@example.org', (SELECT id FROM organisation WHERE name = 'What Works Scotland')),
('Malcolm Graham', 'ACC', 'MG', 'malcolm.graham@example.org', (SELECT id FROM organisation WHERE name = 'Police Scotland')),
('Roger Halliday', NULL, 'RH', 'roger.halliday@example.org', (SELECT id FROM organisation WHERE name = 'Scottish Government')),
('Phil Couser', NULL, 'PC', 'phil.couser@example.org', (SELECT id FROM organisation WHERE name = 'NHS NSS')),
('Gerry McLaughlin', NULL, 'GM', 'gerry.mclaughlin@example.org', (SELECT id FROM organisation WHERE name = 'Health Scotland')),
('David Milne', NULL, 'DM', 'david.milne@example.org', (SELECT id FROM organisation WHERE name = 'Scottish Government')),
('Mark McAteer', NULL, 'MM', 'mark.mcateer@example.org', (SELECT id FROM organisation WHERE name = 'Scottish Fire and Rescue Service')),
('Kenny Richmond', NULL, 'KR', 'kenny.richmond@example.org', (SELECT id FROM organisation WHERE name = 'Scottish Enterprise')),
('Emily Lynch', NULL, 'EL', 'emily.lynch@example.org', (SELECT id FROM organisation WHERE name = 'Improvement Service')),
('Eibhlin McHugh', NULL, 'EM', 'eibhlin.mchugh@example.org', (SELECT id FROM organisation WHERE name = 'Public Health')),
('David Martin', NULL, 'DM', 'david.martin@example.org', (SELECT id FROM organisation WHERE name = 'SOLACE')),
('Audrey MacDougall', NULL, 'AM', 'audrey.macdougall@example.org', (SELECT id FROM organisation WHERE name = 'Scottish Government')),
('James Russell', NULL, 'JR', 'james.russell@example.org', (SELECT id FROM organisation WHERE name = 'Skills Development Scotland')),
('Ella Simpson', NULL, 'ES', 'ella.simpson@example.org', (SELECT id FROM organisation WHERE name = 'Edinburgh Voluntary Organisations'' Council'));

-- ---------------------------------------------------------------------------------------------
-- Memberships of the CPIB (dates of joining are not in the pack, so from_date/to_date are NULL)
-- ---------------------------------------------------------------------------------------------

INSERT INTO membership (board_id, person_id, organisation_id, role)
SELECT b.id, p.id, p.organisation_id,
       CASE p.full_name WHEN 'Steve Grimmond' THEN 'CHAIR' WHEN 'Emily Lynch' THEN 'SECRETARIAT' ELSE 'MEMBER' END
FROM board b, person p
WHERE b.short_name = 'CPIB'
AND p.full_name IN ('Steve Grimmond', 'Fraser McKinlay', 'Sarah Gadsden', 'Nicholas Watson', 'Malcolm Graham',
                    'Roger Halliday', 'Phil Couser', 'Gerry McLaughlin', 'David Milne', 'Mark McAteer',
                    'Kenny Richmond', 'Emily Lynch', 'Eibhlin McHugh', 'David Martin', 'Audrey MacDougall',
                    'James Russell', 'Ella Simpson');

-- The quorum rule (the pack does not state one; six of the chair and members is assumed for the demo)
UPDATE board SET quorum_members = 6 WHERE short_name = 'CPIB';

-- ---------------------------------------------------------------------------------------------
-- Owner groups named in the Action column of the minute
-- ---------------------------------------------------------------------------------------------

INSERT INTO owner_group (board_id, name, description) VALUES
((SELECT id FROM board WHERE short_name = 'CPIB'), 'CPIB members', 'All members of the Board, including the chair (the minute''s "CPIB members" / "Board Members").'),
((SELECT id FROM board WHERE short_name = 'CPIB'), 'CPIB partners', 'The partners represented on the Board (the minute''s "CPIB partners"); the same people as "CPIB members".'),
((SELECT id FROM board WHERE short_name = 'CPIB'), 'Workstream Leads', 'Leads of the work programme workstreams, as named in Appendix 2 of the revised work programme (February 2019).');

INSERT INTO owner_group_member (group_id, person_id)
SELECT g.id, m.person_id
FROM owner_group g JOIN membership m ON m.board_id = g.board_id
WHERE g.name IN ('CPIB members', 'CPIB partners')
AND m.role IN ('CHAIR', 'MEMBER');

INSERT INTO owner_group_member (group_id, person_id)
SELECT g.id, p.id
FROM owner_group g, person p
WHERE g.name = 'Workstream Leads'
AND p.full_name IN ('Roger Halliday', 'Phil Couser', 'Mark McAteer', 'Sarah Gadsden', 'Gerry McLaughlin', 'Steve Grimmond');

-- ---------------------------------------------------------------------------------------------
-- Meetings 14, 15 and 16. Meeting 14's minute_approved_at_meeting_id is set at the end of the
-- script (it points forward to meeting 15; a same-table subquery in UPDATE is not portable).
-- ---------------------------------------------------------------------------------------------

INSERT INTO meeting (board_id, number, meeting_date, start_time, end_time, venue_name, venue_address, status,
                     previous_meeting_id, minute_approved_on, minute_approved_by, agenda_issued_at, published_at)
VALUES ((SELECT id FROM board WHERE short_name = 'CPIB'), 14, DATE '2018-08-29', TIME '14:00:00', TIME '16:00:00',
        NULL, NULL, 'MINUTE_APPROVED', NULL, DATE '2018-11-28', 'The Board', NULL, NULL);

INSERT INTO meeting (board_id, number, meeting_date, start_time, end_time, venue_name, venue_address, status,
                     previous_meeting_id, agenda_issued_at, published_at)
SELECT p.board_id, 15, DATE '2018-11-28', TIME '14:00:00', TIME '16:00:00',
       NULL, NULL, 'MINUTE_DRAFTED', p.id, NULL, NULL
FROM meeting p WHERE p.number = 14;

INSERT INTO meeting (board_id, number, meeting_date, start_time, end_time, venue_name, venue_address, status,
                     previous_meeting_id, agenda_issued_at, published_at)
SELECT p.board_id, 16, DATE '2019-02-28', TIME '14:00:00', TIME '16:00:00',
       'Scottish Enterprise, Apex House', '99 Haymarket Terrace, Edinburgh EH12 5HD', 'AGENDA_ISSUED', p.id,
       TIMESTAMP '2019-02-21 09:00:00', NULL
FROM meeting p WHERE p.number = 15;

-- ---------------------------------------------------------------------------------------------
-- Meeting 14 (29 August 2018, OEPB): agenda reconstructed only so far as its five carried
-- actions need somewhere to hang (see docs/demo-data.md)
-- ---------------------------------------------------------------------------------------------

INSERT INTO agenda_item (meeting_id, parent_id, position, title, purpose, presenter_id, standing_kind) VALUES
((SELECT id FROM meeting WHERE number = 14), NULL, 1, 'Welcome and Introduction', NULL, NULL, 'WELCOME'),
((SELECT id FROM meeting WHERE number = 14), NULL, 2, 'Minute & Matters Arising', NULL, NULL, 'MINUTE_AND_MATTERS_ARISING'),
((SELECT id FROM meeting WHERE number = 14), NULL, 3, 'OEPB Outcomes Narrative', NULL, NULL, NULL),
((SELECT id FROM meeting WHERE number = 14), NULL, 4, 'What works Policy Briefing', NULL, NULL, NULL),
((SELECT id FROM meeting WHERE number = 14), NULL, 5, 'OEPB Review', NULL, NULL, NULL);

-- ---------------------------------------------------------------------------------------------
-- Meeting 15 (28 November 2018): agenda as in the minute
-- ---------------------------------------------------------------------------------------------

INSERT INTO agenda_item (meeting_id, parent_id, position, title, purpose, presenter_id, standing_kind) VALUES
((SELECT id FROM meeting WHERE number = 15), NULL, 1, 'Welcome and Introduction', NULL, NULL, 'WELCOME'),
((SELECT id FROM meeting WHERE number = 15), NULL, 2, 'Minute & Matters Arising', NULL, NULL, 'MINUTE_AND_MATTERS_ARISING'),
((SELECT id FROM meeting WHERE number = 15), NULL, 3, 'OEPB Work Programme', 'INFORMATION', NULL, NULL),
((SELECT id FROM meeting WHERE number = 15), NULL, 4, 'OEPB Review', NULL, NULL, NULL),
((SELECT id FROM meeting WHERE number = 15), NULL, 5, 'Performance Management arrangements for Community Planning', 'DECISION',
 (SELECT id FROM person WHERE full_name = 'Mark McAteer'), NULL),
((SELECT id FROM meeting WHERE number = 15), NULL, 6, 'Local Governance Review', 'INFORMATION',
 (SELECT id FROM person WHERE full_name = 'Sarah Gadsden'), NULL),
((SELECT id FROM meeting WHERE number = 15), NULL, 7, 'What Works Scotland – Key Messages Metanarrative', 'DISCUSSION',
 (SELECT id FROM person WHERE full_name = 'Nicholas Watson'), NULL),
((SELECT id FROM meeting WHERE number = 15), NULL, 8, 'Whole system Commission for Public Health', 'DISCUSSION',
 (SELECT id FROM person WHERE full_name = 'Eibhlin McHugh'), NULL),
((SELECT id FROM meeting WHERE number = 15), NULL, 9, 'Future Items & Date of Next Meeting', NULL, NULL, 'FUTURE_ITEMS');

-- Sub-items of item 4 (rendered 4 i, ii, iii)
INSERT INTO agenda_item (meeting_id, parent_id, position, title, purpose, presenter_id, standing_kind)
SELECT p.meeting_id, p.id, 1, 'OEPB Review Improvement Plan', 'DECISION', NULL, NULL
FROM agenda_item p WHERE p.meeting_id = (SELECT id FROM meeting WHERE number = 15) AND p.parent_id IS NULL AND p.position = 4;

INSERT INTO agenda_item (meeting_id, parent_id, position, title, purpose, presenter_id, standing_kind)
SELECT p.meeting_id, p.id, 2, 'Revised Name and Purpose', 'DECISION', NULL, NULL
FROM agenda_item p WHERE p.meeting_id = (SELECT id FROM meeting WHERE number = 15) AND p.parent_id IS NULL AND p.position = 4;

INSERT INTO agenda_item (meeting_id, parent_id, position, title, purpose, presenter_id, standing_kind)
SELECT p.meeting_id, p.id, 3, 'Engagement Activity: Baseline', 'DECISION', NULL, NULL
FROM agenda_item p WHERE p.meeting_id = (SELECT id FROM meeting WHERE number = 15) AND p.parent_id IS NULL AND p.position = 4;

-- ---------------------------------------------------------------------------------------------
-- Meeting 16 (28 February 2019): agenda as issued
-- ---------------------------------------------------------------------------------------------

INSERT INTO agenda_item (meeting_id, parent_id, position, title, purpose, presenter_id, standing_kind) VALUES
((SELECT id FROM meeting WHERE number = 16), NULL, 1, 'Welcome and Introduction', NULL, NULL, 'WELCOME'),
((SELECT id FROM meeting WHERE number = 16), NULL, 2, 'Minute & Matters Arising', NULL, NULL, 'MINUTE_AND_MATTERS_ARISING'),
((SELECT id FROM meeting WHERE number = 16), NULL, 3, 'CPIB Work Programme – revised to reflect updated purpose', 'DECISION', NULL, NULL),
((SELECT id FROM meeting WHERE number = 16), NULL, 4, 'CPIB Engagement Strategy', 'DECISION', NULL, NULL),
((SELECT id FROM meeting WHERE number = 16), NULL, 5, 'Community Participation Action Learning – Key Recommendations', 'DISCUSSION', NULL, NULL),
((SELECT id FROM meeting WHERE number = 16), NULL, 6, 'AOB', NULL, NULL, 'AOB'),
((SELECT id FROM meeting WHERE number = 16), NULL, 7, 'Future Items & Date of Next Meeting', NULL, NULL, 'FUTURE_ITEMS'),
((SELECT id FROM meeting WHERE number = 16), NULL, 8, 'Close', NULL, NULL, 'CLOSE');

-- ---------------------------------------------------------------------------------------------
-- Attendance at meeting 15, as listed in the minute (organisation as written there)
-- ---------------------------------------------------------------------------------------------

INSERT INTO attendance (meeting_id, person_id, organisation_id, kind, chair) VALUES
((SELECT id FROM meeting WHERE number = 15), (SELECT id FROM person WHERE full_name = 'Steve Grimmond'), (SELECT id FROM organisation WHERE name = 'SOLACE'), 'PRESENT', TRUE),
((SELECT id FROM meeting WHERE number = 15), (SELECT id FROM person WHERE full_name = 'Fraser McKinlay'), (SELECT id FROM organisation WHERE name = 'Audit Scotland'), 'PRESENT', FALSE),
((SELECT id FROM meeting WHERE number = 15), (SELECT id FROM person WHERE full_name = 'Sarah Gadsden'), (SELECT id FROM organisation WHERE name = 'Improvement Service'), 'PRESENT', FALSE),
((SELECT id FROM meeting WHERE number = 15), (SELECT id FROM person WHERE full_name = 'Nicholas Watson'), (SELECT id FROM organisation WHERE name = 'What Works Scotland'), 'PRESENT', FALSE),
((SELECT id FROM meeting WHERE number = 15), (SELECT id FROM person WHERE full_name = 'Malcolm Graham'), (SELECT id FROM organisation WHERE name = 'Police Scotland'), 'PRESENT', FALSE),
((SELECT id FROM meeting WHERE number = 15), (SELECT id FROM person WHERE full_name = 'Roger Halliday'), (SELECT id FROM organisation WHERE name = 'Scottish Government'), 'PRESENT', FALSE),
((SELECT id FROM meeting WHERE number = 15), (SELECT id FROM person WHERE full_name = 'Phil Couser'), (SELECT id FROM organisation WHERE name = 'NHS NSS'), 'PRESENT', FALSE),
((SELECT id FROM meeting WHERE number = 15), (SELECT id FROM person WHERE full_name = 'Gerry McLaughlin'), (SELECT id FROM organisation WHERE name = 'Health Scotland'), 'PRESENT', FALSE),
((SELECT id FROM meeting WHERE number = 15), (SELECT id FROM person WHERE full_name = 'David Milne'), (SELECT id FROM organisation WHERE name = 'Scottish Government'), 'PRESENT', FALSE),
((SELECT id FROM meeting WHERE number = 15), (SELECT id FROM person WHERE full_name = 'Mark McAteer'), (SELECT id FROM organisation WHERE name = 'Scottish Fire and Rescue Service'), 'PRESENT', FALSE),
((SELECT id FROM meeting WHERE number = 15), (SELECT id FROM person WHERE full_name = 'Kenny Richmond'), (SELECT id FROM organisation WHERE name = 'Scottish Enterprise'), 'PRESENT', FALSE),
((SELECT id FROM meeting WHERE number = 15), (SELECT id FROM person WHERE full_name = 'Emily Lynch'), (SELECT id FROM organisation WHERE name = 'Improvement Service'), 'PRESENT', FALSE),
((SELECT id FROM meeting WHERE number = 15), (SELECT id FROM person WHERE full_name = 'Eibhlin McHugh'), (SELECT id FROM organisation WHERE name = 'Public Health'), 'PRESENT', FALSE),
((SELECT id FROM meeting WHERE number = 15), (SELECT id FROM person WHERE full_name = 'David Martin'), (SELECT id FROM organisation WHERE name = 'SOLACE'), 'APOLOGIES', FALSE),
((SELECT id FROM meeting WHERE number = 15), (SELECT id FROM person WHERE full_name = 'Audrey MacDougall'), (SELECT id FROM organisation WHERE name = 'Scottish Government'), 'APOLOGIES', FALSE),
((SELECT id FROM meeting WHERE number = 15), (SELECT id FROM person WHERE full_name = 'James Russell'), (SELECT id FROM organisation WHERE name = 'Skills Development Scotland'), 'APOLOGIES', FALSE),
((SELECT id FROM meeting WHERE number = 15), (SELECT id FROM person WHERE full_name = 'Ella Simpson'), (SELECT id FROM organisation WHERE name = 'Edinburgh Voluntary Organisations'' Council'), 'APOLOGIES', FALSE);

-- ---------------------------------------------------------------------------------------------
-- Minute of meeting 15: the seed's text, one entry per agenda item and sub-item that has text of
-- its own (item 4 has none: its text is under 4 i, ii and iii). The "Agreed Actions" lists are not
-- repeated in the narrative; they are the agreed_action rows further down. No entry has separate
-- "decisions": the minute records each decision once, in its narrative, as the seed does.
-- ---------------------------------------------------------------------------------------------

-- 1 Welcome and Introduction
INSERT INTO minute_entry (agenda_item_id, narrative, decisions) VALUES (
(SELECT id FROM agenda_item WHERE meeting_id = (SELECT id FROM meeting WHERE number = 15) AND parent_id IS NULL AND position = 1),
'The chair welcomed members to the 15th meeting of the Board.',
NULL);

-- 2 Minute & Matters Arising (the pack's matters-arising table is flattened into a list)
INSERT INTO minute_entry (agenda_item_id, narrative, decisions) VALUES (
(SELECT id FROM agenda_item WHERE meeting_id = (SELECT id FROM meeting WHERE number = 15) AND parent_id IS NULL AND position = 2),
'The Board approved the minute of the last meeting as a true and accurate record. All matters picked up under Agenda except:
- 2.2iii OEPB Membership – Gerry has lodged a request for a Director of Planning from one of the territorial boards to join the OEPB. Progress: Gerry has still not received a response to his request for a Director of Planning from one of the territorial boards to join the OEPB. Chair & Gerry to discuss further re how to progress.
- 2.5. Performance Management – Recommendations on performance management in Community Planning. Progress: Covered under Agenda item 5
- 1. OEPB Outcomes Narrative – Consider further analysis to add to granularity and local focus, and provide evidence re what''s working. Progress: Ongoing
- 2. What works Policy Briefing – Audrey will circulate the full list of policy briefings What Works Scotland will publish. Progress: Ongoing
- 3. OEPB Review – IS to develop and circulate Improvement plan. Progress: Complete and covered under Agenda Item 4',
NULL);

-- 3 OEPB Work Programme
INSERT INTO minute_entry (agenda_item_id, narrative, decisions) VALUES (
(SELECT id FROM agenda_item WHERE meeting_id = (SELECT id FROM meeting WHERE number = 15) AND parent_id IS NULL AND position = 3),
'The board welcomed the update report and noted the progress being made across the workstreams.',
NULL);

-- 4 i OEPB Review Improvement Plan
INSERT INTO minute_entry (agenda_item_id, narrative, decisions) VALUES (
(SELECT c.id FROM agenda_item c JOIN agenda_item p ON p.id = c.parent_id
 WHERE p.meeting_id = (SELECT id FROM meeting WHERE number = 15) AND p.parent_id IS NULL AND p.position = 4 AND c.position = 1),
'The Board approved the Improvement Plan flowing from the self-assessment session in August and agreed to embed this within the CPIB Work programme to enable progress to be monitored and reported. It was agreed to include an addition in relation to identifying outcomes for the CPIB and measuring performance against these. This should be around what good support for Community Planning should look like and should be measured from the perspective of CPPs and provide evidence that what we''re doing meets their needs.',
NULL);

-- 4 ii Revised Name and Purpose
INSERT INTO minute_entry (agenda_item_id, narrative, decisions) VALUES (
(SELECT c.id FROM agenda_item c JOIN agenda_item p ON p.id = c.parent_id
 WHERE p.meeting_id = (SELECT id FROM meeting WHERE number = 15) AND p.parent_id IS NULL AND p.position = 4 AND c.position = 2),
'The chair recorded thanks to Sarah and Fraser for their work in developing the revised name and purpose, and to board members for providing feedback. The Board endorsed the change in name for the Board and welcomed the revised purpose. In particular, the emphasis on leadership and clearer focus on Community Planning was welcomed as areas where the board can add most value. The board agreed to make additions in relation to strengthening the engagement loop and measuring success. The board agreed to review its current work programme in light of its revised purpose and name. To assist this process, work stream leads were asked to provide short summary re what they have achieved over the last year and what difference this has made.',
NULL);

-- 4 iii Engagement Activity: Baseline
INSERT INTO minute_entry (agenda_item_id, narrative, decisions) VALUES (
(SELECT c.id FROM agenda_item c JOIN agenda_item p ON p.id = c.parent_id
 WHERE p.meeting_id = (SELECT id FROM meeting WHERE number = 15) AND p.parent_id IS NULL AND p.position = 4 AND c.position = 3),
'The Board considered the overview of baseline engagement activity and agreed the next steps to develop an engagement strategy, in particular:
- Clarifying the purpose of the engagement strategy
- Focussing on how the board will engage with CP stakeholders at all levels, including senior level stakeholders
- Promoting better co-ordination of engagement activity across work streams to identify overlaps and avoid duplication
- Providing an opportunity to take a forward look re the issues we want to engage with key stakeholders on, e.g. CP review.
- Linking to the CPIB communications strategy
- Giving further thought to resourcing

It was agreed the engagement strategy should be incorporated within the work programme (Workstream 6 ''Raising the Profile and Influence of the CPIB) to allow for monitoring and reporting.',
NULL);

-- 5 Performance Management arrangements for Community Planning
INSERT INTO minute_entry (agenda_item_id, narrative, decisions) VALUES (
(SELECT id FROM agenda_item WHERE meeting_id = (SELECT id FROM meeting WHERE number = 15) AND parent_id IS NULL AND position = 5),
'Mark McAteer introduced a paper summarising the issues around current performance management arrangements in Community Planning and highlighted the issues for discussion for the board to consider. These findings built on evidence previously produced by the CPIB, including the 2017 survey of public sector leaders; 2018 stocktake of LOIPS; engagement with key stakeholders and also the series of Audit Scotland reports into Community Planning

Board members were asked to discuss and agree the proposals for change at CPP level, for CP partners and for national policy makers. They also considered what further support is needed by CPPs and CP partners to help improve current arrangements. In terms of the issues for national policy makers, the board also considered whether there is an appetite for the board/board members to progress the issues raised, and if so how this should be done.

The CPIB agreed the issue was of significant importance and endorsed both the recommendations and the work summarised from AS among others. The CPIB recognised this agenda as a strategic issue about governance and not simply a tactical issue in relation to performance measurement and reporting. They agreed CPIB has a leadership role to promote wider system change relating to the governing structures of public service delivery and it was agreed to reflect this in the work programme going forward.

As a starting point, the board prioritised practical steps in relation to including these recommendations as good practice principles on the Community Planning Support Portal and within the CPP Self-Assessment checklist. This will help to clarify, simplify, and provide greater focus on the expectations of the CE Act.

It was agreed further consideration should be given to how to engage in the more fundamental conversation about wider system change. For example, consideration should be given as to whether there is an opportunity to provide an input at the SG Performance board or galvanise chief officers to do so.',
NULL);

-- 6 Local Governance Review
INSERT INTO minute_entry (agenda_item_id, narrative, decisions) VALUES (
(SELECT id FROM agenda_item WHERE meeting_id = (SELECT id FROM meeting WHERE number = 15) AND parent_id IS NULL AND position = 6),
'Sarah Gadsden provided a brief update in relation to the LG review and highlighted the request for submissions by all public services by 14th December asking board members to consider how they might wish to respond in their own organisations.',
NULL);

-- 7 What Works Scotland – Key Messages Metanarrative
INSERT INTO minute_entry (agenda_item_id, narrative, decisions) VALUES (
(SELECT id FROM agenda_item WHERE meeting_id = (SELECT id FROM meeting WHERE number = 15) AND parent_id IS NULL AND position = 7),
'Nick Watson shared an overview of the key messages from the soon to be published What Works Scotland Metanarrative.

The board welcomed the overview, and considered how the CPIB might disseminate the findings and seek to use them in improving CP. It was agreed that the work programme should aim to highlight the things we know work well and those that don''t, and consider the CPIBs leadership role in identifying some of the things that need to happen. It was also agreed to cross check the WWS findings with the support available on the CPP support portal to identify gaps which could be addressed in the work programme.

The board also encouraged WWS to provide stronger guidance in relation to the kinds of things we need to change about public sector leadership in Scotland, and identify why it is not currently happening, highlighting the opportunity they have to use their platform and experience to make cogent points in relation to what we need to do.',
NULL);

-- 8 Whole system Commission for Public Health
INSERT INTO minute_entry (agenda_item_id, narrative, decisions) VALUES (
(SELECT id FROM agenda_item WHERE meeting_id = (SELECT id FROM meeting WHERE number = 15) AND parent_id IS NULL AND position = 8),
'Eibhlin McHugh shared an overview of the Public Health whole system approach and outlined how this will sit within their wider reform programme and the Community Planning agenda. Information on the current consultation on how we use the opportunity of Public Health Reform to enable the Whole System to work together effectively was also shared with Board Members.

The board welcomed the positive direction of travel and the commitment to greater joining up between CP and health. The discussion covered the following points:
- The reshaping of the role of the local specialist public health workforce and how this might support community planning
- How wider public health assets can be used to better support work in CP, e.g. the use of data and building the case for investment in prevention
- The audit implications for the new public health body in relation to joint accountability and what governance will look like. Audit Scotland offered to work with PH to progress this.
- The alignment with the mission and purpose of Police/Fire and opportunities to work together',
NULL);

-- 9 Future Items & Date of Next Meeting
INSERT INTO minute_entry (agenda_item_id, narrative, decisions) VALUES (
(SELECT id FROM agenda_item WHERE meeting_id = (SELECT id FROM meeting WHERE number = 15) AND parent_id IS NULL AND position = 9),
'2019 dates will be set and circulated shortly (Feb, May, August, November)',
NULL);

-- ---------------------------------------------------------------------------------------------
-- Agreed actions of meeting 14 (the matters-arising table in item 2 of the 28 November minute).
-- legacy_reference keeps the label printed in the pack.
-- ---------------------------------------------------------------------------------------------

INSERT INTO agreed_action (board_id, meeting_id, agenda_item_id, number, reference, legacy_reference, description,
                           due_date, due_precision, status, covered_by_item_id, created_at, completed_on)
VALUES ((SELECT id FROM board WHERE short_name = 'CPIB'), (SELECT id FROM meeting WHERE number = 14),
        (SELECT id FROM agenda_item WHERE meeting_id = (SELECT id FROM meeting WHERE number = 14) AND parent_id IS NULL AND position = 2),
        1, '14/2/1', '2.2iii',
        'Gerry has lodged a request for a Director of Planning from one of the territorial boards to join the OEPB.',
        DATE '2019-02-01', 'MONTH', 'IN_PROGRESS', NULL, TIMESTAMP '2018-08-29 16:00:00', NULL);

INSERT INTO agreed_action (board_id, meeting_id, agenda_item_id, number, reference, legacy_reference, description,
                           due_date, due_precision, status, covered_by_item_id, created_at, completed_on)
VALUES ((SELECT id FROM board WHERE short_name = 'CPIB'), (SELECT id FROM meeting WHERE number = 14),
        (SELECT id FROM agenda_item WHERE meeting_id = (SELECT id FROM meeting WHERE number = 14) AND parent_id IS NULL AND position = 2),
        2, '14/2/2', '2.5',
        'Recommendations on performance management in Community Planning',
        NULL, NULL, 'COVERED_ELSEWHERE',
        (SELECT id FROM agenda_item WHERE meeting_id = (SELECT id FROM meeting WHERE number = 15) AND parent_id IS NULL AND position = 5),
        TIMESTAMP '2018-08-29 16:00:00', NULL);

INSERT INTO agreed_action (board_id, meeting_id, agenda_item_id, number, reference, legacy_reference, description,
                           due_date, due_precision, status, covered_by_item_id, created_at, completed_on)
VALUES ((SELECT id FROM board WHERE short_name = 'CPIB'), (SELECT id FROM meeting WHERE number = 14),
        (SELECT id FROM agenda_item WHERE meeting_id = (SELECT id FROM meeting WHERE number = 14) AND parent_id IS NULL AND position = 3),
        1, '14/3/1', '1',
        'Consider further analysis to add to granularity and local focus, and provide evidence re what''s working',
        NULL, NULL, 'IN_PROGRESS', NULL, TIMESTAMP '2018-08-29 16:00:00', NULL);

INSERT INTO agreed_action (board_id, meeting_id, agenda_item_id, number, reference, legacy_reference, description,
                           due_date, due_precision, status, covered_by_item_id, created_at, completed_on)
VALUES ((SELECT id FROM board WHERE short_name = 'CPIB'), (SELECT id FROM meeting WHERE number = 14),
        (SELECT id FROM agenda_item WHERE meeting_id = (SELECT id FROM meeting WHERE number = 14) AND parent_id IS NULL AND position = 4),
        1, '14/4/1', '2',
        'Audrey will circulate the full list of policy briefings What Works Scotland will publish',
        NULL, NULL, 'IN_PROGRESS', NULL, TIMESTAMP '2018-08-29 16:00:00', NULL);

INSERT INTO agreed_action (board_id, meeting_id, agenda_item_id, number, reference, legacy_reference, description,
                           due_date, due_precision, status, covered_by_item_id, created_at, completed_on)
VALUES ((SELECT id FROM board WHERE short_name = 'CPIB'), (SELECT id FROM meeting WHERE number = 14),
        (SELECT id FROM agenda_item WHERE meeting_id = (SELECT id FROM meeting WHERE number = 14) AND parent_id IS NULL AND position = 5),
        1, '14/5/1', '3',
        'IS to develop and circulate Improvement plan',
        NULL, NULL, 'COMPLETE', NULL, TIMESTAMP '2018-08-29 16:00:00', DATE '2018-11-28');

-- ---------------------------------------------------------------------------------------------
-- Agreed actions of meeting 15 (Action/Date columns of the 28 November minute;
-- Dec = 2018-12, Jan/Feb/May = 2019; month precision, stored as the first of the month)
-- ---------------------------------------------------------------------------------------------

-- 4 i OEPB Review Improvement Plan
INSERT INTO agreed_action (board_id, meeting_id, agenda_item_id, number, reference, legacy_reference, description,
                           due_date, due_precision, status, covered_by_item_id, created_at, completed_on)
VALUES ((SELECT id FROM board WHERE short_name = 'CPIB'), (SELECT id FROM meeting WHERE number = 15),
        (SELECT c.id FROM agenda_item c JOIN agenda_item p ON p.id = c.parent_id
         WHERE p.meeting_id = (SELECT id FROM meeting WHERE number = 15) AND p.parent_id IS NULL AND p.position = 4 AND c.position = 1),
        1, '15/4i/1', NULL,
        'Amend wording in statement 1.1: Clarify the role of the OEPB in terms of co-ordinating support for Community Planning and influencing policy',
        DATE '2019-02-01', 'MONTH', 'OPEN', NULL, TIMESTAMP '2018-11-28 16:00:00', NULL);

INSERT INTO agreed_action (board_id, meeting_id, agenda_item_id, number, reference, legacy_reference, description,
                           due_date, due_precision, status, covered_by_item_id, created_at, completed_on)
VALUES ((SELECT id FROM board WHERE short_name = 'CPIB'), (SELECT id FROM meeting WHERE number = 15),
        (SELECT c.id FROM agenda_item c JOIN agenda_item p ON p.id = c.parent_id
         WHERE p.meeting_id = (SELECT id FROM meeting WHERE number = 15) AND p.parent_id IS NULL AND p.position = 4 AND c.position = 1),
        2, '15/4i/2', NULL,
        'Include addition: Identify outcomes for CPIB and measure performance against these',
        DATE '2019-02-01', 'MONTH', 'IN_PROGRESS', NULL, TIMESTAMP '2018-11-28 16:00:00', NULL);

INSERT INTO agreed_action (board_id, meeting_id, agenda_item_id, number, reference, legacy_reference, description,
                           due_date, due_precision, status, covered_by_item_id, created_at, completed_on)
VALUES ((SELECT id FROM board WHERE short_name = 'CPIB'), (SELECT id FROM meeting WHERE number = 15),
        (SELECT c.id FROM agenda_item c JOIN agenda_item p ON p.id = c.parent_id
         WHERE p.meeting_id = (SELECT id FROM meeting WHERE number = 15) AND p.parent_id IS NULL AND p.position = 4 AND c.position = 1),
        3, '15/4i/3', NULL,
        'Embed improvement plan within work programme to enable monitoring/reporting',
        DATE '2019-02-01', 'MONTH', 'IN_PROGRESS', NULL, TIMESTAMP '2018-11-28 16:00:00', NULL);

-- 4 ii Revised Name and Purpose
INSERT INTO agreed_action (board_id, meeting_id, agenda_item_id, number, reference, legacy_reference, description,
                           due_date, due_precision, status, covered_by_item_id, created_at, completed_on)
VALUES ((SELECT id FROM board WHERE short_name = 'CPIB'), (SELECT id FROM meeting WHERE number = 15),
        (SELECT c.id FROM agenda_item c JOIN agenda_item p ON p.id = c.parent_id
         WHERE p.meeting_id = (SELECT id FROM meeting WHERE number = 15) AND p.parent_id IS NULL AND p.position = 4 AND c.position = 2),
        1, '15/4ii/1', NULL,
        'Update and share endorsed name change and revised purpose, including amendments to reflect measuring success and engagement',
        DATE '2019-02-01', 'MONTH', 'IN_PROGRESS', NULL, TIMESTAMP '2018-11-28 16:00:00', NULL);

INSERT INTO agreed_action (board_id, meeting_id, agenda_item_id, number, reference, legacy_reference, description,
                           due_date, due_precision, status, covered_by_item_id, created_at, completed_on)
VALUES ((SELECT id FROM board WHERE short_name = 'CPIB'), (SELECT id FROM meeting WHERE number = 15),
        (SELECT c.id FROM agenda_item c JOIN agenda_item p ON p.id = c.parent_id
         WHERE p.meeting_id = (SELECT id FROM meeting WHERE number = 15) AND p.parent_id IS NULL AND p.position = 4 AND c.position = 2),
        2, '15/4ii/2', NULL,
        'Review Work programme to ensure all elements of purpose are appropriately covered',
        DATE '2019-02-01', 'MONTH', 'IN_PROGRESS', NULL, TIMESTAMP '2018-11-28 16:00:00', NULL);

INSERT INTO agreed_action (board_id, meeting_id, agenda_item_id, number, reference, legacy_reference, description,
                           due_date, due_precision, status, covered_by_item_id, created_at, completed_on)
VALUES ((SELECT id FROM board WHERE short_name = 'CPIB'), (SELECT id FROM meeting WHERE number = 15),
        (SELECT c.id FROM agenda_item c JOIN agenda_item p ON p.id = c.parent_id
         WHERE p.meeting_id = (SELECT id FROM meeting WHERE number = 15) AND p.parent_id IS NULL AND p.position = 4 AND c.position = 2),
        3, '15/4ii/3', NULL,
        'Work stream leads to provide short summary re what they have achieved over the last year and what difference this has made.',
        DATE '2018-12-01', 'MONTH', 'IN_PROGRESS', NULL, TIMESTAMP '2018-11-28 16:00:00', NULL);

-- 4 iii Engagement Activity: Baseline
INSERT INTO agreed_action (board_id, meeting_id, agenda_item_id, number, reference, legacy_reference, description,
                           due_date, due_precision, status, covered_by_item_id, created_at, completed_on)
VALUES ((SELECT id FROM board WHERE short_name = 'CPIB'), (SELECT id FROM meeting WHERE number = 15),
        (SELECT c.id FROM agenda_item c JOIN agenda_item p ON p.id = c.parent_id
         WHERE p.meeting_id = (SELECT id FROM meeting WHERE number = 15) AND p.parent_id IS NULL AND p.position = 4 AND c.position = 3),
        1, '15/4iii/1', NULL,
        'Develop engagement strategy and incorporate within work programme',
        DATE '2019-02-01', 'MONTH', 'IN_PROGRESS', NULL, TIMESTAMP '2018-11-28 16:00:00', NULL);

-- 5 Performance Management arrangements for Community Planning
INSERT INTO agreed_action (board_id, meeting_id, agenda_item_id, number, reference, legacy_reference, description,
                           due_date, due_precision, status, covered_by_item_id, created_at, completed_on)
VALUES ((SELECT id FROM board WHERE short_name = 'CPIB'), (SELECT id FROM meeting WHERE number = 15),
        (SELECT id FROM agenda_item WHERE meeting_id = (SELECT id FROM meeting WHERE number = 15) AND parent_id IS NULL AND position = 5),
        1, '15/5/1', NULL,
        'Include the performance management good practice principles on the Community Planning Support portal and CPP Self-Assessment check lists',
        DATE '2019-02-01', 'MONTH', 'IN_PROGRESS', NULL, TIMESTAMP '2018-11-28 16:00:00', NULL);

INSERT INTO agreed_action (board_id, meeting_id, agenda_item_id, number, reference, legacy_reference, description,
                           due_date, due_precision, status, covered_by_item_id, created_at, completed_on)
VALUES ((SELECT id FROM board WHERE short_name = 'CPIB'), (SELECT id FROM meeting WHERE number = 15),
        (SELECT id FROM agenda_item WHERE meeting_id = (SELECT id FROM meeting WHERE number = 15) AND parent_id IS NULL AND position = 5),
        2, '15/5/2', NULL,
        'Board Members to provide 4 or 5 exemplars of the issues highlighted to build understanding and narrative for inclusion on the CP Support Portal',
        DATE '2019-05-01', 'MONTH', 'OPEN', NULL, TIMESTAMP '2018-11-28 16:00:00', NULL);

INSERT INTO agreed_action (board_id, meeting_id, agenda_item_id, number, reference, legacy_reference, description,
                           due_date, due_precision, status, covered_by_item_id, created_at, completed_on)
VALUES ((SELECT id FROM board WHERE short_name = 'CPIB'), (SELECT id FROM meeting WHERE number = 15),
        (SELECT id FROM agenda_item WHERE meeting_id = (SELECT id FROM meeting WHERE number = 15) AND parent_id IS NULL AND position = 5),
        3, '15/5/3', NULL,
        'Use the revised Work Programme and Engagement strategy to highlight the CPIB leadership role in relation to wider system change',
        DATE '2019-02-01', 'MONTH', 'IN_PROGRESS', NULL, TIMESTAMP '2018-11-28 16:00:00', NULL);

-- 6 Local Governance Review
INSERT INTO agreed_action (board_id, meeting_id, agenda_item_id, number, reference, legacy_reference, description,
                           due_date, due_precision, status, covered_by_item_id, created_at, completed_on)
VALUES ((SELECT id FROM board WHERE short_name = 'CPIB'), (SELECT id FROM meeting WHERE number = 15),
        (SELECT id FROM agenda_item WHERE meeting_id = (SELECT id FROM meeting WHERE number = 15) AND parent_id IS NULL AND position = 6),
        1, '15/6/1', NULL,
        'Individual agencies encouraged to submit responses',
        DATE '2018-12-01', 'MONTH', 'OPEN', NULL, TIMESTAMP '2018-11-28 16:00:00', NULL);

-- 7 What Works Scotland – Key Messages Metanarrative
INSERT INTO agreed_action (board_id, meeting_id, agenda_item_id, number, reference, legacy_reference, description,
                           due_date, due_precision, status, covered_by_item_id, created_at, completed_on)
VALUES ((SELECT id FROM board WHERE short_name = 'CPIB'), (SELECT id FROM meeting WHERE number = 15),
        (SELECT id FROM agenda_item WHERE meeting_id = (SELECT id FROM meeting WHERE number = 15) AND parent_id IS NULL AND position = 7),
        1, '15/7/1', NULL,
        'Use the work programme to reflect the role the CPIB could play in using this evidence base to support improvements in CP and in particular in identifying some of the things that need to happen',
        DATE '2019-02-01', 'MONTH', 'IN_PROGRESS', NULL, TIMESTAMP '2018-11-28 16:00:00', NULL);

INSERT INTO agreed_action (board_id, meeting_id, agenda_item_id, number, reference, legacy_reference, description,
                           due_date, due_precision, status, covered_by_item_id, created_at, completed_on)
VALUES ((SELECT id FROM board WHERE short_name = 'CPIB'), (SELECT id FROM meeting WHERE number = 15),
        (SELECT id FROM agenda_item WHERE meeting_id = (SELECT id FROM meeting WHERE number = 15) AND parent_id IS NULL AND position = 7),
        2, '15/7/2', NULL,
        'Cross check WWS findings with support available on CPP support portal, and inform work programme',
        DATE '2019-02-01', 'MONTH', 'OPEN', NULL, TIMESTAMP '2018-11-28 16:00:00', NULL);

-- 8 Whole system Commission for Public Health
INSERT INTO agreed_action (board_id, meeting_id, agenda_item_id, number, reference, legacy_reference, description,
                           due_date, due_precision, status, covered_by_item_id, created_at, completed_on)
VALUES ((SELECT id FROM board WHERE short_name = 'CPIB'), (SELECT id FROM meeting WHERE number = 15),
        (SELECT id FROM agenda_item WHERE meeting_id = (SELECT id FROM meeting WHERE number = 15) AND parent_id IS NULL AND position = 8),
        1, '15/8/1', NULL,
        'CPIB partners to respond to consultation.',
        DATE '2019-01-01', 'MONTH', 'OPEN', NULL, TIMESTAMP '2018-11-28 16:00:00', NULL);

INSERT INTO agreed_action (board_id, meeting_id, agenda_item_id, number, reference, legacy_reference, description,
                           due_date, due_precision, status, covered_by_item_id, created_at, completed_on)
VALUES ((SELECT id FROM board WHERE short_name = 'CPIB'), (SELECT id FROM meeting WHERE number = 15),
        (SELECT id FROM agenda_item WHERE meeting_id = (SELECT id FROM meeting WHERE number = 15) AND parent_id IS NULL AND position = 8),
        2, '15/8/2', NULL,
        'CPIB members invited to attend PH event on 24th Jan re whole system approach',
        DATE '2019-01-01', 'MONTH', 'OPEN', NULL, TIMESTAMP '2018-11-28 16:00:00', NULL);

-- 9 Future Items & Date of Next Meeting
INSERT INTO agreed_action (board_id, meeting_id, agenda_item_id, number, reference, legacy_reference, description,
                           due_date, due_precision, status, covered_by_item_id, created_at, completed_on)
VALUES ((SELECT id FROM board WHERE short_name = 'CPIB'), (SELECT id FROM meeting WHERE number = 15),
        (SELECT id FROM agenda_item WHERE meeting_id = (SELECT id FROM meeting WHERE number = 15) AND parent_id IS NULL AND position = 9),
        1, '15/9/1', NULL,
        '2019 dates will be set and circulated shortly (Feb, May, August, November)',
        DATE '2019-01-01', 'MONTH', 'OPEN', NULL, TIMESTAMP '2018-11-28 16:00:00', NULL);

-- ---------------------------------------------------------------------------------------------
-- Action owners (one row per owner; exactly one of person / organisation / group)
-- ---------------------------------------------------------------------------------------------

-- Meeting 14 ("Chair/GM" for 2.2iii; the others inferred, see docs/demo-data.md). "Chair" is kept as written
-- (as_role): the chair on the day, Steve Grimmond, shown "Chair (Steve Grimmond)".
INSERT INTO action_owner (action_id, position, person_id, organisation_id, group_id, as_role) VALUES
((SELECT id FROM agreed_action WHERE reference = '14/2/1'), 1, (SELECT id FROM person WHERE full_name = 'Steve Grimmond'), NULL, NULL, 'CHAIR');

INSERT INTO action_owner (action_id, position, person_id, organisation_id, group_id) VALUES
((SELECT id FROM agreed_action WHERE reference = '14/2/1'), 2, (SELECT id FROM person WHERE full_name = 'Gerry McLaughlin'), NULL, NULL),
((SELECT id FROM agreed_action WHERE reference = '14/2/2'), 1, (SELECT id FROM person WHERE full_name = 'Mark McAteer'), NULL, NULL),
((SELECT id FROM agreed_action WHERE reference = '14/3/1'), 1, (SELECT id FROM person WHERE full_name = 'Gerry McLaughlin'), NULL, NULL),
((SELECT id FROM agreed_action WHERE reference = '14/4/1'), 1, (SELECT id FROM person WHERE full_name = 'Audrey MacDougall'), NULL, NULL),
((SELECT id FROM agreed_action WHERE reference = '14/5/1'), 1, NULL, (SELECT id FROM organisation WHERE name = 'Improvement Service'), NULL);

-- Meeting 15 (Action column of the minute)
INSERT INTO action_owner (action_id, position, person_id, organisation_id, group_id) VALUES
((SELECT id FROM agreed_action WHERE reference = '15/4i/1'), 1, NULL, (SELECT id FROM organisation WHERE name = 'Improvement Service'), NULL),
((SELECT id FROM agreed_action WHERE reference = '15/4i/2'), 1, NULL, (SELECT id FROM organisation WHERE name = 'Improvement Service'), NULL),
((SELECT id FROM agreed_action WHERE reference = '15/4i/3'), 1, NULL, (SELECT id FROM organisation WHERE name = 'Improvement Service'), NULL),
((SELECT id FROM agreed_action WHERE reference = '15/4ii/1'), 1, NULL, (SELECT id FROM organisation WHERE name = 'Improvement Service'), NULL),
((SELECT id FROM agreed_action WHERE reference = '15/4ii/2'), 1, NULL, (SELECT id FROM organisation WHERE name = 'Improvement Service'), NULL),
((SELECT id FROM agreed_action WHERE reference = '15/4ii/3'), 1, NULL, NULL, (SELECT id FROM owner_group WHERE name = 'Workstream Leads')),
((SELECT id FROM agreed_action WHERE reference = '15/4iii/1'), 1, NULL, (SELECT id FROM organisation WHERE name = 'Improvement Service'), NULL),
((SELECT id FROM agreed_action WHERE reference = '15/5/1'), 1, NULL, (SELECT id FROM organisation WHERE name = 'Improvement Service'), NULL),
((SELECT id FROM agreed_action WHERE reference = '15/5/2'), 1, NULL, NULL, (SELECT id FROM owner_group WHERE name = 'CPIB members')),
((SELECT id FROM agreed_action WHERE reference = '15/5/3'), 1, NULL, (SELECT id FROM organisation WHERE name = 'Improvement Service'), NULL),
((SELECT id FROM agreed_action WHERE reference = '15/6/1'), 1, NULL, NULL, (SELECT id FROM owner_group WHERE name = 'CPIB members')),
((SELECT id FROM agreed_action WHERE reference = '15/7/1'), 1, NULL, (SELECT id FROM organisation WHERE name = 'Improvement Service'), NULL),
((SELECT id FROM agreed_action WHERE reference = '15/7/2'), 1, NULL, (SELECT id FROM organisation WHERE name = 'Improvement Service'), NULL),
((SELECT id FROM agreed_action WHERE reference = '15/8/1'), 1, NULL, NULL, (SELECT id FROM owner_group WHERE name = 'CPIB partners')),
((SELECT id FROM agreed_action WHERE reference = '15/8/2'), 1, NULL, NULL, (SELECT id FROM owner_group WHERE name = 'CPIB partners')),
((SELECT id FROM agreed_action WHERE reference = '15/9/1'), 1, NULL, (SELECT id FROM organisation WHERE name = 'Improvement Service'), NULL);

-- ---------------------------------------------------------------------------------------------
-- Progress on meeting 14's actions, reported at meeting 15 (Progress column of the minute)
-- ---------------------------------------------------------------------------------------------

INSERT INTO action_progress (action_id, recorded_on, recorded_at, author, note, meeting_id) VALUES
((SELECT id FROM agreed_action WHERE reference = '14/2/1'), DATE '2018-11-28', TIMESTAMP '2018-11-28 12:00:00',
 'Board secretariat (Improvement Service)',
 'Gerry has still not received a response to his request for a Director of Planning from one of the territorial boards to join the OEPB. Chair & Gerry to discuss further re how to progress.',
 (SELECT id FROM meeting WHERE number = 15)),
((SELECT id FROM agreed_action WHERE reference = '14/2/2'), DATE '2018-11-28', TIMESTAMP '2018-11-28 12:00:00',
 'Board secretariat (Improvement Service)',
 'Covered under Agenda item 5',
 (SELECT id FROM meeting WHERE number = 15)),
((SELECT id FROM agreed_action WHERE reference = '14/3/1'), DATE '2018-11-28', TIMESTAMP '2018-11-28 12:00:00',
 'Board secretariat (Improvement Service)',
 'Ongoing',
 (SELECT id FROM meeting WHERE number = 15)),
((SELECT id FROM agreed_action WHERE reference = '14/4/1'), DATE '2018-11-28', TIMESTAMP '2018-11-28 12:00:00',
 'Board secretariat (Improvement Service)',
 'Ongoing',
 (SELECT id FROM meeting WHERE number = 15)),
((SELECT id FROM agreed_action WHERE reference = '14/5/1'), DATE '2018-11-28', TIMESTAMP '2018-11-28 12:00:00',
 'Board secretariat (Improvement Service)',
 'Complete and covered under Agenda Item 4',
 (SELECT id FROM meeting WHERE number = 15));

-- ---------------------------------------------------------------------------------------------
-- Progress on meeting 15's actions shown by the papers for meeting 16 (28 February 2019).
-- Only where a paper in the pack answers the action; the others stay OPEN with no note.
-- ---------------------------------------------------------------------------------------------

INSERT INTO action_progress (action_id, recorded_on, recorded_at, author, note, meeting_id) VALUES
((SELECT id FROM agreed_action WHERE reference = '15/4i/2'), DATE '2019-02-28', TIMESTAMP '2019-02-28 12:00:00',
 'Board secretariat (Improvement Service)',
 'The paper ‘CPIB Work Programme – revised to reflect updated purpose’ (Agenda Item 3, 28 February 2019) includes workstream 8, ‘Measures of Success for the Community Planning Improvement Board’: identify key measures to demonstrate the impact of the CPIB work programme, and measure performance by seeking feedback from CPPs on whether the support for Community planning provided by the CPIB meets their needs.',
 (SELECT id FROM meeting WHERE number = 16)),
((SELECT id FROM agreed_action WHERE reference = '15/4i/3'), DATE '2019-02-28', TIMESTAMP '2019-02-28 12:00:00',
 'Board secretariat (Improvement Service)',
 'Appendix 2 of the revised work programme paper (Agenda Item 3, 28 February 2019) reports: ‘An improvement plan has been produced and is embedded within the new work programme to allow monitoring and review.’ The revised work programme is presented to the Board for agreement.',
 (SELECT id FROM meeting WHERE number = 16)),
((SELECT id FROM agreed_action WHERE reference = '15/4ii/1'), DATE '2019-02-28', TIMESTAMP '2019-02-28 12:00:00',
 'Board secretariat (Improvement Service)',
 'The revised purpose is set out in Appendix 1 of the revised work programme paper (Agenda Item 3, 28 February 2019), including the sections ‘Engaging with Community Planning stakeholders’ and ‘Measuring Success’. Workstream 7 of the revised programme proposes to refresh the communications to raise awareness of the new name and purpose.',
 (SELECT id FROM meeting WHERE number = 16)),
((SELECT id FROM agreed_action WHERE reference = '15/4ii/2'), DATE '2019-02-28', TIMESTAMP '2019-02-28 12:00:00',
 'Board secretariat (Improvement Service)',
 'The paper ‘CPIB Work Programme – revised to reflect updated purpose’ (Agenda Item 3, 28 February 2019) provides an updated outline work programme organised around the key challenges identified by the board, for the Board to agree.',
 (SELECT id FROM meeting WHERE number = 16)),
((SELECT id FROM agreed_action WHERE reference = '15/4ii/3'), DATE '2019-02-28', TIMESTAMP '2019-02-28 12:00:00',
 'Board secretariat (Improvement Service)',
 'Appendix 2 of the revised work programme paper (Agenda Item 3, 28 February 2019), ‘Overview of progress and achievements from current work programme’, summarises progress for each workstream. Workstream 5 (Evidence & Evaluation, lead Gerry McLaughlin) records ‘No update provided’.',
 (SELECT id FROM meeting WHERE number = 16)),
((SELECT id FROM agreed_action WHERE reference = '15/4iii/1'), DATE '2019-02-28', TIMESTAMP '2019-02-28 12:00:00',
 'Board secretariat (Improvement Service)',
 'The paper ‘CPIB Engagement Strategy’ (Agenda Item 4, 28 February 2019) presents a draft Engagement Strategy for approval. It states that the engagement strategy is incorporated within the revised CPIB work programme to allow for regular monitoring of progress and review.',
 (SELECT id FROM meeting WHERE number = 16)),
((SELECT id FROM agreed_action WHERE reference = '15/5/1'), DATE '2019-02-28', TIMESTAMP '2019-02-28 12:00:00',
 'Board secretariat (Improvement Service)',
 'The revised work programme (Agenda Item 3, 28 February 2019) lists ‘Good Practice Principles for Performance Management in Community Planning’ (http://www.cpsupport.scot/support-for-cpps.html) among the existing resources on the Community Planning in Scotland website. The pack does not show whether the CPP Self-Assessment checklist has been updated.',
 (SELECT id FROM meeting WHERE number = 16)),
((SELECT id FROM agreed_action WHERE reference = '15/5/3'), DATE '2019-02-28', TIMESTAMP '2019-02-28 12:00:00',
 'Board secretariat (Improvement Service)',
 'Workstream 3 of the revised work programme (Agenda Item 3, 28 February 2019), ‘Effective decision making and good governance’, states: ‘We will demonstrate leadership in promoting the wider system change relating to the governing structures of public service delivery required to allow CPPs to drive the local design of service to improve outcomes for communities.’ The CPIB Engagement Strategy (Agenda Item 4) includes the core message ‘To explore the wider system change needed to drive the desired improvements in public service reform’.',
 (SELECT id FROM meeting WHERE number = 16)),
((SELECT id FROM agreed_action WHERE reference = '15/7/1'), DATE '2019-02-28', TIMESTAMP '2019-02-28 12:00:00',
 'Board secretariat (Improvement Service)',
 'Workstream 7 of the revised work programme (Agenda Item 3, 28 February 2019) proposes to synthesise the emerging evidence base to articulate what it is telling us about improving outcomes and whether CP is making a difference, what needs to change and what support is needed, including existing learning from WWS.',
 (SELECT id FROM meeting WHERE number = 16));

-- ---------------------------------------------------------------------------------------------
-- Meeting 14's minute was approved at meeting 15. Meeting 15's id is taken from one of its
-- actions (a subquery on meeting itself inside UPDATE meeting fails on MySQL, error 1093).
-- ---------------------------------------------------------------------------------------------

UPDATE meeting
SET minute_approved_at_meeting_id = (SELECT a.meeting_id FROM agreed_action a WHERE a.reference = '15/9/1')
WHERE number = 14;
