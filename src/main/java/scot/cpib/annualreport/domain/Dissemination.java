package scot.cpib.annualreport.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.Person;
import scot.cpib.engagement.domain.EngagementRecord;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.Texts;
import scot.cpib.shared.domain.VersionedEntity;

/**
 * Where a board member disseminated the approved report: the organisation or sectoral network, the day and the
 * audience. The engagement record it became (with the channel, the groups reached and the report's core
 * messages) is in the engagement log, so coverage counts it.
 */
@Entity
@Table(name = "report_dissemination")
public class Dissemination extends VersionedEntity {

    public static final int NETWORK_MAX = 200;
    public static final int AUDIENCE_MAX = 500;

    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id")
    private AnnualReport report;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false, length = NETWORK_MAX)
    private String network;

    @Column(name = "disseminated_on", nullable = false)
    private LocalDate disseminatedOn;

    @Column(length = AUDIENCE_MAX)
    private String audience;

    @ManyToOne(optional = false)
    @JoinColumn(name = "engagement_record_id")
    private EngagementRecord engagement;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected Dissemination() {
    }

    /** Checks what the member typed before the engagement record is made: the network and the audience. */
    public static void check(AnnualReport report, String network, String audience) {
        if (!report.isApproved() && !report.isPublished()) {
            throw new DomainException("dissemination.notApproved", null);
        }
        Texts.required(network, NETWORK_MAX, "dissemination.network", "network");
        Texts.optional(audience, AUDIENCE_MAX, "dissemination.audience", "audience");
    }

    public Dissemination(AnnualReport report, Person person, Organisation organisation, String network, String audience,
                         EngagementRecord engagement, String by, LocalDateTime at) {
        check(report, network, audience);
        this.report = report;
        this.person = person;
        this.organisation = organisation;
        this.network = Texts.required(network, NETWORK_MAX, "dissemination.network", "network");
        this.audience = Texts.optional(audience, AUDIENCE_MAX, "dissemination.audience", "audience");
        this.engagement = engagement;
        this.disseminatedOn = engagement.getDate().firstDay();
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public AnnualReport getReport() {
        return report;
    }

    public Person getPerson() {
        return person;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getNetwork() {
        return network;
    }

    public LocalDate getDisseminatedOn() {
        return disseminatedOn;
    }

    public String getAudience() {
        return audience;
    }

    public EngagementRecord getEngagement() {
        return engagement;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
