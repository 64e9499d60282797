package scot.cpib.meeting.web;

import java.io.Serializable;

/** One person on the attendance screen with the choice being made for them. */
public class AttendanceRow implements Serializable {

    /** The radio value for "not recorded". */
    public static final String NOT_RECORDED = "NONE";
    private static final long serialVersionUID = 1L;

    private final Long personId;
    private final String name;
    private final String organisation;
    private final boolean member;
    private String kind;
    private boolean chair;
    private String reply;
    private Long substituteForId;
    private String substituteHint;

    AttendanceRow(Long personId, String name, String organisation, boolean member, String kind, boolean chair) {
        this.personId = personId;
        this.name = name;
        this.organisation = organisation;
        this.member = member;
        this.kind = kind;
        this.chair = chair;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getName() {
        return name;
    }

    public String getOrganisation() {
        return organisation;
    }

    /** "Steve Grimmond, SOLACE": the fieldset's legend. */
    public String getLegend() {
        return organisation == null ? name : name + ", " + organisation;
    }

    public boolean isMember() {
        return member;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public boolean isChair() {
        return chair;
    }

    public void setChair(boolean chair) {
        this.chair = chair;
    }

    /** The member's reply before the meeting as the screen shows it ("Apologies"), or null when none. */
    public String getReply() {
        return reply;
    }

    void startFromReply(String replyText, String expectedKind) {
        this.reply = replyText;
        if (expectedKind != null && NOT_RECORDED.equals(kind)) {
            this.kind = expectedKind;
        }
    }

    /** For a member whose reply names a substitute the directory does not know: how to add them; else null. */
    public String getSubstituteHint() {
        return substituteHint;
    }

    void setSubstituteHint(String substituteHint) {
        this.substituteHint = substituteHint;
    }

    /** The member this person attends for as a substitute, or null. */
    public Long getSubstituteForId() {
        return substituteForId;
    }

    public void setSubstituteForId(Long substituteForId) {
        this.substituteForId = substituteForId;
    }

    /** "Not recorded" becomes "Present": the start of "mark all present, then the exceptions". */
    boolean markPresentIfNotRecorded() {
        if (NOT_RECORDED.equals(kind)) {
            kind = "PRESENT";
            return true;
        }
        return false;
    }
}
