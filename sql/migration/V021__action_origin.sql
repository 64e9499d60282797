-- An agreed action has exactly one origin: an agenda item of a meeting (meeting_id and
-- agenda_item_id both set) or an engagement of the engagement log (engagement_record_id set, the
-- meeting columns empty). Follow-up actions of an engagement are referenced "E<record id>/<n>".
ALTER TABLE agreed_action ADD CONSTRAINT ck_action_origin CHECK (
    (agenda_item_id IS NOT NULL AND meeting_id IS NOT NULL AND engagement_record_id IS NULL)
    OR (agenda_item_id IS NULL AND meeting_id IS NULL AND engagement_record_id IS NOT NULL));
