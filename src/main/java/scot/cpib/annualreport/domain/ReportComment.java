package scot.cpib.annualreport.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.Texts;
import scot.cpib.shared.domain.VersionedEntity;

/**
 * A comment on a section of the report, or a reply to one (a thread is a comment and its replies). A comment
 * may quote the passage it is about. A thread is open until its author or the secretariat resolves it; it
 * can be opened again.
 */
@Entity
@Table(name = "report_comment")
public class ReportComment extends VersionedEntity {

    public static final int PASSAGE_MAX = 1000;
    public static final int BODY_MAX = 5000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "section_id")
    private ReportSection section;

    @ManyToOne
    @JoinColumn(name = "round_id")
    private ReviewRound round;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private ReportComment parent;

    @ManyToOne
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(nullable = false, length = 200)
    private String author;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(length = PASSAGE_MAX)
    private String passage;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "resolved_at")
    private LocalDateTime resolvedAt;

    @Column(name = "resolved_by", length = 200)
    private String resolvedBy;

    protected ReportComment() {
    }

    private ReportComment(ReportSection section, ReviewRound round, ReportComment parent, Person person, String author,
                          String username, String passage, String body, LocalDateTime at) {
        this.section = section;
        this.round = round;
        this.parent = parent;
        this.person = person;
        this.author = author;
        this.username = username;
        this.passage = Texts.optional(passage, PASSAGE_MAX, "comment.passage", "passage");
        this.body = Texts.required(body, BODY_MAX, "comment.body", "body");
        this.createdAt = at;
    }

    /** A new thread on the section, on the passage quoted (or on the whole section when none is). */
    public static ReportComment on(ReportSection section, ReviewRound round, Person person, String author, String username,
                                   String passage, String body, LocalDateTime at) {
        return new ReportComment(section, round, null, person, author, username, passage, body, at);
    }

    /** A reply in this comment's thread. */
    public ReportComment reply(Person person, String author, String username, String body, ReviewRound round,
                               LocalDateTime at) {
        ReportComment thread = parent == null ? this : parent;
        return new ReportComment(thread.section, round, thread, person, author, username, null, body, at);
    }

    /** Marks the thread resolved (only a thread, not a reply). */
    public void resolve(String by, LocalDateTime at) {
        if (parent != null) {
            throw new DomainException("comment.resolve.reply");
        }
        if (resolvedAt == null) {
            resolvedAt = at;
            resolvedBy = by;
        }
    }

    /** Opens a resolved thread again. */
    public void reopen() {
        resolvedAt = null;
        resolvedBy = null;
    }

    /** Whether {@code username} wrote this comment. */
    public boolean isBy(String username) {
        return this.username.equals(username);
    }

    public boolean isThread() {
        return parent == null;
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }

    public ReportSection getSection() {
        return section;
    }

    public ReviewRound getRound() {
        return round;
    }

    public ReportComment getParent() {
        return parent;
    }

    public Person getPerson() {
        return person;
    }

    public String getAuthor() {
        return author;
    }

    public String getUsername() {
        return username;
    }

    public String getPassage() {
        return passage;
    }

    public String getBody() {
        return body;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getResolvedAt() {
        return resolvedAt;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }
}
