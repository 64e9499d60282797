package scot.cpib.meeting.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import scot.cpib.meeting.application.PaperStore;
import scot.cpib.meeting.domain.PaperFile;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.PageMessages;

/** The papers part of the agenda builder: upload a file for an item, remove a paper. */
@Named
@ViewScoped
public class AgendaPapers implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PaperStore store;

    @Inject
    private AgendaPage agenda;

    @Inject
    private PageMessages messages;

    @Inject
    private PageFocus focus;

    private Long itemId;
    private String title;
    private boolean confidential;
    private transient Part file;

    public void upload() {
        try {
            byte[] data = read();
            String fileName = file == null ? null : file.getSubmittedFileName();
            store.upload(itemId, title, confidential, fileName, file == null ? null : file.getContentType(), data);
            messages.info("paper.uploaded", fileName);
            title = null;
            confidential = false;
            agenda.refresh();
        } catch (DomainException e) {
            messages.error(e, "paper");
        }
        focus.moveTo("paper:file");
    }

    /** Reads the file only once its size is known to be within the limit. */
    private byte[] read() {
        if (file == null || file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank()) {
            throw new DomainException("paper.file.required", PaperFile.FIELD);
        }
        if (file.getSize() > PaperFile.MAX_BYTES) {
            PaperFile.check(file.getSubmittedFileName(), file.getContentType(), file.getSize(), null);
        }
        try (InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** After {@link UploadLimitFilter} sent the browser back: the oversize message at the file field. */
    public void showRefusedUpload() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Object refused = faces.getExternalContext().getSessionMap().remove(UploadLimitFilter.REFUSED);
        if (refused != null) {
            // the page's components are built after view actions on a GET: name the field by its client id
            String text = PageMessages.text("paper.file.tooBigUnnamed");
            if (refused instanceof String fileName) {
                try {
                    PaperFile.check(fileName, null, PaperFile.MAX_BYTES + 1, null);
                } catch (DomainException e) {
                    text = PageMessages.text(e.getMessageKey(), e.getArguments());
                }
            }
            faces.addMessage("paper:file", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            focus.moveTo("paper:file");
        }
    }

    public void remove(AgendaRow.PaperRow paper) {
        try {
            store.remove(paper.id());
            messages.info("paper.removed", paper.title());
            agenda.refresh();
        } catch (DomainException e) {
            messages.error(e, "agenda");
        }
        focus.moveTo("agendaHeading");
    }


    public String getSummaryText() {
        return PageMessages.text("paper.limits");
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public void setConfidential(boolean confidential) {
        this.confidential = confidential;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
