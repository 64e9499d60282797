package scot.cpib.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import scot.cpib.action.application.ActionCriteria;
import scot.cpib.action.application.ActionRegister;
import scot.cpib.action.application.ActionUpdates;
import scot.cpib.action.application.PageRequest;
import scot.cpib.action.application.ResultPage;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.api.model.ActionDto;
import scot.cpib.api.model.PageDto;
import scot.cpib.reporting.application.ActionLogExporter;

/**
 * The API's lists of actions, read and turned into what is sent inside one persistence context (a
 * read-only transaction). Outside one, every entity a query returns is detached at once and each
 * relation read afterwards (owners, notes and each note's meeting, each meeting's board) went to
 * the database on its own: 55 statements for a page of 25 and about 3,100 for a log of 2,400 rows
 * (issue 13). Within one, the register's joins and batched reads serve the whole list.
 */
@ApplicationScoped
public class ActionListing {

    @Inject
    private ActionRegister register;

    @Inject
    private ActionUpdates actions;

    /** One page of the register as the API sends it. */
    @Transactional
    public PageDto<ActionDto> page(ActionCriteria criteria, PageRequest request, LocalDate today) {
        ResultPage<AgreedAction> found = register.search(criteria, request, today);
        return new PageDto<>(found.items().stream().map(a -> ActionDto.of(a, today, false)).toList(),
                found.page(), found.size(), found.total());
    }

    /** One action with its whole progress history, as the API sends it. */
    @Transactional
    public Optional<ActionDto> one(long id, LocalDate today) {
        return actions.find(id).map(action -> ActionDto.of(action, today, true));
    }

    /** Every matching action, sorted as the register sorts, as the action log's rows (CSV and Excel). */
    @Transactional
    public List<List<String>> logRows(ActionCriteria criteria, PageRequest order, LocalDate today) {
        return ActionLogExporter.rows(register.listSorted(criteria, order.sort(), order.ascending(), today), today);
    }
}
