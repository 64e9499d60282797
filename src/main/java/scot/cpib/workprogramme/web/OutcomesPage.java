package scot.cpib.workprogramme.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.IdConverter;
import scot.cpib.shared.web.NotFoundPage;
import scot.cpib.shared.web.PageMessages;
import scot.cpib.workprogramme.application.EvidenceDraft;
import scot.cpib.workprogramme.application.OutcomeRow;
import scot.cpib.workprogramme.application.OutcomesFrameworkService;
import scot.cpib.workprogramme.application.OutcomesOverview;
import scot.cpib.workprogramme.application.WorkProgrammeQueries;
import scot.cpib.workprogramme.domain.FrameworkOutcome;
import scot.cpib.workprogramme.domain.OutcomeTerm;
import scot.cpib.workprogramme.domain.OutcomesFramework;
import scot.cpib.workprogramme.domain.WorkProgramme;
import scot.cpib.workprogramme.domain.Workstream;

/**
 * The outcomes overview: the review framework's model elements, then per term each outcome with the
 * workstreams and activities of the chosen programme version serving it, its indicators and
 * evidence, and the assumptions. The secretariat records evidence and names outcomes here; what was
 * typed stays when a rule is broken.
 */
@Named
@ViewScoped
public class OutcomesPage implements Serializable {

    @Inject
    private BoardClock clock;

    private static final long serialVersionUID = 1L;

    @Inject
    private transient WorkProgrammeQueries queries;

    @Inject
    private transient OutcomesOverview overview;

    @Inject
    private transient OutcomesFrameworkService service;

    @Inject
    private transient PageMessages messages;

    @Inject
    private transient CurrentUser currentUser;

    private String version;
    private Long programmeId;
    private long frameworkVersion;
    private Long outcome;
    private String summary;
    private String source;
    private LocalDate recordedOn;
    private Long indicator;
    private String serving;
    private Long servedOutcome;
    private transient WorkProgramme programme;
    private transient OutcomesFramework framework;

    /** Finds the version (the newest the caller may see, or the one asked for); a hidden one is 404. */
    public void load() {
        Optional<WorkProgramme> found = version == null ? queries.newestVisible() : queries.findVersion(IdConverter.parse(version));
        if (found.isEmpty() && version != null) {
            NotFoundPage.send();
            return;
        }
        programmeId = found.map(WorkProgramme::getId).orElse(null);
        frameworkVersion = getFramework() == null ? 0 : getFramework().getVersion();
        if (recordedOn == null) {
            recordedOn = clock.today();
        }
    }

    public WorkProgramme getProgramme() {
        if (programme == null && programmeId != null) {
            programme = queries.findVersion(programmeId).orElse(null);
        }
        return programme;
    }

    public OutcomesFramework getFramework() {
        if (framework == null) {
            framework = overview.framework().orElse(null);
        }
        return framework;
    }

    public List<OutcomeTerm> getTerms() {
        return List.of(OutcomeTerm.values());
    }

    public List<OutcomeRow> rows(OutcomeTerm term) {
        return getFramework() == null ? List.of() : overview.rows(getFramework(), term, getProgramme());
    }

    public List<FrameworkOutcome> getOutcomes() {
        return getFramework() == null ? List.of() : getFramework().getOutcomes();
    }

    /** A value and label of a drop-down list. */
    public record Choice(String value, String label) {
    }

    /** The workstreams and activities of the version shown that can name an outcome. */
    public List<Choice> getServingChoices() {
        List<Choice> choices = new ArrayList<>();
        if (getProgramme() != null) {
            for (Workstream w : getProgramme().getWorkstreams()) {
                choices.add(new Choice("w:" + w.getId(), w.getNumberedTitle()));
                w.getActivities().forEach(a -> choices.add(new Choice("a:" + a.getId(),
                        PageMessages.text("wp.outcomesPage.activity", a.getReference()) + " " + shorten(a.getDescription()))));
            }
        }
        return choices;
    }

    /** Every indicator of the framework, named with its outcome. */
    public List<Choice> getIndicatorChoices() {
        return getOutcomes().stream().flatMap(o -> o.getIndicators().stream().map(i -> new Choice(String.valueOf(i.getId()),
                PageMessages.text("wp.outcomes.term." + o.getTerm(), o.getNumber()) + ": " + shorten(i.getDescription()))))
                .toList();
    }

    private static String shorten(String text) {
        return text.length() <= 90 ? text : text.substring(0, 88) + "\u2026";
    }

    public boolean isEditable() {
        return currentUser.isSecretariat() && getFramework() != null;
    }

    public String recordEvidence() {
        try {
            service.recordEvidence(outcome, frameworkVersion, new EvidenceDraft(summary, source, recordedOn, indicator));
            messages.info("outcomes.evidence.recorded");
            return reload();
        } catch (ConcurrentEditException e) {
            conflict();
        } catch (DomainException e) {
            messages.error(e, "evidence");
        }
        return null;
    }

    public String nameOutcome() {
        try {
            service.nameOutcome(serving, servedOutcome, frameworkVersion);
            messages.info("outcomes.serving.named");
            return reload();
        } catch (ConcurrentEditException e) {
            conflict();
        } catch (DomainException e) {
            messages.error(e, "serve");
        }
        return null;
    }

    /** Someone else changed the framework since the page was opened: say so, show it afresh, keep the typing. */
    private void conflict() {
        messages.error((String) null, "outcomes.conflict");
        framework = null;
        frameworkVersion = getFramework().getVersion();
    }

    private String reload() {
        return "/work-programme/outcomes?faces-redirect=true&version=" + programmeId;
    }

    public String getVersion() { return version; }

    public void setVersion(String version) { this.version = version; }

    public Long getOutcome() { return outcome; }

    public void setOutcome(Long outcome) { this.outcome = outcome; }

    public String getSummary() { return summary; }

    public void setSummary(String summary) { this.summary = summary; }

    public String getSource() { return source; }

    public void setSource(String source) { this.source = source; }

    public LocalDate getRecordedOn() { return recordedOn; }

    public void setRecordedOn(LocalDate recordedOn) { this.recordedOn = recordedOn; }

    public Long getIndicator() { return indicator; }

    public void setIndicator(Long indicator) { this.indicator = indicator; }

    public String getServing() { return serving; }

    public void setServing(String serving) { this.serving = serving; }

    public Long getServedOutcome() { return servedOutcome; }

    public void setServedOutcome(Long servedOutcome) { this.servedOutcome = servedOutcome; }
}
