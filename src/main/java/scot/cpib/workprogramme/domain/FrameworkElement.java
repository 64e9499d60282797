package scot.cpib.workprogramme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import scot.cpib.shared.domain.BaseEntity;
import scot.cpib.shared.domain.Texts;

/** One element of the framework's model ("1 - Partnership Working including Collective Leadership"). */
@Entity
@Table(name = "framework_element")
public class FrameworkElement extends BaseEntity {

    public static final int TITLE_MAX = 300;
    public static final int DESCRIPTION_MAX = 2000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "framework_id")
    private OutcomesFramework framework;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    protected FrameworkElement() {
    }

    FrameworkElement(OutcomesFramework framework, int number, String title, String description) {
        this.framework = framework;
        this.number = number;
        this.title = Texts.required(title, TITLE_MAX, "workprogramme.framework.element.title", "title");
        this.description = Texts.optional(description, DESCRIPTION_MAX, "workprogramme.framework.element.description", "description");
    }

    public OutcomesFramework getFramework() {
        return framework;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }
}
