-- CPIB Board Manager: demo data for the engagement strategy and the engagement log.
-- Source: the paper "Community Planning Improvement Board – Engagement Strategy" (agenda item 4 of
-- the meeting of 28 February 2019) and the other papers of the same pack (seed 002_c1176454684afe73).
-- docs/demo-data-engagement.md says where each row came from and lists every inference.
-- Runs after sql/demo/cpib-demo.sql, unchanged on H2 2.2 (MODE=MySQL) and MariaDB 10.11.
-- No explicit ids: foreign keys are resolved with subqueries on natural keys.
-- Engagement records with sample_data = TRUE are made up to demonstrate the log and coverage;
-- the two with sample_data = FALSE are the engagements the pack reports as having happened.

-- ---------------------------------------------------------------------------------------------
-- The strategy: a draft put to meeting 16 (28 February 2019) for approval
-- ---------------------------------------------------------------------------------------------

INSERT INTO engagement_strategy (board_id, title, summary, period_from, period_to, status, approval_meeting_id, approved_on)
VALUES ((SELECT id FROM board WHERE short_name = 'CPIB'), 'CPIB Engagement Strategy',
'This paper presents a draft Engagement Strategy to strengthen the engagement loop between the CPIB and key Community Planning Stakeholders.',
DATE '2019-02-28', NULL, 'DRAFT', (SELECT id FROM meeting WHERE number = 16), NULL);

INSERT INTO engagement_aim (strategy_id, number, position, text)
SELECT s.id, a.number, a.position, a.text
FROM engagement_strategy s,
(SELECT '4.1.1' AS number, 1 AS position, 'To ensure the successes, challenges and needs of CP partners and partnerships are central to informing the CPIB''s role in co-ordinating and targeting improvement support, and in influencing local and national policy.' AS text
 UNION ALL SELECT '4.1.2', 2, 'To support better co-ordination of engagement activity to enable the CPIB to collectively agree focus, avoid duplication, and to use the evidence gathered to build a coherent picture of gaps, successes and barriers to inform influence and improvement activity'
 UNION ALL SELECT '4.1.3', 3, 'To improve relationships between the CPIB and Community Planning stakeholders and strengthen the legitimacy of the CPIB as a conduit for the experiences/needs of CP partners and partnerships and as a vehicle through which CPP support needs'' can be addressed.'
 UNION ALL SELECT '4.1.4', 4, 'To raise awareness of, and increase engagement with, the work and outputs of the CPIB across all key CP stakeholders') a
WHERE s.title = 'CPIB Engagement Strategy';

-- Core messages, numbered 1 to 7 down the "Core messaging" column of the matrix
INSERT INTO core_message (strategy_id, number, text)
SELECT s.id, m.number, m.text
FROM engagement_strategy s,
(SELECT 1 AS number, 'To understand the experiences, successes, challenges, and needs of those involved in Community Planning' AS text
 UNION ALL SELECT 2, 'To gather concrete examples of barriers and successes from CP stakeholders to contribute to the growing evidence base'
 UNION ALL SELECT 3, 'To promote expectations, clarifications and good practice principles in relation to community planning'
 UNION ALL SELECT 4, 'To promote evidence in relation to what is working well in improving community planning, or what change is needed to improve community planning'
 UNION ALL SELECT 5, 'To explore the wider system change needed to drive the desired improvements in public service reform'
 UNION ALL SELECT 6, 'To promote offers of support for community planning partners/partnerships'
 UNION ALL SELECT 7, 'To promote the focus/progress/work of the CPIB and identify opportunities for stakeholders to feed into and inform this') m
WHERE s.title = 'CPIB Engagement Strategy';

-- ---------------------------------------------------------------------------------------------
-- Stakeholder groups: the "Stakeholder Group" column of the matrix, in its order
-- ---------------------------------------------------------------------------------------------

INSERT INTO stakeholder_group (board_id, name, description, size_notes) VALUES
((SELECT id FROM board WHERE short_name = 'CPIB'), 'Chief Officers/senior leaders within each of the statutory and non-statutory Community Planning Partner organisations',
 'The views and experiences of this group are central to the work of the CPIB given the well documented challenges in relation to leadership and governance in community planning.', NULL),
((SELECT id FROM board WHERE short_name = 'CPIB'), 'National Leadership Groups', NULL, NULL),
((SELECT id FROM board WHERE short_name = 'CPIB'), 'CPP Chairs', NULL, '6 in-depth: CPP chairs selected to represent a mix of urban/rural/large/small partnership'),
((SELECT id FROM board WHERE short_name = 'CPIB'), 'CP Managers', NULL, NULL),
((SELECT id FROM board WHERE short_name = 'CPIB'), 'Senior policy makers and politicians', NULL, NULL),
((SELECT id FROM board WHERE short_name = 'CPIB'), 'Community Groups', NULL, NULL),
((SELECT id FROM board WHERE short_name = 'CPIB'), 'Regulatory and Inspection bodies', NULL, NULL);

-- ---------------------------------------------------------------------------------------------
-- Channels: named after the "Delivery channel" cells of the matrix (5.4 for the website; the
-- action learning programme from Appendix 2 of the work programme, for the reported engagement)
-- ---------------------------------------------------------------------------------------------

INSERT INTO engagement_channel (board_id, name, description) VALUES
((SELECT id FROM board WHERE short_name = 'CPIB'), 'Regular inputs and updates within board members'' own organisations/networks',
 'Board members will use their role as senior level representatives within their own organisations/networks to provide a direct route to senior level CP stakeholder engagement via regular inputs and updates. This will provide a regular opportunity to gather feedback from key stakeholders and to share CPIB outputs'),
((SELECT id FROM board WHERE short_name = 'CPIB'), 'Annual CPIB report',
 'Production of an annual CPIB collective messaging report to be disseminated by all individual board members within their organisations/sectors'),
((SELECT id FROM board WHERE short_name = 'CPIB'), 'Formal regular reporting within leadership groups',
 'Formal regular reporting by individual Board Members within their own leadership groups'),
((SELECT id FROM board WHERE short_name = 'CPIB'), 'In-depth discussions with CPP chairs',
 'In-depth discussions with 6 CPP chairs (selected to represent a mix of urban/rural/large/small partnership)'),
((SELECT id FROM board WHERE short_name = 'CPIB'), 'CP Managers network meeting',
 'Regular inputs/sessions at the CP Managers network meeting'),
((SELECT id FROM board WHERE short_name = 'CPIB'), 'CP Knowledge Hub',
 'Use of CP Knowledge Hub for ongoing two-way engagement'),
((SELECT id FROM board WHERE short_name = 'CPIB'), 'Input and submissions to Scottish Government Committees, Cabinet Groups and Policy Subgroups',
 'Input and submissions to key Scottish Government Committees, Cabinet Groups and Policy Subgroups, as identified within individual work streams'),
((SELECT id FROM board WHERE short_name = 'CPIB'), 'Strategic Scrutiny Group',
 'Collective input at Strategic Scrutiny Group'),
((SELECT id FROM board WHERE short_name = 'CPIB'), 'CPIB website',
 'We will use the CPIB Website (http://www.improvementservice.co.uk/cpib.html) to share learning from engagement activity alongside regular updates against the work programme.'),
((SELECT id FROM board WHERE short_name = 'CPIB'), 'Community Empowerment Action Learning programme',
 'We delivered the CPP Community Empowerment Action Learning programme with SCDC to enable CPPs to share experiences and develop learning in relation to the meaningful engagement and participation of communities in community planning processes.');

-- ---------------------------------------------------------------------------------------------
-- The matrix: one plan per group, with the delivery channel and delivery lead cells as written
-- ---------------------------------------------------------------------------------------------

INSERT INTO engagement_plan (strategy_id, group_id, position, channel_text, delivery_lead_text)
SELECT s.id, g.id, 1,
'Board members will use their role as senior level representatives within their own organisations/networks to provide a direct route to senior level CP stakeholder engagement via regular inputs and updates. This will provide a regular opportunity to gather feedback from key stakeholders and to share CPIB outputs

In addition to regular updates provided by individual board members, an annual CPIB report will be developed by board members to share within their organisations/networks',
'Board members will each have responsibility for engagement within their own organisations/networks

Nominated Board members to engage with partners not represented on the CPIB'
FROM engagement_strategy s, stakeholder_group g
WHERE s.title = 'CPIB Engagement Strategy' AND g.name LIKE 'Chief Officers/senior leaders%';

INSERT INTO engagement_plan (strategy_id, group_id, position, channel_text, delivery_lead_text)
SELECT s.id, g.id, 2,
'Formal regular reporting by individual Board Members within their own leadership groups

An annual CPIB report will be developed by board members to share within their own leadership groups',
'Board members will each have responsibility for engagement within the leadership groups they are members of'
FROM engagement_strategy s, stakeholder_group g
WHERE s.title = 'CPIB Engagement Strategy' AND g.name = 'National Leadership Groups';

INSERT INTO engagement_plan (strategy_id, group_id, position, channel_text, delivery_lead_text)
SELECT s.id, g.id, 3,
'In-depth discussions with 6 CPP chairs (selected to represent a mix of urban/rural/large/small partnership)',
'Improvement Bodies (IS/HS)'
FROM engagement_strategy s, stakeholder_group g
WHERE s.title = 'CPIB Engagement Strategy' AND g.name = 'CPP Chairs';

INSERT INTO engagement_plan (strategy_id, group_id, position, channel_text, delivery_lead_text)
SELECT s.id, g.id, 4,
'Regular inputs/sessions at the CP Managers network meeting and use of CP Knowledge Hub for ongoing two-way engagement

An annual CPIB report will be produced and shared with CP Managers Network',
'Board representative for CP Managers Network'
FROM engagement_strategy s, stakeholder_group g
WHERE s.title = 'CPIB Engagement Strategy' AND g.name = 'CP Managers';

INSERT INTO engagement_plan (strategy_id, group_id, position, channel_text, delivery_lead_text)
SELECT s.id, g.id, 5,
'Input and submissions to key Scottish Government Committees, Cabinet Groups and Policy Subgroups, as identified within individual work streams. A forward schedule of key dates of committee meetings and planned policy and legislative developments could be created to ensure we are aware of key dates and timeframes.

An annual CPIB report will be produced and shared with relevant committees and groups',
'Board representatives for Scottish Government and Collective CPIB members'
FROM engagement_strategy s, stakeholder_group g
WHERE s.title = 'CPIB Engagement Strategy' AND g.name = 'Senior policy makers and politicians';

INSERT INTO engagement_plan (strategy_id, group_id, position, channel_text, delivery_lead_text)
SELECT s.id, g.id, 6,
'Ask CP managers to share feedback from engagement with community groups via the CP Managers network and CP Knowledge Hub',
'Board representative for CP Managers Network'
FROM engagement_strategy s, stakeholder_group g
WHERE s.title = 'CPIB Engagement Strategy' AND g.name = 'Community Groups';

INSERT INTO engagement_plan (strategy_id, group_id, position, channel_text, delivery_lead_text)
SELECT s.id, g.id, 7,
'Collective input at Strategic Scrutiny Group

An annual CPIB report will be produced and shared with regulatory and inspection bodies',
'Board representative from Audit Scotland and Collective CPIB members'
FROM engagement_strategy s, stakeholder_group g
WHERE s.title = 'CPIB Engagement Strategy' AND g.name = 'Regulatory and Inspection bodies';

-- Planned channels of each group
INSERT INTO engagement_plan_channel (plan_id, channel_id)
SELECT p.id, c.id
FROM engagement_plan p JOIN stakeholder_group g ON g.id = p.group_id, engagement_channel c
WHERE (g.name LIKE 'Chief Officers/senior leaders%'
       AND c.name IN ('Regular inputs and updates within board members'' own organisations/networks', 'Annual CPIB report'))
   OR (g.name = 'National Leadership Groups'
       AND c.name IN ('Formal regular reporting within leadership groups', 'Annual CPIB report'))
   OR (g.name = 'CPP Chairs' AND c.name = 'In-depth discussions with CPP chairs')
   OR (g.name = 'CP Managers'
       AND c.name IN ('CP Managers network meeting', 'CP Knowledge Hub', 'Annual CPIB report'))
   OR (g.name = 'Senior policy makers and politicians'
       AND c.name IN ('Input and submissions to Scottish Government Committees, Cabinet Groups and Policy Subgroups', 'Annual CPIB report'))
   OR (g.name = 'Community Groups' AND c.name IN ('CP Managers network meeting', 'CP Knowledge Hub'))
   OR (g.name = 'Regulatory and Inspection bodies' AND c.name IN ('Strategic Scrutiny Group', 'Annual CPIB report'));

-- Planned core messages of each group (Community Groups and Regulatory and Inspection bodies have none)
INSERT INTO engagement_plan_message (plan_id, message_id)
SELECT p.id, m.id
FROM engagement_plan p JOIN stakeholder_group g ON g.id = p.group_id
JOIN core_message m ON m.strategy_id = p.strategy_id
WHERE (g.name LIKE 'Chief Officers/senior leaders%' AND m.number IN (1, 2))
   OR (g.name = 'National Leadership Groups' AND m.number IN (3, 4))
   OR (g.name = 'CPP Chairs' AND m.number = 5)
   OR (g.name = 'CP Managers' AND m.number = 6)
   OR (g.name = 'Senior policy makers and politicians' AND m.number = 7);

-- Delivery leads that the matrix names as a body or group ("Board representative for CP Managers
-- Network" names nobody, so CP Managers and Community Groups keep only the text)
INSERT INTO engagement_plan_lead (plan_id, position, person_id, organisation_id, group_id)
SELECT p.id, 1, NULL, NULL, og.id
FROM engagement_plan p JOIN stakeholder_group g ON g.id = p.group_id, owner_group og
WHERE og.name = 'CPIB members'
AND (g.name LIKE 'Chief Officers/senior leaders%' OR g.name = 'National Leadership Groups');

INSERT INTO engagement_plan_lead (plan_id, position, person_id, organisation_id, group_id)
SELECT p.id, CASE o.name WHEN 'Improvement Service' THEN 1 ELSE 2 END, NULL, o.id, NULL
FROM engagement_plan p JOIN stakeholder_group g ON g.id = p.group_id, organisation o
WHERE g.name = 'CPP Chairs' AND o.name IN ('Improvement Service', 'Health Scotland');

INSERT INTO engagement_plan_lead (plan_id, position, person_id, organisation_id, group_id)
SELECT p.id, 1, NULL, o.id, NULL
FROM engagement_plan p JOIN stakeholder_group g ON g.id = p.group_id, organisation o
WHERE (g.name = 'Senior policy makers and politicians' AND o.name = 'Scottish Government')
   OR (g.name = 'Regulatory and Inspection bodies' AND o.name = 'Audit Scotland');

INSERT INTO engagement_plan_lead (plan_id, position, person_id, organisation_id, group_id)
SELECT p.id, 2, NULL, NULL, og.id
FROM engagement_plan p JOIN stakeholder_group g ON g.id = p.group_id, owner_group og
WHERE og.name = 'CPIB members'
AND g.name IN ('Senior policy makers and politicians', 'Regulatory and Inspection bodies');

-- ---------------------------------------------------------------------------------------------
-- Forward schedule: the dated events and opportunities the pack gives from 28 February 2019 on
-- ---------------------------------------------------------------------------------------------

INSERT INTO engagement_event (strategy_id, on_date, date_precision, title, description)
SELECT s.id, e.on_date, e.date_precision, e.title, e.description
FROM engagement_strategy s,
(SELECT DATE '2019-03-01' AS on_date, 'DAY' AS date_precision,
        'Improvement Service meeting with the SCDC Director' AS title,
        'Sarah Gadsden, Improvement Service, is meeting with SCDC Director on Friday 1st March and will feedback and progress any action agreed by CPIB. (Community Participation Action Learning – Key Recommendations, 3.3)' AS description
 UNION ALL SELECT DATE '2019-05-01', 'MONTH', 'CPIB meeting: Learning from Engagement',
        '2019 dates will be set and circulated shortly (Feb, May, August, November). Learning from Engagement is proposed as a standing agenda item, placing an expectation on each board member to share ongoing learning from the engagement activity (Engagement Strategy, 5.3).'
 UNION ALL SELECT DATE '2019-08-01', 'MONTH', 'CPIB meeting: Learning from Engagement',
        '2019 dates will be set and circulated shortly (Feb, May, August, November). Learning from Engagement is proposed as a standing agenda item, placing an expectation on each board member to share ongoing learning from the engagement activity (Engagement Strategy, 5.3).'
 UNION ALL SELECT DATE '2019-11-01', 'MONTH', 'CPIB meeting: Learning from Engagement',
        '2019 dates will be set and circulated shortly (Feb, May, August, November). Learning from Engagement is proposed as a standing agenda item, placing an expectation on each board member to share ongoing learning from the engagement activity (Engagement Strategy, 5.3).') e
WHERE s.title = 'CPIB Engagement Strategy';

INSERT INTO engagement_event_group (event_id, group_id)
SELECT e.id, g.id
FROM engagement_event e, stakeholder_group g
WHERE e.title = 'Improvement Service meeting with the SCDC Director' AND g.name = 'Community Groups';

-- ---------------------------------------------------------------------------------------------
-- Engagement log. The two engagements the pack reports as having happened (sample_data FALSE),
-- then four sample records (sample_data TRUE) that show the log and the coverage of the matrix.
-- ---------------------------------------------------------------------------------------------

INSERT INTO engagement_record (board_id, on_date, date_precision, person_id, channel_id, event_id, event_name,
                               people_reached, heard, learned, sample_data, recorded_by, recorded_at)
VALUES ((SELECT id FROM board WHERE short_name = 'CPIB'), DATE '2018-05-01', 'MONTH',
        (SELECT id FROM person WHERE full_name = 'Sarah Gadsden'),
        (SELECT id FROM engagement_channel WHERE name = 'Community Empowerment Action Learning programme'), NULL,
        'CPP Community Empowerment Action Learning programme, February to May 2018', NULL,
        'The programme was delivered in five regional clusters across the country and twenty-seven CPPs participated. The first session provided an opportunity to share stories of practice and identify actions to be taken at local level, and the second provided an opportunity to reflect on the actions taken, identify key areas of learning, and follow up on what had been achieved.',
        'The resulting report highlights recommendations for action which will be considered by the CPIB (Community Participation Action Learning – Key Recommendations, agenda item 5, 28 February 2019).',
        FALSE, 'demo-data', TIMESTAMP '2019-02-21 09:00:00');

INSERT INTO engagement_record (board_id, on_date, date_precision, person_id, channel_id, event_id, event_name,
                               people_reached, heard, learned, sample_data, recorded_by, recorded_at)
VALUES ((SELECT id FROM board WHERE short_name = 'CPIB'), DATE '2018-09-01', 'MONTH',
        (SELECT id FROM person WHERE full_name = 'Sarah Gadsden'),
        (SELECT id FROM engagement_channel WHERE name = 'Community Empowerment Action Learning programme'), NULL,
        'Community Empowerment Action Learning: Shared Learning Event, September 2018', NULL,
        'The themes raised by participating CPPs: Information and Knowledge, Building and Developing Relationships, Communication and Participation, Participation Methods, Changing and Sharing Power.',
        'Top priorities for what CPPs can do themselves: empower and support all levels of public service staff to make decisions and take control, be agents of change around participation, and support communities to take risks.',
        FALSE, 'demo-data', TIMESTAMP '2019-02-21 09:00:00');

INSERT INTO engagement_record (board_id, on_date, date_precision, person_id, channel_id, event_id, event_name,
                               people_reached, heard, learned, sample_data, recorded_by, recorded_at)
VALUES ((SELECT id FROM board WHERE short_name = 'CPIB'), DATE '2019-03-14', 'DAY',
        (SELECT id FROM person WHERE full_name = 'Mark McAteer'),
        (SELECT id FROM engagement_channel WHERE name = 'Regular inputs and updates within board members'' own organisations/networks'), NULL,
        'Sample: SFRS senior leadership team briefing on the CPIB work programme', 12,
        'Senior officers asked how the CPIB recommendations on performance management would reach local partnership boards.',
        'Local examples of shared performance reporting are available and could be collected for the Community Planning Support Portal.',
        TRUE, 'demo-data', TIMESTAMP '2019-03-15 10:00:00');

INSERT INTO engagement_record (board_id, on_date, date_precision, person_id, channel_id, event_id, event_name,
                               people_reached, heard, learned, sample_data, recorded_by, recorded_at)
VALUES ((SELECT id FROM board WHERE short_name = 'CPIB'), DATE '2019-04-10', 'DAY',
        (SELECT id FROM person WHERE full_name = 'Sarah Gadsden'),
        (SELECT id FROM engagement_channel WHERE name = 'CP Managers network meeting'), NULL,
        'Sample: CP Managers network meeting, April 2019', 30,
        'CP managers welcomed the support offers on the portal and asked for more showcases from rural partnerships.',
        'Feedback from community groups reaches the board mainly through CP managers, so the network meeting is the place to ask for it.',
        TRUE, 'demo-data', TIMESTAMP '2019-04-11 09:30:00');

INSERT INTO engagement_record (board_id, on_date, date_precision, person_id, channel_id, event_id, event_name,
                               people_reached, heard, learned, sample_data, recorded_by, recorded_at)
VALUES ((SELECT id FROM board WHERE short_name = 'CPIB'), DATE '2019-05-16', 'DAY',
        (SELECT id FROM person WHERE full_name = 'Kenny Richmond'),
        (SELECT id FROM engagement_channel WHERE name = 'Formal regular reporting within leadership groups'), NULL,
        'Sample: report to a national leadership group', 15,
        'Members asked for evidence of what is working well in community planning before committing further resources.',
        'A short summary of the LOIP stocktake findings would answer most of the questions raised.',
        TRUE, 'demo-data', TIMESTAMP '2019-05-17 14:00:00');

INSERT INTO engagement_record (board_id, on_date, date_precision, person_id, channel_id, event_id, event_name,
                               people_reached, heard, learned, sample_data, recorded_by, recorded_at)
VALUES ((SELECT id FROM board WHERE short_name = 'CPIB'), DATE '2019-06-05', 'DAY',
        (SELECT id FROM person WHERE full_name = 'Fraser McKinlay'),
        (SELECT id FROM engagement_channel WHERE name = 'Strategic Scrutiny Group'), NULL,
        'Sample: Strategic Scrutiny Group input', 9,
        'Scrutiny bodies are interested in how the CPIB work programme could inform their own planning.',
        'A standing exchange of work programmes with the Strategic Scrutiny Group would avoid duplication.',
        TRUE, 'demo-data', TIMESTAMP '2019-06-06 11:00:00');

INSERT INTO engagement_record_group (record_id, group_id)
SELECT r.id, g.id
FROM engagement_record r, stakeholder_group g
WHERE (r.event_name IN ('CPP Community Empowerment Action Learning programme, February to May 2018',
                        'Community Empowerment Action Learning: Shared Learning Event, September 2018') AND g.name = 'CP Managers')
   OR (r.event_name = 'Sample: SFRS senior leadership team briefing on the CPIB work programme' AND g.name LIKE 'Chief Officers/senior leaders%')
   OR (r.event_name = 'Sample: CP Managers network meeting, April 2019' AND g.name IN ('CP Managers', 'Community Groups'))
   OR (r.event_name = 'Sample: report to a national leadership group' AND g.name = 'National Leadership Groups')
   OR (r.event_name = 'Sample: Strategic Scrutiny Group input' AND g.name = 'Regulatory and Inspection bodies');

INSERT INTO engagement_record_message (record_id, message_id)
SELECT r.id, m.id
FROM engagement_record r, core_message m JOIN engagement_strategy s ON s.id = m.strategy_id
WHERE s.title = 'CPIB Engagement Strategy'
AND ((r.event_name = 'Sample: SFRS senior leadership team briefing on the CPIB work programme' AND m.number IN (1, 2))
  OR (r.event_name = 'Sample: CP Managers network meeting, April 2019' AND m.number IN (1, 6))
  OR (r.event_name = 'Sample: report to a national leadership group' AND m.number = 4)
  OR (r.event_name = 'Sample: Strategic Scrutiny Group input' AND m.number = 7));
