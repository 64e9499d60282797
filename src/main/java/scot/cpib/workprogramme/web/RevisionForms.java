package scot.cpib.workprogramme.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.PageMessages;
import scot.cpib.workprogramme.application.ProgrammeRevisions;
import scot.cpib.workprogramme.domain.WorkstreamDraft;

/**
 * The forms that change a draft revision's workstreams on the revision page: add, retire, merge and
 * split. Each sends the version the page was opened at; what was typed stays when a rule is broken.
 */
@Named
@ViewScoped
public class RevisionForms implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ProgrammeRevisions revisions;

    @Inject
    private transient PageMessages messages;

    @Inject
    private RevisionPage page;

    private Integer number;
    private String title;
    private String aim;
    private Long retired;
    private List<Long> parts = new ArrayList<>();
    private String mergedTitle;
    private String mergedAim;
    private Long splitWorkstream;
    private String keptTitle;
    private String keptAim;
    private Integer partNumber;
    private String partTitle;
    private String partAim;

    public String add() {
        return run("add", "revisions.added", () -> revisions.add(page.getProgrammeId(), page.getProgrammeVersion(),
                new WorkstreamDraft(required(number, "number"), title, aim)));
    }

    public String retire() {
        return run("retire", "revisions.retiredDone", () -> {
            revisions.retire(page.getProgrammeId(), page.getProgrammeVersion(), retired);
            return null;
        });
    }

    public String merge() {
        return run("merge", "revisions.mergedDone", () -> revisions.merge(page.getProgrammeId(), page.getProgrammeVersion(),
                parts, mergedTitle, mergedAim));
    }

    public String split() {
        return run("split", "revisions.splitDone", () -> {
            if (partTitle == null || partTitle.isBlank()) {
                throw new DomainException("workprogramme.workstream.title.required", "partTitle");
            }
            return revisions.split(page.getProgrammeId(), page.getProgrammeVersion(),
                splitWorkstream, keptTitle, keptAim, new WorkstreamDraft(required(partNumber, "number"), partTitle, partAim));
        });
    }

    private String run(String formId, String doneKey, Supplier<Object> change) {
        try {
            change.get();
            messages.info(doneKey);
            return page.reload(page.getProgrammeId());
        } catch (ConcurrentEditException e) {
            page.conflicted(e);
        } catch (DomainException e) {
            messages.error(e, formId);
        }
        return null;
    }

    private static int required(Integer value, String field) {
        if (value == null || value < 1) {
            throw new DomainException("revisions.number.required", field);
        }
        return value;
    }

    public Integer getNumber() { return number; }

    public void setNumber(Integer number) { this.number = number; }

    public String getTitle() { return title; }

    public void setTitle(String title) { this.title = title; }

    public String getAim() { return aim; }

    public void setAim(String aim) { this.aim = aim; }

    public Long getRetired() { return retired; }

    public void setRetired(Long retired) { this.retired = retired; }

    public List<Long> getParts() { return parts; }

    public void setParts(List<Long> parts) { this.parts = parts; }

    public String getMergedTitle() { return mergedTitle; }

    public void setMergedTitle(String mergedTitle) { this.mergedTitle = mergedTitle; }

    public String getMergedAim() { return mergedAim; }

    public void setMergedAim(String mergedAim) { this.mergedAim = mergedAim; }

    public Long getSplitWorkstream() { return splitWorkstream; }

    public void setSplitWorkstream(Long splitWorkstream) { this.splitWorkstream = splitWorkstream; }

    public String getKeptTitle() { return keptTitle; }

    public void setKeptTitle(String keptTitle) { this.keptTitle = keptTitle; }

    public String getKeptAim() { return keptAim; }

    public void setKeptAim(String keptAim) { this.keptAim = keptAim; }

    public Integer getPartNumber() { return partNumber; }

    public void setPartNumber(Integer partNumber) { this.partNumber = partNumber; }

    public String getPartTitle() { return partTitle; }

    public void setPartTitle(String partTitle) { this.partTitle = partTitle; }

    public String getPartAim() { return partAim; }

    public void setPartAim(String partAim) { this.partAim = partAim; }
}
