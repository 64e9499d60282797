package scot.cpib.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import scot.cpib.action.application.ActionCriteria;
import scot.cpib.action.application.ActionRegister;
import scot.cpib.action.application.ActionSummaries;
import scot.cpib.action.application.ActionSummary;
import scot.cpib.action.application.ActionUpdates;
import scot.cpib.action.application.PageRequest;
import scot.cpib.action.application.ResultPage;
import scot.cpib.api.model.ActionDto;
import scot.cpib.api.model.PageDto;
import scot.cpib.reporting.application.ActionLogExporter;

/**
 * The API's lists of actions as they are sent. A page is read as values ({@link ActionSummaries}: the
 * columns it shows, no entities), which needs no transaction. One action and the action log are read as
 * entities inside one persistence context (a read-only transaction): outside one, every entity a query
 * returns is detached at once and each relation read afterwards (owners, notes and each note's meeting,
 * each meeting's board) went to the database on its own, about 3,100 statements for a log of 2,400 rows
 * (issue 13). Within one, the register's joins and batched reads serve the whole list.
 */
@ApplicationScoped
public class ActionListing {

    @Inject
    private ActionRegister register;

    @Inject
    private ActionSummaries summaries;

    @Inject
    private ActionUpdates actions;

    /** One page of the register as the API sends it: four statements, outside any transaction. */
    public PageDto<ActionDto> page(ActionCriteria criteria, PageRequest request, LocalDate today) {
        ResultPage<ActionSummary> found = summaries.page(criteria, request, today);
        return new PageDto<>(found.items().stream().map(a -> ActionDto.of(a, today)).toList(),
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
