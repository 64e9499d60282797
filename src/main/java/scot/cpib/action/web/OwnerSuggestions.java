package scot.cpib.action.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import scot.cpib.board.application.Directory;
import scot.cpib.board.application.Owners;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.infrastructure.VersionedCache;

/**
 * The register's owner filter suggestions (the names a browser offers while one types): the board's
 * owners on the day, kept by this server while no change has committed anywhere (two queries and 75
 * members built on every page otherwise; issue 13, decisions 78 and 89). The filter itself looks the
 * typed name up afresh ({@link Owners#named}).
 */
@ApplicationScoped
public class OwnerSuggestions {

    @Inject
    private Owners owners;

    @Inject
    private Directory directory;

    @Inject
    private BoardClock clock;

    private final VersionedCache<Key, List<String>> kept = new VersionedCache<>(4, Duration.ofMinutes(10));

    public List<String> labels() {
        long board = directory.boardId();
        LocalDate today = clock.today();
        return kept.get(new Key(board, today),
                () -> owners.of(board, today).stream().map(OwnerRef::getLabel).distinct().toList());
    }

    private record Key(long board, LocalDate day) {
    }
}
