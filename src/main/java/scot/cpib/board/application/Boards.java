package scot.cpib.board.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import scot.cpib.board.domain.Board;
import scot.cpib.shared.application.Actor;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.application.Versions;
import scot.cpib.shared.domain.NotFoundException;

/** The board's own details (name, short name, purpose), kept by an admin. */
@ApplicationScoped
public class Boards {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Actor actor;

    @Inject
    private AuditTrail audit;

    @Inject
    private Directory directory;

    public Board current() {
        return directory.board();
    }

    @Transactional
    public void describe(long id, long version, BoardDetails details) {
        if (!actor.isAdmin()) {
            throw new NotFoundException("Board", id);
        }
        Board board = em.find(Board.class, id);
        if (board == null) {
            throw new NotFoundException("Board", id);
        }
        Versions.require(board, version, () -> BoardDetails.of(board));
        BoardDetails before = BoardDetails.of(board);
        board.describe(details.name(), details.shortName(), details.purpose());
        audit.change(board, "name", before.name(), board.getName(), "Board renamed");
        audit.change(board, "shortName", before.shortName(), board.getShortName(), "Board short name changed");
        audit.change(board, "purpose", before.purpose(), board.getPurpose(), "Board purpose changed");
    }
}
