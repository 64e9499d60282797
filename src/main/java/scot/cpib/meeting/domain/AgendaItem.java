package scot.cpib.meeting.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.UnsafeCharacters;
import scot.cpib.shared.domain.VersionedEntity;

/** One item of a meeting's agenda, possibly with sub-items (4 i, ii, iii), papers and a presenter. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends VersionedEntity {

    public static final int TITLE_MAX = 300;
    private static final String[] ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
        "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"};

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private AgendaItem parent;

    @OneToMany(mappedBy = "parent")
    @OrderBy("position")
    private List<AgendaItem> subItems = new ArrayList<>();

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private AgendaPurpose purpose;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "presenter_id")
    private Person presenter;

    @Enumerated(EnumType.STRING)
    @Column(name = "standing_kind", length = 40)
    private StandingKind standingKind;

    @Column(nullable = false)
    private boolean confidential;

    @OneToMany(mappedBy = "agendaItem", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Paper> papers = new ArrayList<>();

    protected AgendaItem() {
    }

    AgendaItem(Meeting meeting, AgendaItem parent, int position, String title) {
        this.meeting = meeting;
        this.parent = parent;
        this.position = position;
        rename(title);
    }

    public void rename(String newTitle) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new DomainException("agenda.title.required", "title");
        }
        if (newTitle.length() > TITLE_MAX) {
            throw new DomainException("agenda.title.tooLong", "title", TITLE_MAX);
        }
        this.title = newTitle.strip();
    }

    public void describe(AgendaPurpose newPurpose, Person newPresenter, boolean isConfidential) {
        this.purpose = newPurpose;
        this.presenter = newPresenter;
        this.confidential = isConfidential;
    }

    public void markStanding(StandingKind kind) {
        this.standingKind = kind;
    }

    AgendaItem newSubItem(String subTitle) {
        if (parent != null) {
            throw new DomainException("agenda.subItem.depth");
        }
        AgendaItem sub = new AgendaItem(meeting, this, subItems.size() + 1, subTitle);
        subItems.add(sub);
        return sub;
    }

    public Paper attachPaper(String typedTitle, String uploadedBy) {
        String paperTitle = UnsafeCharacters.strip(typedTitle);
        if (paperTitle == null || paperTitle.isBlank()) {
            throw new DomainException("paper.title.required", "paperTitle");
        }
        if (paperTitle.length() > TITLE_MAX) {
            throw new DomainException("paper.title.tooLong", "paperTitle", TITLE_MAX);
        }
        Paper paper = new Paper(this, paperTitle.strip(), uploadedBy);
        papers.add(paper);
        return paper;
    }

    public void removePaper(Paper paper) {
        papers.remove(paper);
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    void renumberSubItems() {
        for (int i = 0; i < subItems.size(); i++) {
            subItems.get(i).moveTo(i + 1);
        }
    }

    List<AgendaItem> mutableSubItems() {
        return subItems;
    }

    /** The number as printed on the agenda: "4", or "4ii" for the second sub-item of item 4. */
    public String getLabel() {
        return label(parent == null ? null : parent.getPosition(), position);
    }

    /**
     * {@link #getLabel()} from an item's position and its parent's (null for a top-level item), e.g. as
     * read in a query's columns: sub-items go one level deep.
     */
    public static String label(Integer parentPosition, int position) {
        return parentPosition == null ? Integer.toString(position) : parentPosition + roman(position);
    }

    /** The number as a minute prints a sub-item on its own line: "ii)". */
    public String getShortLabel() {
        return parent == null ? position + "." : roman(position) + ")";
    }

    static String roman(int number) {
        return number >= 1 && number <= ROMAN.length ? ROMAN[number - 1] : Integer.toString(number);
    }

    public boolean isStanding() {
        return standingKind != null;
    }

    public boolean isMattersArising() {
        return standingKind == StandingKind.MINUTE_AND_MATTERS_ARISING;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public AgendaItem getParent() {
        return parent;
    }

    public List<AgendaItem> getSubItems() {
        return List.copyOf(subItems);
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public AgendaPurpose getPurpose() {
        return purpose;
    }

    public Person getPresenter() {
        return presenter;
    }

    public StandingKind getStandingKind() {
        return standingKind;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public List<Paper> getPapers() {
        return List.copyOf(papers);
    }
}
