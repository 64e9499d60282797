package scot.cpib.security.domain;

/** What a signed-in account may do. The public, not signed in, has no role. */
public enum Role {
    ADMIN, SECRETARIAT, LEAD, MEMBER;

    /** Role names as the container knows them (for @RolesAllowed and isUserInRole). */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String SECRETARIAT_NAME = "SECRETARIAT";
    public static final String LEAD_NAME = "LEAD";
    public static final String MEMBER_NAME = "MEMBER";
}
