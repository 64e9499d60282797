package scot.cpib.reporting.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.workprogramme.domain.ProgressReport;
import scot.cpib.shared.domain.PartialDate;
import scot.cpib.workprogramme.domain.ProgressUpdate;
import scot.cpib.workprogramme.domain.Rag;
import scot.cpib.workprogramme.domain.ReportingPeriod;
import scot.cpib.workprogramme.domain.UpdateContent;
import scot.cpib.workprogramme.domain.WorkProgramme;
import scot.cpib.workprogramme.domain.Workstream;

/**
 * The progress report the benchmark times: eight workstreams with six activities each, four
 * quarterly periods of updates (one workstream without an update in the last), and the benchmark's
 * actions shared out among the workstreams, five each.
 */
final class BenchProgressReport {

    private static final Rag[] CYCLE = {Rag.GREEN, Rag.AMBER, Rag.RED, Rag.GREEN};

    private BenchProgressReport() {
    }

    static ProgressReport build(Board board, Organisation lead, List<AgreedAction> actions) {
        WorkProgramme programme = new WorkProgramme(board, 1, "CPIB Work Programme", LocalDate.of(2019, 3, 1));
        List<Workstream> workstreams = new ArrayList<>();
        for (int w = 1; w <= 8; w++) {
            Workstream ws = programme.addWorkstream(w, "Workstream " + w + " of the revised programme",
                    "We will do the work of workstream " + w + ". ".repeat(3));
            ws.assignLeads(List.of(OwnerRef.of(lead)));
            for (int a = 1; a <= 6; a++) {
                ws.addActivity(a, "Activity " + a + " of workstream " + w + ": deliver the agreed output with partners",
                        List.of(OwnerRef.of(lead)), PartialDate.inQuarter(2019, 1 + a % 4));
            }
            workstreams.add(ws);
        }
        programme.approve(null, LocalDate.of(2019, 3, 1));
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            LocalDate start = LocalDate.of(2019, 3 * q - 2, 1);
            ReportingPeriod period = new ReportingPeriod(programme, "Quarter " + q + " 2019", start,
                    start.plusMonths(3).minusDays(1), null);
            periods.add(period);
            for (Workstream ws : workstreams) {
                if (q == 4 && ws.getNumber() == 8) {
                    continue;
                }
                Rag rag = CYCLE[(q + ws.getNumber()) % CYCLE.length];
                ProgressUpdate.submit(ws, period, new UpdateContent(rag, rag.needsReason() ? "Partner capacity is stretched" : null,
                        "Achieved the quarter's milestones. ".repeat(8) + "\n\n- first output\n- second output",
                        "Partners report better joint working. ".repeat(4), "Capacity over the summer. ".repeat(3),
                        "Prepare the next quarter's work. ".repeat(3)), "Lead " + ws.getNumber(),
                        LocalDateTime.of(start.plusMonths(3).getYear(), start.plusMonths(3).getMonth(), 5, 9, 0));
            }
        }
        List<ProgressReport.Strand> strands = new ArrayList<>();
        for (Workstream ws : workstreams) {
            List<AgreedAction> linked = new ArrayList<>();
            for (int i = (ws.getNumber() - 1) * 5; i < Math.min(actions.size(), ws.getNumber() * 5); i++) {
                linked.add(actions.get(i));
            }
            strands.add(new ProgressReport.Strand(ws, linked));
        }
        return new ProgressReport(programme, periods.get(3), periods, strands, LocalDate.of(2020, 1, 15));
    }
}
