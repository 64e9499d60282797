-- CPIB Board Manager: work programme demo data, loaded after cpib-demo.sql.
-- Source: the CPIB board pack for 28 February 2019 – "Revised Work Programme to deliver against new
-- purpose" (Appendix 2: the previous programme and its progress; Appendix 3: resources), the minute
-- of 28 November 2018 and the "Framework for Review of Community Planning".
-- docs/demo-data-work-programme.md says where each part came from and lists every inference.
-- Runs unchanged on H2 2.2 (MODE=MySQL) and MariaDB 10.11, after sql/migration/V010.
-- No explicit ids: foreign keys are resolved with subqueries on natural keys.

-- ---------------------------------------------------------------------------------------------
-- Programmes: version 1 (the OEPB programme reported on in Appendix 2, current) and version 2
-- (the revised programme put to the 28 February 2019 meeting for agreement, still a draft)
-- ---------------------------------------------------------------------------------------------

INSERT INTO work_programme (board_id, version_number, title, summary, status, period_start, period_end,
                            previous_id, presented_at_meeting_id, approved_at_meeting_id, approved_on)
VALUES ((SELECT id FROM board WHERE short_name = 'CPIB'), 1, 'OEPB Work Programme', NULL, 'CURRENT', NULL, NULL,
        NULL, NULL, NULL, NULL);

INSERT INTO work_programme (board_id, version_number, title, summary, status, period_start, period_end,
                            previous_id, presented_at_meeting_id, approved_at_meeting_id, approved_on)
SELECT p.board_id, 2, 'CPIB Work Programme – revised to reflect updated purpose',
 'To help deliver against the revised CPIB purpose, this paper provides an updated outline work programme, and highlights key areas where board members are asked to agree the specific leadership role they wish to play.',
 'DRAFT', NULL, NULL, p.id, (SELECT id FROM meeting WHERE number = 16), NULL, NULL
FROM work_programme p WHERE p.version_number = 1;

-- ---------------------------------------------------------------------------------------------
-- Version 1 workstreams (Appendix 2): number, title, aim as printed in italics, lead
-- ---------------------------------------------------------------------------------------------

INSERT INTO workstream (programme_id, number, title, aim, status) VALUES
((SELECT id FROM work_programme WHERE version_number = 1), 1, 'Data/Analysis/Profiles',
 'Improve access to and understanding of the data available that can help CPP''s understand need and measure progress', 'ACTIVE'),
((SELECT id FROM work_programme WHERE version_number = 1), 2, 'Sharing Actionable Intelligence',
 'Support CPP''s to improve their approach to sharing of real time data and intelligence at a local level', 'ACTIVE'),
((SELECT id FROM work_programme WHERE version_number = 1), 3, 'Performance Management',
 'Ensure performance management arrangements for Community Planning in Scotland are fit for purpose and reflect the reform agenda', 'ACTIVE'),
((SELECT id FROM work_programme WHERE version_number = 1), 4, 'Community Planning Support and Capacity Building',
 'Support CPP''s to deliver their duties under the Community Empowerment (Scotland) Act 2015 by providing access to more targeted and coordinated support', 'ACTIVE'),
((SELECT id FROM work_programme WHERE version_number = 1), 5, 'Evidence & Evaluation',
 'Undertake more targeted analysis of progress being made to tackle inequalities of outcomes across Scotland, to strengthen the narrative around what works and to influence national and local policy', 'ACTIVE'),
((SELECT id FROM work_programme WHERE version_number = 1), 6, 'Raising the profile and influence of the OEPB’s work programme',
 'Increase awareness of the work of OEPB, influence national and local policy and raise the profile of local achievements and successes that tackle inequalities and improve outcomes', 'ACTIVE'),
((SELECT id FROM work_programme WHERE version_number = 1), 7, 'Measures of Success',
 'Identify key measures to demonstrate the impact of the OEPB’s work programme over the short, medium and long term', 'ACTIVE');

-- Leads as Appendix 2 names them; "All OEPB members" is the group CPIB members
INSERT INTO workstream_lead (workstream_id, position, person_id, organisation_id, group_id) VALUES
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 1 AND w.number = 1), 1, (SELECT id FROM person WHERE full_name = 'Roger Halliday'), NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 1 AND w.number = 2), 1, (SELECT id FROM person WHERE full_name = 'Phil Couser'), NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 1 AND w.number = 3), 1, (SELECT id FROM person WHERE full_name = 'Mark McAteer'), NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 1 AND w.number = 4), 1, (SELECT id FROM person WHERE full_name = 'Sarah Gadsden'), NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 1 AND w.number = 5), 1, (SELECT id FROM person WHERE full_name = 'Gerry McLaughlin'), NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 1 AND w.number = 6), 1, (SELECT id FROM person WHERE full_name = 'Steve Grimmond'), NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 1 AND w.number = 7), 1, NULL, NULL, (SELECT id FROM owner_group WHERE name = 'CPIB members'));

-- ---------------------------------------------------------------------------------------------
-- Reporting period of version 1: the year to the 28 November 2018 meeting, when leads were asked
-- for "short summary re what they have achieved over the last year"; reported to meeting 16
-- ---------------------------------------------------------------------------------------------

INSERT INTO reporting_period (programme_id, title, starts_on, ends_on, report_meeting_id) VALUES
((SELECT id FROM work_programme WHERE version_number = 1), 'Year to November 2018', DATE '2017-11-29', DATE '2018-11-28', (SELECT id FROM meeting WHERE number = 16));

-- ---------------------------------------------------------------------------------------------
-- Progress updates (Appendix 2), text as written. The pack gives no RAG ratings, so each is NOT_RATED;
-- workstream 5 gave "No update provided" and is recorded as NO_UPDATE
-- ---------------------------------------------------------------------------------------------

-- 1
INSERT INTO progress_update (workstream_id, period_id, rag, rag_reason, achievements, difference_made, risks_issues,
                             next_steps, submitted_by, submitted_at)
SELECT w.id, r.id, 'NOT_RATED', NULL,
'On data, our ambition remains to improve access to and understanding of the data available that can help CPP''s understand need and measure progress. We have launched the Community Planning Support Portal, and built awareness of this across CPPs to mean in 2018 there were over 2000 visits to the website, with volume growing noticeably in the past 12 months. At the end of 2018 there were 245 datasets on the statistics.gov.scot open data website. We agreed that this definitive source of data about Scotland will power all local area profiles and have built a user statement for profiles with the ambition of simplifying the landscape. And we identified and have started filling key gaps in the data on statistics.gov.scot, including data zone education outcomes information for the first time.

We have consolidated data resources across the sector through the adoption of a shared platform across profiles, indicator harmonisation and sharing of good practice, delivering major savings in time and effort by reducing duplication and opening up opportunities for shared learning and increased functionality.',
NULL, NULL, NULL, 'Board secretariat (Improvement Service)', TIMESTAMP '2019-02-21 09:00:00'
FROM workstream w JOIN work_programme p ON p.id = w.programme_id JOIN reporting_period r ON r.programme_id = p.id
WHERE p.version_number = 1 AND w.number = 1 AND r.title = 'Year to November 2018';

-- 2
INSERT INTO progress_update (workstream_id, period_id, rag, rag_reason, achievements, difference_made, risks_issues,
                             next_steps, submitted_by, submitted_at)
SELECT w.id, r.id, 'NOT_RATED', NULL,
'LIST continues to work in a number of CPP areas linking with other public service providers, including Police Scotland and the third sector – see separate update. There is increasing consideration being given to the role of LIST as a focus for Public Health Scotland''s engagement with CPPs, particularly given that the forthcoming legislation setting up Public Health Scotland will likely establish it as a statutory partner in community planning.

Additional update in relation to Workstream 2: Sharing Actionable Intelligence – CPPs projects update

This paper aims to provide an update as to plans ongoing between LIST and potential CPP partners, as at 8th of February 2019:

Scotland-wide - Child Poverty
- Background - Child poverty can undermine the health, wellbeing and educational attainment of the children who experience it. All local areas in Scotland must now publish Local Child Poverty Action Reports, with a National Partners group established to help advise local partners. The group comprises Scottish Government, Child Poverty Action Group, poverty Alliance, COSLA, NSS, NHS Health Scotland, Improvement Service and Scottish Poverty and Inequality Research Unit (SPIRU).
- Current Status – LIST have been invited to join a smaller working group, where pilot on potential Needs Assessment and other support is being discussed for a pilot area in Inverclyde. 1st meeting of this group undertaken earlier this week at Glasgow Caledonian University, and will reconvene in early to mid March. LIST/NSS also to attend Tayside Region Child Poverty summit later this month. This summit will begin the conversations that facilitate collaborative working across a range of partnerships and partners.

Argyll & Bute – Housing Need & Demand Assessment
- Background – Scottish Government’s Centre for Housing Market Analysis team have developed the Housing Need & Demand Assessment (HNDA) guidance and an online Tool for modelling requirements for new build housing at a local level. A key aspect of the HNDA is to estimate need and demand for “specialist provision” in terms of different types of accommodation (eg wheelchair, extra care etc) as well as other forms of support (such as adaptations).
- Current Status - Local collaboration between Local Authority and HSCP is a key component in producing the HNDA, LIST can help with this collaborative process, and have been invited to attend a housing need and demand assessment training session in Helensburgh in March.

East Ayrshire – Play & Early Intervention services
- Background – The Vibrant Communities services within East Ayrshire provides innovative services and support to local people, through a focus on community-based co-production and the provision of sustainable solutions for many of the most vulnerable individuals and families within those communities. LIST aims to provide support to the Play & Early Intervention Service, which includes; Befriending programmes (including support for formerly Looked After Children in their first tenancy); services to support families affected by parental imprisonment (including Book Share and Play and Parenting training); Activity Motivators; and Play @ Home (interventions to support the most vulnerable families). Angela Murray is the main LIST contact within East Ayrshire Council.
- Current status – The service has recently received Big Lottery Funding, and has agreed to LIST support, in terms of improving overall data collection, analysis and evaluation for some of the services outlined above. They are currently operating with a significant amount of manual systems, and this will be one of the key areas LIST will address. E-forms have now been reviewed and agreed with the service. East Ayrshire administrative support team completed these in August, with LIST providing on-site consultative and reporting support throughout the process, which has led to the service providing evidence and evaluation to Big Lottery against agreed outcomes. Next meeting planned for end of February, with initial scoping for overhaul of departmental recording practices (Joint Chronologies of sorts) that allows better information sharing between teams within the service.

Scotland-wide – Police Scotland
- Background – The work undertaken by Police custodial medical teams is critical, both in terms of dealing with victims of crime/sexual abuse and effectively executing their duty of care for those being held in custody. It has been recognized locally that the existing provision, in terms of protocols and procedures, require further standardisation across the Grampian region. LIST aim to provide analytical support to Police Scotland to build a case to transform custodial medical care and medical forensic service provision to a nurse-led service. LIST support required in first instance to improve the recording of custody medical care data on the National Crime System (NCS) and extract of this information from the system for analysis. Subsequent support required to help analyse the data and build a case to transform existing provision to a new model of care. This work is led by Shona Stewart from Police Scotland.
- Current status - Initial project/scoping discussions ongoing between all partners, with initial meeting having taken place in late October 2017 in Aberdeen. In order to best meet the requirements of the Outcomes Framework for Custody Healthcare and Forensic Medical Services which Police Scotland and NHS Scotland are signed up to, a SLWG has now been established, with a short series of 4 meetings planned to be held, third scheduled for early August 2018. LIST team also to liaise with ISD Scotland colleagues with a key interest/knowledge of Prisoner/Custody health care systems. A Data Processing Agreement has been signed off, allowing LIST to receive and analyse data from NCS for quarterly Police Partnership forums. Further exploratory analysis being scoped at present, relating to linking of NCS and Adastral (NHS system for custodial health care data).',
NULL, NULL, NULL, 'Board secretariat (Improvement Service)', TIMESTAMP '2019-02-21 09:00:00'
FROM workstream w JOIN work_programme p ON p.id = w.programme_id JOIN reporting_period r ON r.programme_id = p.id
WHERE p.version_number = 1 AND w.number = 2 AND r.title = 'Year to November 2018';

-- 3
INSERT INTO progress_update (workstream_id, period_id, rag, rag_reason, achievements, difference_made, risks_issues,
                             next_steps, submitted_by, submitted_at)
SELECT w.id, r.id, 'NOT_RATED', NULL,
'We produced recommendations for change in relation to performance management arrangements for CPPs, individual CP partners, and national policy makers. This built on evidence previously produced by the CPIB, including the 2017 survey of public sector leaders; 2018 stocktake of LOIPS; engagement with key stakeholders and also the series of Audit Scotland reports into Community Planning.

The CPIB agreed the issue was of significant importance and endorsed both the recommendations and the work summarised from AS among others. It was agreed to include these recommendations as good practice principles on the Community Planning Support Portal and within the CPP Self-Assessment checklist.

The CPIB recognised this agenda as a strategic issue about governance and not simply a tactical issue in relation to performance measurement and reporting. They agreed CPIB has a leadership role to promote wider system change relating to the governing structures of public service delivery and it was agreed to reflect this in the work programme going forward.',
NULL, NULL, NULL, 'Board secretariat (Improvement Service)', TIMESTAMP '2019-02-21 09:00:00'
FROM workstream w JOIN work_programme p ON p.id = w.programme_id JOIN reporting_period r ON r.programme_id = p.id
WHERE p.version_number = 1 AND w.number = 3 AND r.title = 'Year to November 2018';

-- 4
INSERT INTO progress_update (workstream_id, period_id, rag, rag_reason, achievements, difference_made, risks_issues,
                             next_steps, submitted_by, submitted_at)
SELECT w.id, r.id, 'NOT_RATED', NULL,
'We launched the Community Planning in Scotland website, newsletter and webinar series providing information on support available to CPPs, HSC Partnerships and other CP partners, and showcasing good practice http://www.cpsupport.scot/. This now has over 100 subscribers.

We delivered the CPP Community Empowerment Action Learning programme with SCDC to enable CPPs to share experiences and develop learning in relation to the meaningful engagement and participation of communities in community planning processes. 27 CPPs participated, and the resulting report highlights recommendations for action which will be considered by the CPIB. http://www.improvementservice.org.uk/documents/community_planning/Comm-Participation-Action-Learning-Report.pdf

We undertook a stock-take of all available Local Outcomes Improvement Plans and the published findings have provided a basis from which to develop a joint programme of support for CPPs with Community Planning Managers and other stakeholders http://www.improvementservice.org.uk/documents/community_planning/loip-stocktake-emerging-findings-may2018.pdf.

We have worked with Registrars of Scotland as part of the Scottish Public Sector Analytical Collaborative to deliver shared training and a shared approach to understanding user needs for analytical publications. The programme has also started to explore how the Collaborative could offer wider careers opportunities in analysis across public bodies and have clearer shared access to the data these organisations hold using common analytical tools.',
NULL, NULL, NULL, 'Board secretariat (Improvement Service)', TIMESTAMP '2019-02-21 09:00:00'
FROM workstream w JOIN work_programme p ON p.id = w.programme_id JOIN reporting_period r ON r.programme_id = p.id
WHERE p.version_number = 1 AND w.number = 4 AND r.title = 'Year to November 2018';

-- 6
INSERT INTO progress_update (workstream_id, period_id, rag, rag_reason, achievements, difference_made, risks_issues,
                             next_steps, submitted_by, submitted_at)
SELECT w.id, r.id, 'NOT_RATED', NULL,
'A website and flyer outlining the purpose and membership of the CPIB has been produced and promoted with CPPs. Board papers are shared via the website to provide regular updates on the work of the board and provide links to key deliverables. Regular progress updates have also been provided at Community Planning Network meetings, e.g. the LOIP Stocktake, Community Planning Recommendations, Evaluation tools

The Board has engaged with policy makers and academics to influence national developments, e.g. HSC review of targets and indicators; Local Governance Review; Public Health Reform; National Performance Framework; Community Empowerment Act – Evaluability Assessment; and What Works Scotland. The board has also linked with other strategic groups, e.g. Strategic Scrutiny Group to explore how the boards work could inform developments within the scrutiny landscape

Following the board review, an engagement strategy has been developed to strengthen the engagement loop between CPIB and CP stakeholders. This promotes the leadership role of the board and on individual board members to communicate and disseminate the work of the CPIB within their own organisations and networks to facilitate the buy-in and support of peers from across public services. The feedback from this activity with CP stakeholders will form an important element of the evidence base informing the work of the CPIB.',
NULL, NULL, NULL, 'Board secretariat (Improvement Service)', TIMESTAMP '2019-02-21 09:00:00'
FROM workstream w JOIN work_programme p ON p.id = w.programme_id JOIN reporting_period r ON r.programme_id = p.id
WHERE p.version_number = 1 AND w.number = 6 AND r.title = 'Year to November 2018';

-- 7
INSERT INTO progress_update (workstream_id, period_id, rag, rag_reason, achievements, difference_made, risks_issues,
                             next_steps, submitted_by, submitted_at)
SELECT w.id, r.id, 'NOT_RATED', NULL,
'We established a baseline of how CPP’s are meeting their duties within the Community Empowerment (Scotland) Act 2015 through an analysis of Local Outcomes Improvement Plans so that progress through annual reports can be monitored.

We monitored delivery and impact of the CPIB Work programme through regular workstream reports to the OEPB

We undertook a self-assessment to evaluate the effectiveness and impact of the CPIB. This resulted in a refreshed purpose and renaming of the board and a commitment to strengthen the engagement loop with CP partners. An improvement plan has been produced and is embedded within the new work programme to allow monitoring and review.',
NULL, NULL, NULL, 'Board secretariat (Improvement Service)', TIMESTAMP '2019-02-21 09:00:00'
FROM workstream w JOIN work_programme p ON p.id = w.programme_id JOIN reporting_period r ON r.programme_id = p.id
WHERE p.version_number = 1 AND w.number = 7 AND r.title = 'Year to November 2018';

-- 5: "No update provided"
INSERT INTO progress_update (workstream_id, period_id, rag, rag_reason, achievements, difference_made, risks_issues,
                             next_steps, submitted_by, submitted_at)
SELECT w.id, r.id, 'NO_UPDATE', NULL, NULL, NULL, NULL, NULL, 'Board secretariat (Improvement Service)', TIMESTAMP '2019-02-21 09:00:00'
FROM workstream w JOIN work_programme p ON p.id = w.programme_id JOIN reporting_period r ON r.programme_id = p.id
WHERE p.version_number = 1 AND w.number = 5 AND r.title = 'Year to November 2018';

-- ---------------------------------------------------------------------------------------------
-- Version 2 workstreams: the eight strands of the revised programme with their "We will…" aims
-- ---------------------------------------------------------------------------------------------

INSERT INTO workstream (programme_id, number, title, aim, status) VALUES
((SELECT id FROM work_programme WHERE version_number = 2), 1, 'Strengthened leadership and influence at local Community Planning Partnership level',
 'We will support partnerships to address leadership challenges and strengthen their approaches to collective leadership. We will bring together and share evidence of what is working well in CP leadership and the barriers local partners/partnerships face in order to influence policy and practice, and target improvement support.', 'ACTIVE'),
((SELECT id FROM work_programme WHERE version_number = 2), 2, 'Community participation, particularly hard to reach groups, vulnerable and communities of interest',
 'We will bring together and share evidence of what is working well in community participation and the barriers local partnerships face in order to influence policy and practice, and target innovation and improvement support where they are most needed.', 'ACTIVE'),
((SELECT id FROM work_programme WHERE version_number = 2), 3, 'Effective decision making and good governance',
 'We will bring together and share evidence on the barriers and good practice in governance arrangements to influence policy and practice, and to target improvement support. We will demonstrate leadership in promoting the wider system change relating to the governing structures of public service delivery required to allow CPPs to drive the local design of service to improve outcomes for communities.', 'ACTIVE'),
((SELECT id FROM work_programme WHERE version_number = 2), 4, 'Innovative approaches to joint planning, service design and resourcing',
 'We will bring together evidence of what is working well in joint planning, service design and resourcing and identify the barriers to further progress in order to influence policy and practice, and target improvement support.', 'ACTIVE'),
((SELECT id FROM work_programme WHERE version_number = 2), 5, 'Availability and use of high-quality local data and insights to support decision making',
 'We will improve access to, and understanding of, data by exploring opportunities to increase the local data available in open formats and fill the gaps in the data currently available to measure outcomes and build an evidence base at local level. We will also support CPPs to make better use of data and to develop meaningful insights to support effective and informed decision making. We will support CPPs to improve their approach to the sharing of data, intelligence and insights intelligence at a local level, and work with stakeholders to address challenges to data sharing.', 'ACTIVE'),
((SELECT id FROM work_programme WHERE version_number = 2), 6, 'Supporting innovation, improvement and sharing best practice',
 'We will bring together national insights, innovation and improvement support to ensure capacity and resources are targeted to where they are most needed. We will bring together and share evidence of innovation, improvement and best practice to influence policy, practice and reform of public services at local and national levels.', 'ACTIVE'),
((SELECT id FROM work_programme WHERE version_number = 2), 7, 'Strengthened leadership and influence of Community Planning Improvement Board',
 'We will actively engage with CP stakeholders at all levels, bringing together and sharing evidence of what works well in community planning and what needs to change in order to influence policy, practice and reform of public services at local and national levels', 'ACTIVE'),
((SELECT id FROM work_programme WHERE version_number = 2), 8, 'Measures of Success for the Community Planning Improvement Board',
 'Identify key measures to demonstrate the impact of the CPIB work programme over the short, medium and long term', 'ACTIVE');

-- Leads (inference): the pack asks the Board to agree them (recommendation 2.1.3), so these are the
-- leads of the previous workstream each one continues (see the mappings below); workstream 4 is new
-- and has no lead yet.
INSERT INTO workstream_lead (workstream_id, position, person_id, organisation_id, group_id) VALUES
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 1), 1, (SELECT id FROM person WHERE full_name = 'Gerry McLaughlin'), NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 2), 1, (SELECT id FROM person WHERE full_name = 'Sarah Gadsden'), NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 3), 1, (SELECT id FROM person WHERE full_name = 'Mark McAteer'), NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 5), 1, (SELECT id FROM person WHERE full_name = 'Roger Halliday'), NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 5), 2, (SELECT id FROM person WHERE full_name = 'Phil Couser'), NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 6), 1, (SELECT id FROM person WHERE full_name = 'Sarah Gadsden'), NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 7), 1, (SELECT id FROM person WHERE full_name = 'Steve Grimmond'), NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 8), 1, NULL, NULL, (SELECT id FROM owner_group WHERE name = 'CPIB members'));

-- ---------------------------------------------------------------------------------------------
-- Leadership-role questions: the items the Board is asked to answer about its own role (the areas
-- highlighted in green in the paper), with their examples one a line
-- ---------------------------------------------------------------------------------------------

INSERT INTO leadership_question (workstream_id, number, question, prompts) VALUES
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 1), 1,
 'What is the leadership role of the CPIB/CPIB members in relation to influence and challenge around leadership arrangements within local CPPs?, e.g.',
 'Using the leadership role of CPIB members to promote buy in across all partners and ensure the necessary priority is given to CP
Clarifying expectations in relation to ‘good leadership’ in community planning
Supporting CPP chairs to come together to build leadership capacity and skills (e.g. CPP Chair forum)
Influencing how LOIP annual reviews are used to evidence and report on progress locally and nationally
Highlighting progress, and providing challenge re barriers (ref 4 and 5 below)'),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 1), 2,
 'What is the strategic brokerage role of the CPIB/CPIB members in shaping/backing/targeting existing leadership programmes or resources, and in evidencing if some are having more influence on supporting CPPs to address leadership challenges E.g. Workforce Scotland Collective Leadership Programme',
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 2), 1,
 'What is the leadership role of the CPIB/CPIB members in relation to influence and challenge around community empowerment? e.g.',
 'Promoting joint partner resourcing for community capacity building and engagement
Promoting or supporting implementation of recommendations from Scottish Government/SCDC/IS community participation action learning report
Reviewing how participation/engagement is defined to encourage a more focussed/targeted approach
Promoting good practice principles/expectations in relation to community empowerment
Highlighting progress, and providing challenge re barriers (ref 4 and 5 below)'),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 2), 2,
 'What is the strategic brokerage role of the CPIB/CPIB members in shaping/backing/targeting existing Community Empowerment resources, and in evidencing if some are having more influence?',
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 3), 1,
 'What is the leadership role of the CPIB/CPIB members in promoting appropriate governance arrangements that will allow the CPP to drive the local design of services to improve outcomes for local communities? E.g.',
 'Engage with, and provide challenge to, national policy and decision-makers (e.g. SG Performance Board)
Engage with chief officers in own sectors to build consensus around the key issues and reform options, and to provide challenge to national policy makers
Promoting good practice expectations in relation to performance management and good governance
Highlighting progress, and providing challenge re barriers (ref 4 and 5 below)'),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 3), 2,
 'What is the strategic brokerage role of the CPIB/CPIB members in shaping/backing/targeting existing governance resources, and in evidencing if some are having more influence?',
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 4), 1,
 'What is the leadership role of the CPIB/CPIB members in promoting joint planning, service design and resourcing? E.g.',
 'Engage with chief officers in own sectors to build consensus around the key issues and reform options, and to provide challenge to national policy makers
Promoting good practice expectations in relation to joint planning, service design and resourcing
Highlighting progress, and providing challenge re barriers (ref 3 and 4 below)'),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 5), 1,
 'What is the Leadership role for CPIB/CPIB members in promoting availability, access to and use of high-quality data and insights in decision making? E.g.',
 'Raising awareness of access to data and support already available using the Community Planning in Scotland website to signpost
Clarifying expectations about the use of data/insights in decision making and evaluating impact, with reference to the culture, leadership and governance arrangements required
Consolidating and promoting learning from current programmes, e.g. LIST
Ensuring links made with other relevant policy developments, e.g. Public Health Workstream re data/intelligence and City Deals
Highlight progress, barriers and what change is needed to improve access to and use of data/insights in decision making and innovation re public sector reform (ref 3-9 below)'),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 5), 2,
 'What is the strategic brokerage role of the CPIB/CPIB members in shaping/backing/targeting existing resources, and in evidencing if some are having more influence? For example, could the E-data Research and Innovation Service (EDRIS) data linkage service working to bring together datasets be a wider offer to public service organisations?',
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 6), 1,
 'What is the leadership role of the CPIB/CPIB members in supporting innovation, improvement and sharing of good practice? E.g.',
 'Clarifying expectations and promoting the conditions necessary for innovation
Promoting examples of good practice and innovation
Highlighting progress, and providing challenge re barriers (ref 7 and 8)'),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 6), 4,
 'What is the Strategic brokerage role for the CPIB in shaping/backing/targeting existing resources, and in evidencing if some are having more influence?',
 NULL);

-- ---------------------------------------------------------------------------------------------
-- Activities: the numbered items of each workstream, as written (sub-points as "- " lines). Workstream 8
-- prints its two activities without numbers; they are numbered 1 and 2 here. No targets: the paper
-- leaves timescales to be agreed with the leads
-- ---------------------------------------------------------------------------------------------

-- Workstream 1
INSERT INTO activity (workstream_id, number, description, status, target_date, target_precision) VALUES
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 1), 3,
 'Support tests of change to help CPPs address leadership challenges through tailored practical support and capacity building. How should these be identified?', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 1), 4,
 'Gather and share evidence of good leadership practice within community planning from CPPs/CP partners to influence policy, practice and reform of public services at local and national levels', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 1), 5,
 'Gather and share evidence from CPPs/CP partners on the barriers which exist in relation to leadership, identify how these might be overcome and what support is needed to influence policy, practice and reform of public services at local and national levels', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 1), 6,
 'Provide evaluation support, skills and capacity development to Community Planning Partnerships to help them undertake local evaluations (Health Scotland)', 'PLANNED', NULL, NULL);

-- Workstream 2
INSERT INTO activity (workstream_id, number, description, status, target_date, target_precision) VALUES
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 2), 3,
 'Support tests of change to help CPPs address challenges in facilitating meaningful Community Empowerment through tailored practical support and capacity building. How should these be identified?', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 2), 4,
 'Gather and share evidence of good practice in relation to Community Empowerment from CPPs/CP partners to influence policy, practice and reform of public services at local and national levels', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 2), 5,
 'Gather and share evidence from CPPs/CP partners on the barriers which exist in relation to facilitating meaningful Community Empowerment, identify how these might be overcome and what support is needed to influence policy, practice and reform of public services at local and national levels', 'PLANNED', NULL, NULL);

-- Workstream 3
INSERT INTO activity (workstream_id, number, description, status, target_date, target_precision) VALUES
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 3), 3,
 'Support tests of change to help CPPs develop strengthened governance arrangements through tailored practical support and capacity building. How should these be identified?', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 3), 4,
 'Gather and share evidence of good practice in relation to governance arrangements from CPPs/CP partners to influence policy, practice and reform of public services at local and national levels', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 3), 5,
 'Gather and share evidence from CPPs/CP partners on the barriers which exist in relation to governance, identify how these might be overcome and what support is needed to influence policy, practice and reform of public services at local and national levels', 'PLANNED', NULL, NULL);

-- Workstream 4
INSERT INTO activity (workstream_id, number, description, status, target_date, target_precision) VALUES
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 4), 2,
 'Support tests of change to help CPPs to facilitate new ways of working and transition models through tailored practical support and capacity building. How should these be identified?', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 4), 3,
 'Gather and share evidence of good practice in relation to joint resourcing/planning/design from CPPs/CP partners to influence policy, practice and reform of public services at local and national levels – evidence at operational level/strategic level; evidence of progress in shifting resources to prevention', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 4), 4,
 'Gather and share evidence from CPPs/CP partners on the barriers which exist in relation joint resourcing/planning/design, identify how these might be overcome and what support is needed to influence policy, practice and reform of public services at local and national levels', 'PLANNED', NULL, NULL);

-- Workstream 5
INSERT INTO activity (workstream_id, number, description, status, target_date, target_precision) VALUES
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 5), 3,
 'Supporting tests of change, to facilitate new ways of working and transition models, e.g. facilitate a horizon planning session to identify what is it about the CP approach where data can drive new approaches/innovation? How will these be identified?', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 5), 4,
 'Gather and share evidence of good practice from CPPs/CP partners in relation to the use and sharing of data/insights in decision making to influence policy, practice and reform of public services at local and national levels e.g. City Deal', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 5), 5,
 'Gather and share evidence from CPPs/CP partners on the barriers which exist in relation to accessing, sharing and using data/insights, identify how these might be overcome and what support is needed to influence policy, practice and reform of public services at local and national levels', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 5), 6,
 'Continue to explore opportunities to work together to consolidate and streamline existing data resources across Scotland’s public services, e.g. all public-sector data being available from the Scottish Government national data repository; the commitment by Profile Collaboration Group to undertake a joint user engagement/needs exercise to develop a clearer understanding of Scottish profile users’ needs.', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 5), 7,
 'Identify gaps/limitations in data currently available to measure progress in outcomes at a local level and explore opportunities to broker changes to fill identified gaps', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 5), 8,
 'Open up data (a) by significantly increasing the local data available in open formats, and (b) develop a flexible tabulation tool that would enable the public to get aggregate disclosure-controlled tables of person/business level data.', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 5), 9,
 'Identify potential barriers to sharing data and intelligence and discuss barriers with Information Commissioner and Caldicott Guardians and other key stakeholders to identify solutions', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 5), 10,
 'Develop approach to analytical capacity building across the public sector and deliver support', 'PLANNED', NULL, NULL);

-- Workstream 6
INSERT INTO activity (workstream_id, number, description, status, target_date, target_precision) VALUES
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 6), 2,
 'Continue to develop the Community Planning in Scotland website to share details of all resources and support available to CPPs and health and social care partnerships, and to develop an approach to capture support requests from CPP''s', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 6), 3,
 'Develop proportionate approach to monitoring the usage and impact of the Community Planning in Scotland website and the quality and impact of the support provided by improvement agencies and other partners via the portal', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 6), 5,
 'Identify areas where support is not currently available to CPPs and develop and resource collaborative locally tailored solutions (ref 9 and 10)', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 6), 6,
 'Use the Community Planning Khub Network to showcase how CPP''s are working, approaches they are taking and progress they are making in tackling inequalities, e.g. through case studies and evidence collated under workplan items', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 6), 7,
 'Gather and share evidence of good practice in relation to innovation/improvement from CPPs/CP partners to influence policy, practice and reform of public services at local and national levels', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 6), 8,
 'Gather and share evidence from CPPs/CP partners on the barriers which exist in relation to innovation/improvement, identify how these might be overcome and what support is needed to influence policy, practice and reform of public services at local and national levels', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 6), 9,
 'Develop a wider programme of support in collaboration with the national Community Planning Managers Network building on the findings of the 2018 LOIP stocktake to address the following areas:
- Leadership and culture (to promote a greater focus on impact and joint resourcing)
- Governance and scrutiny (particularly around how this involves communities)
- Developing approaches to effective empowerment and participation
- Effective use of data and business intelligence.

As this will cut across a number of other workstreams, it will be important to ensure that anything that emerges from this work will feed in across all workstreams.', 'PLANNED', NULL, NULL);

-- Workstream 7
INSERT INTO activity (workstream_id, number, description, status, target_date, target_precision) VALUES
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 7), 1,
 'Use the leadership role of the board and of individual board members to communicate and disseminate the work of the CPIB and to actively engage with senior level CP stakeholders across the sector.

CPIB board members represent two distinct roles – those who represent senior level CP partners and those who represent the national improvement/policy and regulation landscape. We will strengthen the engagement role of the CPIB board members who represent CP Partners to facilitate the buy-in and support of peers from across public services and to support them to play an active role in demonstrating the impact of Community Planning, identifying needs and commissioning support from improvement bodies

This engagement activity should:
- Promote the products, services and support delivered by improvement bodies who are CPIB members
- Articulate a vision in terms of what Community Planning can do and inform and provide challenge to stakeholders around ambition, expectations and good practice
- Provide a primary source of evidence from CP stakeholders of the impact of community planning, as well as feedback in relation to their experiences, needs, and the challenges they face.

This will involve:
- CPIB members providing regular reporting and discussion within their organisations and sectoral networks
- CPIB members providing regular updates to CPIB in relation to engagement activity as a standing agenda item at board meetings
- Production of an annual CPIB collective messaging report to be disseminated by all individual board members within their organisations/sectors', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 7), 2,
 'Synthesise the emerging evidence base to articulate what it is telling us about improving outcomes and whether CP is making a difference, what needs to change and what support is needed to drive improvement in partnership working. This will include existing learning from WWS, and new evidence as it emerges.

Use this to influence policy, practice and reform of public services at local and national levels.', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 7), 3,
 'Review LOIP annual reports to monitor progress in relation to how CPP''s are meeting their duties within the Community Empowerment (Scotland) Act 2015 and capture and evidence the impact of community planning, building on the baseline established in the LOIP review

Use this to influence policy, practice and reform of public services at local and national levels.', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 7), 4,
 'Support the National Performance Team within Scottish Government to incorporate evidence from LOIP annual reports within NPF reporting to provide greater alignment between local and national arrangements.', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 7), 5,
 'Support the Scottish Government’s review of Community Planning', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 7), 6,
 'Following revisions to the board name and purpose, refresh the communications to raise awareness of the new name and purpose, and to tie together the deliverables from the CPIB work programme for all key stakeholders, including national and local politicians.', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 7), 7,
 'As outlined in the CPIB improvement plan, develop and implement an Engagement strategy to strengthen the engagement loop between the CPIB and Community Planning stakeholders.', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 7), 8,
 'As outlined in the CPIB improvement plan, continue to review the membership of CPIB to promote involvement of all key CP stakeholders, e.g. representation from NHS Territorial Board, Health and Social Care Partnership and CP Managers Network', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 7), 9,
 'Ensure the work of the CPIB links with work of other national strategic groups, e.g. Strategic Scrutiny Group. All board members should self-identify the links and consider if more formal communication would be helpful.', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 7), 10,
 'Use CPIB meetings to regularly review, reflect upon, and agree approaches to influence national developments and challenges which impact on public services', 'PLANNED', NULL, NULL);

-- Workstream 8
INSERT INTO activity (workstream_id, number, description, status, target_date, target_precision) VALUES
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 8), 1,
 'Measure performance by seeking feedback from CPPs on whether the support for Community planning provided by the CPIB meets their needs.
- CP Board members to seek feedback on the back of providing updates within their own organisations/networks on an ongoing basis, feeding this in to CPIB meetings to inform ongoing development of work programme
- Once a year, board members will facilitate a session at the CP Managers’ Network to gather feedback', 'PLANNED', NULL, NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 8), 2,
 'Undertake self-assessment to evaluate the effectiveness and impact of the CPIB in relation to how board members work together to influence national and local policy, coordinate/target resources to make the most of the capacity and skills available within their organisations, address barriers within the system to transformation etc.', 'PLANNED', NULL, NULL);

-- Activity 1.6 names its provider: "(Health Scotland)"
INSERT INTO activity_owner (activity_id, position, person_id, organisation_id, group_id) VALUES
((SELECT a.id FROM activity a JOIN workstream w ON w.id = a.workstream_id JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 1 AND a.number = 6), 1, NULL, (SELECT id FROM organisation WHERE name = 'Health Scotland'), NULL);

-- ---------------------------------------------------------------------------------------------
-- Resource catalogue (Appendix 3): title, link, description as written, provider, kind. Where the
-- programme lists a resource under more than one workstream it is one entry linked to each
-- ---------------------------------------------------------------------------------------------

INSERT INTO resource_item (title, url, description, provider_organisation_id, provider_name, kind) VALUES
('CPP Board Member Guidance',
 'http://www.improvementservice.org.uk/cpp-board-member-guidance.html',
 'This series of notebooks provides information, guidance and support to CPP Board members.',
 (SELECT id FROM organisation WHERE name = 'Improvement Service'), NULL, 'GUIDANCE'),
('Dialogue Community of Practice',
 'https://workforcescotland.com/workstream/dialogue/',
 'Aims to support the transformation of public services by using dialogue methods to enhance the quality of relationships through conversations.',
 NULL, 'Workforce Scotland', 'NETWORK'),
('Leadership Checklist',
 'http://www.improvementservice.org.uk/documents/community_planning/cpp-leadership-checklist-may2016.pdf',
 'The Leadership Checklist provides an opportunity for the CPP Board to consider its strengths and areas for improvement in relation to the leadership of the CPP. It also gives individual Community Planning partners the opportunity to consider their own leadership approach and to identify personal improvement actions.',
 (SELECT id FROM organisation WHERE name = 'Improvement Service'), NULL, 'TOOL'),
('Leadership Exchanges',
 'https://workforcescotland.com/workstream/leadership-exchange/',
 'This programme pairs up leaders across sectors to provide insight into different cultures, constraints and opportunities within the public sector.',
 NULL, 'Workforce Scotland', 'PROGRAMME'),
('Scottish Coaching Collaborative',
 'https://workforcescotland.com/workstream/scc/',
 'The Scottish Coaching Collaborative provides a wide-reaching and cost-effective coaching service that enables in-house trained coaches to work within other organisations through flexible time-banking.',
 NULL, 'Workforce Scotland', 'SERVICE'),
('Pioneering Collaborative Leadership',
 'https://workforcescotland.com/workstream/ecl/',
 'The Pioneer offer is to provide leadership development, in real time, to groups of leaders from across public service partners who are seeking to collaborate in order to tackle a real, complex, systemic (wicked) issue.',
 NULL, 'Workforce Scotland', 'PROGRAMME'),
('Kinharvie Institute',
 'http://www.kinharvie.org.uk',
 'The Institute can help the organisation''s Board grow and develop. It provides coaching for leaders seeking a confidential and thought-provoking space where they can gain a fresh perspective and enhance their ability to respond effectively to any of the challenges met as a leader',
 NULL, 'Kinharvie Institute', 'SERVICE'),
('ACE Guide to Achieving Community Empowerment',
 'http://www.scdc.org.uk/what/achieving-community-empowerment/guide/',
 'This resource is intended to help community groups and organisations become more confident, better organised and more effective in achieving their aims. It guides community groups, and those who work with them, through a critical review of their roles, relationships and ambitions so that they can be as effective as possible in achieving their aims and improving their communities. This guide will be helpful for community workers and others who want to encourage stronger and more active communities.',
 NULL, 'SCDC', 'GUIDANCE'),
('Building Stronger Communities - A practical assessment and planning tool for community capacity building in Scotland',
 'http://www.scdc.org.uk/what/building-stronger-communities/',
 'This resource is targeted at practitioners and planners working within a range of sectors to help make Scotland''s communities better places to live. It sets out a common framework to help partners at strategic, practitioner and community levels to adopt a strategic participatory approach to building community capacity.',
 NULL, 'SCDC', 'TOOL'),
('Communities Channel Scotland',
 'http://www.communityscot.org.uk/',
 'This resource aims to provide support to local groups and organisations so that they can contribute to a socially and economically sustainable Scotland. It highlights resources that will be of interest to community groups, facilitates the exchange of good practice and provides regular news stories on any developments affecting community groups.',
 NULL, NULL, 'WEBSITE'),
('Community-Led Action Research',
 'http://www.scdc.org.uk/what/community-led-action-research/',
 'SCDC provides support on Community-Led Action Research, which involves a community defining and carrying out research to gather evidence and make recommendations for change. Action research is about using research tools and methods appropriate to engaging with the community concerned, for example, drawings, photography, video diaries, drop-in sessions and story dialogue, which can be used instead of or alongside more traditional methods such as surveys.',
 NULL, 'SCDC', 'SERVICE'),
('Community Participation Action Learning Report',
 'http://www.improvementservice.org.uk/documents/community_planning/Comm-Participation-Action-Learning-Report.pdf',
 'This paper provides a summary of the emerging themes from the community participation action learning process which took place between February and May 2018. The aim of the action learning process was to enable Community Planning Partnerships (CPPs) across Scotland to share experiences in relation to the meaningful engagement and participation of communities in community planning processes, develop learning, take actions to improve practice and reflect collectively on opportunities and challenges in the current context.',
 (SELECT id FROM organisation WHERE name = 'Improvement Service'), NULL, 'REPORT'),
('The National Standards for Community Engagement',
 'http://www.voicescotland.org.uk/',
 'The National Standards for Community Engagement are good-practice principles designed to support and inform the process of community engagement, and improve what happens as a result. They were originally launched in 2005, and reviewed in 2015/16. They have been widely accepted by a range of practitioners as key principles for effective practice.',
 NULL, NULL, 'GUIDANCE'),
('Participation Toolkit',
 'http://www.scottishhealthcouncil.org/toolkit.aspx',
 'The main Participation Toolkit supports health and social care staff to involve patients, service users, carers and members of the public more effectively in their own care and in the design and delivery of local services.',
 NULL, 'Scottish Health Council', 'TOOL'),
('e-Participation Toolkit',
 'http://www.scottishhealthcouncil.org/patient_public_participation/e-participation/e-participation_toolkit.aspx',
 'The e-Participation Toolkit describes how online technology (including social networks, online forums and blogs) can be used for two-way dialogue with patients, carers and communities – complementing rather than replacing more traditional methods of engaging.',
 NULL, 'Scottish Health Council', 'TOOL'),
('Evaluation Toolkit',
 'http://www.scottishhealthcouncil.org/evaluation.aspx',
 'The Evaluation Toolkit is a guide to assessing public involvement and participation in health and social care. It discusses how practitioners can evaluate how participation project has been undertaken (process) and the results of that activity (outcomes).',
 NULL, 'Scottish Health Council', 'TOOL'),
('PB Network Scotland',
 'https://pbnetwork.org.uk/category/geographic/scotland/',
 'The PB Network is the independent body advocating for learning and innovation in Participatory Budgeting. The PB Network puts on learning events, publishes policy related papers and stimulates debate on where Participatory Budgeting (PB) might go next. It is a UK wide Network which has a dedicated section on its website for PB in Scotland.',
 NULL, 'PB Network', 'NETWORK'),
('Scottish Co-Production Network',
 'http://www.coproductionscotland.org.uk/',
 'The Scottish Co-production Network is free and open to anyone who is interested in co-production in Scotland. As a member of the network, you will be invited to learning events, network meetings and be able to take part in discussions and information sharing on the website. In order to ensure the network is effective in developing practice around co-production in Scotland, members are encouraged to contribute to the network by sharing their learning and experience through the online discussions, attending meetings and sharing useful information and case studies.',
 NULL, NULL, 'NETWORK'),
('Scottish Community Councils website',
 'http://www.communitycouncils.scot',
 'This site supports and promotes Scottish community councils through advice and resources, and real success stories of the impact that they can have on their community. This website is for anyone interested in community councils as well as both new and experienced community councillors. The site has up to date information on news, events, guidance, and grants that are related to community councils as well as advice on how to be a community councillor.',
 NULL, NULL, 'WEBSITE'),
('Social Impact Pledge',
 'http://www.communityscot.org.uk/social-impact-pledge/',
 'This is a Scottish Government Initiative, aimed at increasing the social impact of public service organisations across Scotland. The Social Impact Pledge asks public service organisations to commit to increasing their social impact by making a public commitment to changing three aspects of their current operations or policies.',
 (SELECT id FROM organisation WHERE name = 'Scottish Government'), NULL, 'PROGRAMME'),
('Partnership Checklist',
 'http://www.improvementservice.org.uk/self-assessment-in-community-planning-partnerships.html',
 'Two partnership checklists have been developed to support CPPs to critically review their ''fitness for purpose'' in achieving shared outcomes.',
 (SELECT id FROM organisation WHERE name = 'Improvement Service'), NULL, 'TOOL'),
('Good Practice Principles for Performance Management in Community Planning',
 'http://www.cpsupport.scot/support-for-cpps.html',
 'These principles include guidelines for partners, partnerships and for national policy makers in relation to performance management arrangements within Community Planning',
 NULL, NULL, 'GUIDANCE'),
('Community Planning Outcomes Profile',
 'http://www.improvementservice.org.uk/community-planning-outcomes-profile.html',
 'The Community Planning Outcomes Profile aims to provide better and more consistent data to CPP boards to support them in the assessment, interpretation, understanding and prioritisation within communities. It shows the overall pattern of outcomes in each CPP area against a core set of outcome areas, and highlights which communities are faring well below average for your area and for similar communities across Scotland',
 (SELECT id FROM organisation WHERE name = 'Improvement Service'), NULL, 'DATA'),
('Data Intelligence',
 'https://nhsnss.org/services/data-intelligence/',
 'NHS National Services Scotland provide support in relation to compiling and using the potential of Scotland''s national health and care datasets. This includes supporting decision makers with information, intelligence and tools to assist in planning and managing local health and care services.',
 (SELECT id FROM organisation WHERE name = 'NHS NSS'), NULL, 'SERVICE'),
('Local Intelligence Support Team (LIST)',
 'http://www.isdscotland.org/Health-Topics/Health-and-Social-Community-Care/Local-Intelligence-Support-Team/',
 'The Local Intelligence Support team (LIST) are working alongside local partners to offer wider access to analytical and information support than would otherwise be available and to support them to be ambitious and challenging in the approaches they take. The LIST service provides local decision makers with meaningful and actionable intelligence, leading to improved outcomes for service users and patients by using platforms such as Source, DISCOVERY and (soon to be launched) SPIRE.',
 (SELECT id FROM organisation WHERE name = 'NHS NSS'), NULL, 'SERVICE'),
('Business Analysis Framework',
 'http://www.improvementservice.org.uk/business-analysis.html',
 'This is designed to help councils and their partners carry out more effective and formalised business analysis. The Framework offers bite-size learning materials, including templates, guidance notes and tutorials, to assist councils and their partners in the analytical phase of business change projects. Tools and techniques within the framework include: demand analysis, process mapping, gap analysis, risk assessment, impact analysis and requirements documentation.',
 (SELECT id FROM organisation WHERE name = 'Improvement Service'), NULL, 'TOOL'),
('Informing investment to reduce inequalities',
 'http://www.scotpho.org.uk/comparative-health/health-inequalities-tools/intervention-tools/informing-investment-to-reduce-health-inequalities-iii',
 'The tool allows local areas to model the health and inequality impacts of a range of ''upstream'' and ''downstream'' policies and interventions. Different targeting strategies can be modelled as can disinvestments and some interventions.',
 NULL, 'ScotPHO', 'TOOL'),
('Scottish Public Health Observatory (ScotPHO)',
 'http://scotpho.org.uk/',
 'The ScotPHO website provides data on a wide range of health outcomes and the determinants of health for local areas. There are also a range of tools, methodological and research papers, guides to data sources and other forms of support available. The ScotPHO Online Profiles Tool (OPT) provides access to various public health related indicators grouped in a suite of specialist profiles. The tool allows: interactive functionality, selection of geographical areas (e.g. NHS Board, local authority, intermediate zone) and inter-area comparisons using spine charts. The profiles are intended to increase understanding of local health issues and to prompt further investigation, rather than to be used as a performance management tool. The information needs to be interpreted within a local framework; an indicator may be higher or lower in one area compared to another, but local knowledge is needed to understand and interpret differences.',
 NULL, NULL, 'DATA'),
('Statistics.gov',
 'http://statistics.gov.scot',
 'A range of official statistics about Scotland for information and re-use. Explore the datasets by theme, organisation, or geography. Search for datasets, places or postcodes.',
 (SELECT id FROM organisation WHERE name = 'Scottish Government'), NULL, 'DATA'),
('The Scottish Index of Multiple Deprivation',
 'http://www.gov.scot/simd',
 'The Scottish Government''s official tool to identify areas of multiple deprivation in Scotland.',
 (SELECT id FROM organisation WHERE name = 'Scottish Government'), NULL, 'DATA'),
('Effectiveness evidence',
 'http://www.healthscotland.scot/improve-policy-and-practice/identify-effective-actions',
 'This is planned work. The Evidence for Action Team within NHS Health Scotland produces synthesised evidence of what works to improve health and reduce health inequalities. It is planning to engage with CPPs to assess need in this area.',
 (SELECT id FROM organisation WHERE name = 'Health Scotland'), NULL, 'SERVICE'),
('Data Lab',
 'https://thedatalab.com/',
 'The Data Lab enables industry, public sector and world-class university researchers to innovate and develop new data science capabilities in a collaborative environment. Its core mission is to generate significant economic, social and scientific value from big data. With a Scotland-wide presence and Hubs in Aberdeen, Edinburgh and Glasgow, it is in close proximity to leading industry and university institutions with world-class research in informatics and computer science. Hubs are focused on building relationships locally and delivering a range of activities that span across the three key areas: collaborative innovation; skills and talent; and community building',
 NULL, 'The Data Lab', 'PROGRAMME'),
('Scottish Government Linkage Project',
 'https://www2.gov.scot/Topics/Statistics/datalinkageframework/Funded-Linkage-Projects',
 'The Scottish Government is committed to improving Scotland''s future through the production of high quality data, analysis and evidence to inform policy and support improved service delivery. One approach we are taking to achieving this is through data linkage; Joined Up Data for Better Decisions outlines our strategy for better use of data that already exists in Scotland including the establishment of a Data Linkage Framework, with the Guiding Principles for Data Linkage supporting the creation of a culture where legal, ethical and secure data linkage is accepted and expected. In collaboration with our public sector partners, the Scottish Government has developed a process to enable responsible, efficient and effective data linkage in line with the Data Linkage Framework. This approach is being delivered through the Scottish Informatics and Linkage Collaboration (SILC); a public sector partnership initiative. The Scottish Government has provided funding for 60 linkage projects (Scottish Government and Public Sector) to be supported through SILC, with advice and assistance provided by eDRIS, a SILC partner.',
 (SELECT id FROM organisation WHERE name = 'Scottish Government'), NULL, 'PROGRAMME'),
('eDRIS',
 'https://www.isdscotland.org/Products-and-Services/EDRIS/',
 'The electronic Data Research and Innovation Service (eDRIS) is a one stop shop for research and linkage of health and administrative data and provides a single entry point and end to end support to help researchers answer key questions about our society. Any publicly held data can be requested for research, planning and evaluation projects. eDRIS is part of Information Services Division (ISD) and supports the Health Data Research UK (HDRUK), Administrative Data Research Centre (ADRC) and Scottish Government Linkage Projects',
 (SELECT id FROM organisation WHERE name = 'NHS NSS'), NULL, 'SERVICE'),
('Community Planning in Scotland Portal',
 'http://www.cpsupport.scot/support-for-cpps.html',
 'This website provides information on support available to Health and Social Care Partnerships (HSCPs), Community Planning Partnerships (CPPs), and other community partners who are working to improve outcomes for individuals and local communities across Scotland. On the website, you will find links to online tools and information provided by national improvement agencies and specialist organisations, as well as the contact details of who to speak to, if you would like to access tailored support. The website also offers a coordinate responses to online requests from across national improvement agencies for those who are unsure of who is best placed to provide the type of support required. This information will be updated by each of the national improvement agencies on a regular basis to reflect developments in the support available.',
 (SELECT id FROM organisation WHERE name = 'Improvement Service'), NULL, 'WEBSITE'),
('Community Planning in Scotland Knowledge Hub network',
 'https://khub.net/group/communityplanningnetworkinscotland',
 'The Community Planning in Scotland Knowledge Hub network is a knowledge hub for people working in community planning. Here you can share good practice, ask questions and find advice from colleagues working in community planning from all over Scotland.',
 NULL, NULL, 'NETWORK'),
('Community Planning Managers Network',
 NULL,
 'This is a network of Community Planning Managers to share practice and address common challenges',
 NULL, NULL, 'NETWORK'),
('Facilitation and consultancy - Improvement Service',
 'http://www.improvementservice.org.uk/',
 'The Improvement Service offers facilitation support at many different levels, including; supporting round table conversations; assisting collaborative teams working beyond single organisations at a senior level to address complex systemic issues; supporting organisations and partnerships to work toward improvement. This involves developing and sustaining high-quality relationships fostered by authenticity, openness and trust. Facilitators use a variety of methods which can include approaches like co-operative learning, graphic facilitation, open space technology, dialogue work and action inquiry. The IS currently works with local authorities, at different levels within CPPs, TSIs, “Place” Boards and has a sound knowledge of local and national priorities and challenges. Our consultancy support may include bespoke facilitation but seeks to determine the most appropriate intervention, identifying and mobilising those who are best placed to offer what is required, drawing from a wide variety of expertise and skill.',
 (SELECT id FROM organisation WHERE name = 'Improvement Service'), NULL, 'SERVICE'),
('Facilitation and consultancy - NHS Health Scotland',
 'http://www.healthscotland.scot',
 'NHS Health Scotland provides a range of consultancy and facilitation to meet the needs of individual CPPs and Health and Social Care Partnerships. This work can entail reviewing and giving feedback on strategic documents to ensure that an area is addressing health inequalities in their plans and decision making, facilitating discussions and prioritisation sessions.',
 (SELECT id FROM organisation WHERE name = 'Health Scotland'), NULL, 'SERVICE'),
('Strategic engagement and consultancy - NHS National Services Scotland',
 'https://nhsnss.org',
 'NHS National Services Scotland provide bespoke services in relation to data intelligence and programme management.',
 (SELECT id FROM organisation WHERE name = 'NHS NSS'), NULL, 'SERVICE'),
('CivTech',
 'https://civtech.atlassian.net/wiki/spaces/CIV/overview?mode=global',
 'CivTech® harnesses new technologies to drive daring and innovation in the public sector. It brings together private sector innovation, public sector organisations and citizens to develop more efficient and effective services, which will translate to new, better, faster and easier experiences for everyone.',
 NULL, NULL, 'PROGRAMME');

-- Links to version 2 workstreams in the order each lists them ("Existing resources"); workstream 4 has
-- none ("No resources focus on joint planning, joint service design or joint resourcing"). The Kinharvie
-- Institute is described differently under workstreams 2 and 6: those descriptions are the link notes.
INSERT INTO workstream_resource (workstream_id, resource_id, position, note) VALUES
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 1), (SELECT id FROM resource_item WHERE title = 'CPP Board Member Guidance'), 1,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 1), (SELECT id FROM resource_item WHERE title = 'Dialogue Community of Practice'), 2,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 1), (SELECT id FROM resource_item WHERE title = 'Leadership Checklist'), 3,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 1), (SELECT id FROM resource_item WHERE title = 'Leadership Exchanges'), 4,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 1), (SELECT id FROM resource_item WHERE title = 'Scottish Coaching Collaborative'), 5,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 1), (SELECT id FROM resource_item WHERE title = 'Pioneering Collaborative Leadership'), 6,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 1), (SELECT id FROM resource_item WHERE title = 'Kinharvie Institute'), 7,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 2), (SELECT id FROM resource_item WHERE title = 'ACE Guide to Achieving Community Empowerment'), 1,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 2), (SELECT id FROM resource_item WHERE title = 'Building Stronger Communities - A practical assessment and planning tool for community capacity building in Scotland'), 2,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 2), (SELECT id FROM resource_item WHERE title = 'Communities Channel Scotland'), 3,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 2), (SELECT id FROM resource_item WHERE title = 'Community-Led Action Research'), 4,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 2), (SELECT id FROM resource_item WHERE title = 'Community Participation Action Learning Report'), 5,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 2), (SELECT id FROM resource_item WHERE title = 'The National Standards for Community Engagement'), 6,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 2), (SELECT id FROM resource_item WHERE title = 'Participation Toolkit'), 7,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 2), (SELECT id FROM resource_item WHERE title = 'e-Participation Toolkit'), 8,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 2), (SELECT id FROM resource_item WHERE title = 'Evaluation Toolkit'), 9,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 2), (SELECT id FROM resource_item WHERE title = 'PB Network Scotland'), 10,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 2), (SELECT id FROM resource_item WHERE title = 'Scottish Co-Production Network'), 11,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 2), (SELECT id FROM resource_item WHERE title = 'Scottish Community Councils website'), 12,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 2), (SELECT id FROM resource_item WHERE title = 'Social Impact Pledge'), 13,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 2), (SELECT id FROM resource_item WHERE title = 'Kinharvie Institute'), 14,
 'The Institute provides bespoke solutions to support organisations engage and empower communities. This includes facilitated, participative community meetings for 5-500 people to share information, consult communities and/or make group decisions. They also provide process design support to help community workers seeking to facilitate genuinely participative and meaningful meetings which engage communities in the decisions which affect their lives.'),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 3), (SELECT id FROM resource_item WHERE title = 'Partnership Checklist'), 1,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 3), (SELECT id FROM resource_item WHERE title = 'CPP Board Member Guidance'), 2,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 3), (SELECT id FROM resource_item WHERE title = 'Good Practice Principles for Performance Management in Community Planning'), 3,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 5), (SELECT id FROM resource_item WHERE title = 'Community Planning Outcomes Profile'), 1,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 5), (SELECT id FROM resource_item WHERE title = 'Data Intelligence'), 2,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 5), (SELECT id FROM resource_item WHERE title = 'Local Intelligence Support Team (LIST)'), 3,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 5), (SELECT id FROM resource_item WHERE title = 'Business Analysis Framework'), 4,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 5), (SELECT id FROM resource_item WHERE title = 'Informing investment to reduce inequalities'), 5,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 5), (SELECT id FROM resource_item WHERE title = 'Scottish Public Health Observatory (ScotPHO)'), 6,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 5), (SELECT id FROM resource_item WHERE title = 'Statistics.gov'), 7,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 5), (SELECT id FROM resource_item WHERE title = 'The Scottish Index of Multiple Deprivation'), 8,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 5), (SELECT id FROM resource_item WHERE title = 'Effectiveness evidence'), 9,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 5), (SELECT id FROM resource_item WHERE title = 'Data Lab'), 10,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 5), (SELECT id FROM resource_item WHERE title = 'Scottish Government Linkage Project'), 11,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 5), (SELECT id FROM resource_item WHERE title = 'eDRIS'), 12,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 6), (SELECT id FROM resource_item WHERE title = 'Community Planning in Scotland Portal'), 1,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 6), (SELECT id FROM resource_item WHERE title = 'Community Planning in Scotland Knowledge Hub network'), 2,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 6), (SELECT id FROM resource_item WHERE title = 'Community Planning Managers Network'), 3,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 6), (SELECT id FROM resource_item WHERE title = 'Facilitation and consultancy - Improvement Service'), 4,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 6), (SELECT id FROM resource_item WHERE title = 'Facilitation and consultancy - NHS Health Scotland'), 5,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 6), (SELECT id FROM resource_item WHERE title = 'Strategic engagement and consultancy - NHS National Services Scotland'), 6,
 NULL),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 6), (SELECT id FROM resource_item WHERE title = 'Kinharvie Institute'), 7,
 'The Institute offers consultancy services to organisations seeking to initiate change processes or to get thumbtack on track if they are foundering. The Institute''s staff will work with organisations to understand the change(s) required and then provide tailored advice, and if necessary a process, to ensure planned changes are successful.'),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 6), (SELECT id FROM resource_item WHERE title = 'CivTech'), 8,
 NULL);

-- ---------------------------------------------------------------------------------------------
-- Mappings from version 1 to version 2 (inferred from the paper: see docs/demo-data-work-programme.md)
-- ---------------------------------------------------------------------------------------------

INSERT INTO workstream_mapping (programme_id, from_workstream_id, to_workstream_id, kind, note) VALUES
((SELECT id FROM work_programme WHERE version_number = 2), (SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 1 AND w.number = 1), (SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 5), 'MERGED',
 'Workstream 5 takes on the data ambition of Data/Analysis/Profiles ("improve access to, and understanding of, data").'),
((SELECT id FROM work_programme WHERE version_number = 2), (SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 1 AND w.number = 2), (SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 5), 'MERGED',
 'Workstream 5 takes on sharing of data and intelligence at a local level ("support CPPs to improve their approach to the sharing of data, intelligence and insights"), including LIST.'),
((SELECT id FROM work_programme WHERE version_number = 2), (SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 1 AND w.number = 3), (SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 3), 'CARRIED_OVER',
 'Performance management continues as governance: the minute of 28 November 2018 agreed the CPIB has a leadership role to promote wider system change relating to the governing structures of public service delivery.'),
((SELECT id FROM work_programme WHERE version_number = 2), (SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 1 AND w.number = 4), (SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 2), 'SPLIT',
 'The community participation action learning programme continues in workstream 2.'),
((SELECT id FROM work_programme WHERE version_number = 2), (SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 1 AND w.number = 4), (SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 6), 'SPLIT',
 'The Community Planning in Scotland website and the support programme built on the LOIP stocktake continue in workstream 6.'),
((SELECT id FROM work_programme WHERE version_number = 2), (SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 1 AND w.number = 5), (SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 1), 'SPLIT',
 'Evaluation support for CPPs (activity 1.6, Health Scotland) continues the evidence and evaluation strand.'),
((SELECT id FROM work_programme WHERE version_number = 2), (SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 1 AND w.number = 5), (SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 7), 'SPLIT',
 'Synthesising the evidence base, including learning from What Works Scotland (activity 7.2), continues the evidence strand.'),
((SELECT id FROM work_programme WHERE version_number = 2), (SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 1 AND w.number = 6), (SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 7), 'CARRIED_OVER',
 'Raising the profile and influence of the board continues as strengthened leadership and influence of the CPIB, with the engagement strategy (activity 7.7).'),
((SELECT id FROM work_programme WHERE version_number = 2), (SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 1 AND w.number = 7), (SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 8), 'CARRIED_OVER',
 'Measures of success continue for the CPIB.'),
((SELECT id FROM work_programme WHERE version_number = 2), NULL, (SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 4), 'NEW',
 'A gap the revised purpose identifies: no current workstream or resource covers joint planning, service design or resourcing.');

-- ---------------------------------------------------------------------------------------------
-- Outcomes framework: the "Framework for Review of Community Planning" as written – seven model
-- elements, outcomes by term (the three columns of the diagram, read as short, medium and long term),
-- assumptions, and what the review is interested in
-- ---------------------------------------------------------------------------------------------

INSERT INTO outcomes_framework (board_id, title, subtitle, description, interests) VALUES
((SELECT id FROM board WHERE short_name = 'CPIB'), 'Framework for Review of Community Planning',
 'Model of Community Planning (CP) in light of CEA part 2 and associated guidance',
 'How Public Bodies work together and with the local community (and others) to plan for, resource and provide services which improve local outcomes with a view to reducing inequalities. The focus here is on disadvantaged communities with an emphasis on a small number of priorities rather than CP in its entirety.

The Act and Guidance describe a way of working rather than a prescription of what to do.',
 'Challenges/obstacles
Enablers or conditions supporting success
Unintended consequences (positive and negative)
Other routes to achieving desired outcomes
Pace and scale');

INSERT INTO framework_element (framework_id, number, title, description) VALUES
((SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning'), 1, 'Partnership Working including Collective Leadership', 'Statutory partners work together to plan and deliver outcomes, aligning priorities and resources through collective leadership.'),
((SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning'), 2, 'Ambition of CPPs', 'Partners are ambitious about the impact they seek on locally identified outcomes, focussing on where most value can be added, prevention and reducing inequalities.'),
((SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning'), 3, 'Commitment of Partners', NULL),
((SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning'), 4, 'Capacity building', 'Partners build capacity & capability in local communities (esp. disadvantaged) to enable participation in CP.'),
((SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning'), 5, 'Community Participation & Citizen Expectations', 'Partners commit resources & work with local communities (& others) in all stages to deliver outcomes (to extent desired by communities).'),
((SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning'), 6, 'Evidence-based understanding', 'Partners use of wide range of data to inform priorities, plans, progress and sustainability.'),
((SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning'), 7, 'Continuous Improvement', 'Plans & progress are regularly reviewed & reported on to inform steps taken to improve as required.');

INSERT INTO framework_outcome (framework_id, term, number, statement, detail) VALUES
((SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning'), 'SHORT', 1, 'Shift of resources in Partnership targeting those communities with the poorest outcomes', NULL),
((SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning'), 'SHORT', 2, 'Collective leadership focused on the local and most disadvantaged and encourages innovative, tailored approaches to tackling inequalities of outcome', NULL),
((SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning'), 'SHORT', 3, 'Information sharing is improved', NULL),
((SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning'), 'SHORT', 4, 'Disadvantaged Communities have a stronger influence on service policy, planning, design, delivery & review', NULL),
((SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning'), 'SHORT', 5, 'All involved have a better understanding of:', 'Each other
Priorities
Challenges
Ways forward
Progress made
Context
Roles, responsibilities and contributions'),
((SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning'), 'SHORT', 6, 'Early indications of a shift towards preventative approaches', NULL),
((SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning'), 'MEDIUM', 1, 'There is early evidence of a decrease in requirement for crisis intervention', NULL),
((SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning'), 'MEDIUM', 2, 'A culture of trust exists enabling scrutiny and challenge of CP and those involved', NULL),
((SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning'), 'MEDIUM', 3, 'CP is operating more effectively to address inequalities of outcome', NULL),
((SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning'), 'MEDIUM', 4, 'Vulnerable/Disadvantaged communities perceive a positive change in services', NULL),
((SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning'), 'MEDIUM', 5, 'Public Services are more targeted to those most in need & where most difference can be made', NULL),
((SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning'), 'LONG', 1, 'Progress on locally identified priority outcomes', NULL),
((SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning'), 'LONG', 2, 'Reduced inequality of outcome demonstrable at local level', NULL),
((SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning'), 'LONG', 3, 'Reduction in requirement for crisis intervention with greater emphasis on prevention', NULL),
((SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning'), 'LONG', 4, 'Targeted communities feel more involved and that services better reflect their needs', NULL);

INSERT INTO framework_assumption (framework_id, position, statement) VALUES
((SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning'), 1, 'Participation is positive and effective'),
((SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning'), 2, 'More information equals better decisions'),
((SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning'), 3, 'Expectation of ways of working set out in CEA Part 2 and the Guidance are valid and will lead to better outcomes than previous ways of working');

-- ---------------------------------------------------------------------------------------------
-- Outcomes the version 2 workstreams serve (inference from their aims; no indicators or evidence are
-- loaded because the pack gives none, so the overview shows every outcome without evidence)
-- ---------------------------------------------------------------------------------------------

INSERT INTO workstream_outcome (workstream_id, outcome_id) VALUES
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 1), (SELECT id FROM framework_outcome WHERE framework_id = (SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning') AND term = 'SHORT' AND number = 2)),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 2), (SELECT id FROM framework_outcome WHERE framework_id = (SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning') AND term = 'SHORT' AND number = 4)),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 2), (SELECT id FROM framework_outcome WHERE framework_id = (SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning') AND term = 'LONG' AND number = 4)),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 3), (SELECT id FROM framework_outcome WHERE framework_id = (SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning') AND term = 'MEDIUM' AND number = 2)),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 4), (SELECT id FROM framework_outcome WHERE framework_id = (SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning') AND term = 'SHORT' AND number = 1)),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 5), (SELECT id FROM framework_outcome WHERE framework_id = (SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning') AND term = 'SHORT' AND number = 3)),
((SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 7), (SELECT id FROM framework_outcome WHERE framework_id = (SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning') AND term = 'SHORT' AND number = 5));

-- Activity 4.3 asks for "evidence of progress in shifting resources to prevention"
INSERT INTO activity_outcome (activity_id, outcome_id) VALUES
((SELECT a.id FROM activity a JOIN workstream w ON w.id = a.workstream_id JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 2 AND w.number = 4 AND a.number = 3), (SELECT id FROM framework_outcome WHERE framework_id = (SELECT id FROM outcomes_framework WHERE title = 'Framework for Review of Community Planning') AND term = 'SHORT' AND number = 6));

-- ---------------------------------------------------------------------------------------------
-- Agreed actions of 28 November 2018 linked to the workstream the minute ties them to
-- ---------------------------------------------------------------------------------------------

-- 15/4iii/1: the minute: "incorporated within the work programme (Workstream 6 ‘Raising the Profile and Influence of the CPIB)"
UPDATE agreed_action SET workstream_id = (SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 1 AND w.number = 6)
WHERE reference = '15/4iii/1';

-- 15/5/1: item 5, Performance Management arrangements, presented by the workstream 3 lead
UPDATE agreed_action SET workstream_id = (SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 1 AND w.number = 3)
WHERE reference = '15/5/1';

-- 15/5/2: item 5
UPDATE agreed_action SET workstream_id = (SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 1 AND w.number = 3)
WHERE reference = '15/5/2';

-- 15/5/3: item 5
UPDATE agreed_action SET workstream_id = (SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 1 AND w.number = 3)
WHERE reference = '15/5/3';

-- 15/4i/2: "Identify outcomes for CPIB and measure performance against these": Measures of Success
UPDATE agreed_action SET workstream_id = (SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 1 AND w.number = 7)
WHERE reference = '15/4i/2';

-- 15/4i/3: Appendix 2, Measures of Success: "An improvement plan has been produced and is embedded within the new work programme"
UPDATE agreed_action SET workstream_id = (SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 1 AND w.number = 7)
WHERE reference = '15/4i/3';

-- Minuted decisions of 28 November 2018 that concern a workstream
INSERT INTO minute_decision_link (minute_entry_id, workstream_id, activity_id) VALUES
((SELECT id FROM minute_entry WHERE agenda_item_id = (SELECT c.id FROM agenda_item c JOIN agenda_item p ON p.id = c.parent_id WHERE p.meeting_id = (SELECT id FROM meeting WHERE number = 15) AND p.parent_id IS NULL AND p.position = 4 AND c.position = 1)), (SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 1 AND w.number = 7), NULL),
((SELECT id FROM minute_entry WHERE agenda_item_id = (SELECT c.id FROM agenda_item c JOIN agenda_item p ON p.id = c.parent_id WHERE p.meeting_id = (SELECT id FROM meeting WHERE number = 15) AND p.parent_id IS NULL AND p.position = 4 AND c.position = 3)), (SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 1 AND w.number = 6), NULL),
((SELECT id FROM minute_entry WHERE agenda_item_id = (SELECT id FROM agenda_item WHERE meeting_id = (SELECT id FROM meeting WHERE number = 15) AND parent_id IS NULL AND position = 5)), (SELECT w.id FROM workstream w JOIN work_programme p ON p.id = w.programme_id WHERE p.version_number = 1 AND w.number = 3), NULL);
