package scot.cpib.action.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import scot.cpib.board.application.Directory;
import scot.cpib.board.application.Owners;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.shared.application.BoardClock;

/**
 * The register's owner filter suggestions (the names a browser offers while one types): the board's
 * owners on the day, read at most once a minute per server instead of on every page (two queries and
 * 75 members built each time at national scale; issue 13, decision 78). They are suggestions only:
 * the filter itself looks the typed name up afresh ({@link Owners#named}), so a member added on
 * another server a minute ago is still found, only not offered yet.
 */
@ApplicationScoped
public class OwnerSuggestions {

    static final Duration KEPT_FOR = Duration.ofMinutes(1);

    @Inject
    private Owners owners;

    @Inject
    private Directory directory;

    @Inject
    private BoardClock clock;

    private final AtomicReference<Kept> kept = new AtomicReference<>();

    public List<String> labels() {
        long board = directory.boardId();
        LocalDate today = clock.today();
        long now = System.nanoTime();
        Kept last = kept.get();
        if (last != null && last.board == board && last.day.equals(today) && now - last.readAt < KEPT_FOR.toNanos()) {
            return last.labels;
        }
        List<String> labels = owners.of(board, today).stream().map(OwnerRef::getLabel).distinct().toList();
        kept.set(new Kept(board, today, now, labels));
        return labels;
    }

    private record Kept(long board, LocalDate day, long readAt, List<String> labels) {
    }
}
