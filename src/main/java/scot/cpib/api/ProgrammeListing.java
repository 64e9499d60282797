package scot.cpib.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import scot.cpib.api.model.ActionDto;
import scot.cpib.api.model.ActivityDto;
import scot.cpib.api.model.OwnerDto;
import scot.cpib.api.model.ProgressUpdateDto;
import scot.cpib.api.model.ReportingPeriodDto;
import scot.cpib.api.model.ResourceDto;
import scot.cpib.api.model.WorkProgrammeDto;
import scot.cpib.api.model.WorkstreamDto;
import scot.cpib.api.model.WorkstreamSummaryDto;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.workprogramme.application.VisibleProgrammes;
import scot.cpib.workprogramme.domain.Activity;
import scot.cpib.workprogramme.domain.WorkProgramme;
import scot.cpib.workprogramme.domain.Workstream;

/**
 * One work programme version and one workstream as the API sends them, each read inside one
 * persistence context (a read-only transaction) so that what they show is read in one query per kind
 * (issue 13). Outside one, each query's entities are detached as soon as it returns and every relation
 * read afterwards went to the database on its own: each workstream's leads and updates and each
 * update's reporting period, 96 statements for a programme and 67 for a workstream at national scale.
 */
@ApplicationScoped
public class ProgrammeListing {

    @Inject
    private VisibleProgrammes programmes;

    /** The programme with its reporting periods and its workstreams by number (leads, latest update). */
    @Transactional
    public WorkProgrammeDto programme(long id) {
        WorkProgramme programme = programmes.programme(id);
        List<ReportingPeriodDto> periods = programmes.periodsOf(programme).stream().map(ReportingPeriodDto::of).toList();
        return WorkProgrammeDto.of(programme, periods, programmes.workstreamsWithLeadsAndUpdates(programme).stream()
                .map(WorkstreamSummaryDto::of).toList());
    }

    /** The workstream with its leads, activities, resources and updates; the linked actions only when asked for. */
    @Transactional
    public WorkstreamDto workstream(long id, LocalDate today, boolean withActions) {
        Workstream ws = programmes.workstreamToShow(id);
        List<Activity> activities = programmes.activitiesOf(ws);
        Map<Long, List<OwnerRef>> owners = programmes.activityOwnersOf(ws);
        List<ActionDto> actions = withActions
                ? programmes.actionsLinkedTo(ws).stream().map(a -> ActionDto.of(a, today, false)).toList() : null;
        return new WorkstreamDto(ws.getId(), ws.getProgramme().getId(), ws.getProgramme().getVersionNumber(), ws.getNumber(),
                ws.getTitle(), ws.getAim(), ws.getStatus().name(), programmes.leadsOf(ws).stream().map(OwnerDto::of).toList(),
                activities.stream().map(a -> ActivityDto.of(a, owners.getOrDefault(a.getId(), List.of()), today)).toList(),
                programmes.resourcesOf(ws).stream().map(r -> ResourceDto.of(r, null)).toList(),
                programmes.updatesOf(ws).stream().map(ProgressUpdateDto::of).toList(), actions);
    }
}
