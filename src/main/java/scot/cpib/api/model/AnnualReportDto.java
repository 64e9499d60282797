package scot.cpib.api.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.cpib.annualreport.application.ReportComments;
import scot.cpib.annualreport.domain.AnnualReport;
import scot.cpib.annualreport.domain.Figure;
import scot.cpib.annualreport.domain.MemberReview;
import scot.cpib.annualreport.domain.ReportComment;
import scot.cpib.annualreport.domain.ReportSection;
import scot.cpib.annualreport.domain.ReviewRound;
import scot.cpib.minutes.domain.MinuteEntry;
import scot.cpib.shared.application.BundleTexts;

/**
 * An annual report: its sections (narrative and the figures taken from the record), its approval and, for
 * the board's members, the current review round with each member's decision and the comments on each section.
 */
@JsonbPropertyOrder({"id", "title", "periodStart", "periodEnd", "status", "approval", "publishedAt", "round", "reviews", "sections"})
@Schema(name = "AnnualReport")
public record AnnualReportDto(long id, String title, LocalDate periodStart, LocalDate periodEnd,
                              @Schema(enumeration = {"DRAFT", "IN_REVIEW", "APPROVED", "PUBLISHED"}) String status,
                              @Schema(description = "The decision in a meeting's minute that approved it; null before") Approval approval,
                              LocalDateTime publishedAt,
                              @Schema(description = "The latest review round; null before review, and for the public") Round round,
                              @Schema(description = "Each board member's review of the latest round; empty for the public") List<Review> reviews,
                              List<Section> sections) {

    /** The meeting and agenda item whose minute records the approval. */
    @Schema(name = "AnnualReportApproval")
    public record Approval(long meetingId, int meetingNumber, LocalDate meetingDate, String item, String decision,
                           LocalDateTime recordedAt) {
    }

    @Schema(name = "AnnualReportRound")
    @JsonbPropertyOrder({"number", "sentAt", "sentBy", "deadline"})
    public record Round(int number, LocalDateTime sentAt, String sentBy, LocalDate deadline) {
    }

    @Schema(name = "AnnualReportReview")
    @JsonbPropertyOrder({"member", "organisation", "readAt", "decision", "reason", "decidedAt"})
    public record Review(String member, String organisation, LocalDateTime readAt,
                         @Schema(enumeration = {"AGREED", "CHANGES_REQUESTED"}, description = "null: not decided") String decision,
                         String reason, LocalDateTime decidedAt) {
    }

    @Schema(name = "AnnualReportFigure")
    public record FigureDto(String label, String value) {
    }

    @Schema(name = "AnnualReportComment")
    @JsonbPropertyOrder({"id", "author", "createdAt", "passage", "body", "open", "resolvedBy", "resolvedAt", "replies"})
    public record Comment(long id, String author, LocalDateTime createdAt,
                          @Schema(description = "The passage quoted; null for the whole section") String passage,
                          String body, boolean open, String resolvedBy, LocalDateTime resolvedAt, List<Reply> replies) {
    }

    @Schema(name = "AnnualReportReply")
    @JsonbPropertyOrder({"id", "author", "createdAt", "body"})
    public record Reply(long id, String author, LocalDateTime createdAt, String body) {
    }

    @Schema(name = "AnnualReportSection")
    @JsonbPropertyOrder({"id", "kind", "title", "narrative", "figuresTakenAt", "figuresChangedNote", "figures", "comments"})
    public record Section(long id, String kind, String title, String narrative, LocalDateTime figuresTakenAt,
                          @Schema(description = "Which figures changed after review began; null when none did") String figuresChangedNote,
                          List<FigureDto> figures,
                          @Schema(description = "Comment threads; empty for the public") List<Comment> comments) {
    }

    /** The report for the public: sections and approval, no review. */
    public static AnnualReportDto published(AnnualReport report) {
        return of(report, null, List.of(), section -> List.of());
    }

    public static AnnualReportDto of(AnnualReport report, ReviewRound round, List<MemberReview> reviews,
                                     java.util.function.Function<ReportSection, List<ReportComments.Thread>> threads) {
        MinuteEntry entry = report.getApprovedBy();
        Approval approval = entry == null ? null : new Approval(entry.getAgendaItem().getMeeting().getId(),
                entry.getAgendaItem().getMeeting().getNumber(), entry.getAgendaItem().getMeeting().getDate(),
                entry.getAgendaItem().getLabel(), entry.getDecisions(), report.getApprovedAt());
        return new AnnualReportDto(report.getId(), report.getTitle(), report.getPeriodStart(), report.getPeriodEnd(),
                report.getStatus().name(), approval, report.getPublishedAt(),
                round == null ? null : new Round(round.getNumber(), round.getSentAt(), round.getSentBy(), round.getDeadline()),
                reviews.stream().map(r -> new Review(r.getPerson().getDisplayName(),
                        r.getOrganisation() == null ? null : r.getOrganisation().getName(), r.getReadAt(),
                        r.getDecision() == null ? null : r.getDecision().name(), r.getReason(), r.getDecidedAt())).toList(),
                report.getSections().stream().map(s -> new Section(s.getId(), s.getKind().name(),
                        BundleTexts.text("section." + s.getKind().name()), s.getNarrative(), s.getFiguresTakenAt(),
                        s.getFiguresChangedNote(), s.getFigureList().stream().map(AnnualReportDto::figure).toList(),
                        threads.apply(s).stream().map(t -> comment(t.comment(),
                                t.replies().stream().map(r -> new Reply(r.getId(), r.getAuthor(), r.getCreatedAt(), r.getBody()))
                                        .toList())).toList())).toList());
    }

    private static FigureDto figure(Figure figure) {
        return new FigureDto(figure.label(), figure.value());
    }

    private static Comment comment(ReportComment c, List<Reply> replies) {
        return new Comment(c.getId(), c.getAuthor(), c.getCreatedAt(), c.getPassage(), c.getBody(), c.isOpen(),
                c.getResolvedBy(), c.getResolvedAt(), replies);
    }
}
