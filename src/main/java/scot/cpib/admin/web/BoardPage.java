package scot.cpib.admin.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import scot.cpib.board.application.BoardDetails;
import scot.cpib.board.application.Boards;
import scot.cpib.board.domain.Board;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.PageMessages;

/** The board's name, short name and purpose: shown to the secretariat, changed by an admin. */
@Named
@ViewScoped
public class BoardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Boards boards;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PageMessages messages;

    private long id;
    private long version;
    private String name;
    private String shortName;
    private String purpose;
    private BoardDetails theirs;

    @PostConstruct
    void load() {
        Board board = boards.current();
        id = board.getId();
        version = board.getVersion();
        name = board.getName();
        shortName = board.getShortName();
        purpose = board.getPurpose();
    }

    public String save() {
        try {
            boards.describe(id, version, new BoardDetails(name, shortName, purpose));
        } catch (ConcurrentEditException e) {
            theirs = e.theirs(BoardDetails.class);
            version = boards.current().getVersion();
            messages.conflict(null);
            return null;
        } catch (DomainException e) {
            messages.error(e, "board");
            return null;
        }
        messages.info("boardPage.saved");
        return "/admin/board?faces-redirect=true";
    }

    public boolean isAdmin() {
        return currentUser.isAdmin();
    }

    public BoardDetails getTheirs() {
        return theirs;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}
