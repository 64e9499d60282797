package scot.cpib.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import scot.cpib.workprogramme.application.ProgressReportAssembler;
import scot.cpib.workprogramme.application.ProgressReportRenderer;
import scot.cpib.workprogramme.application.ProgressReportWorkbook;
import scot.cpib.workprogramme.domain.ProgressReport;

/**
 * A progress report read and written inside one persistence context (a read-only transaction), so
 * that what the report shows of each workstream (updates, activities, actions, predecessors) is read
 * once for the request, not again, one statement each, for every entity the rendering touches after
 * a detaching read (issue 13: 185 statements at national scale). Called from within a render slot of
 * {@link DocumentRenders}, so no more connections are held than there are renders at once (decision 85).
 */
@ApplicationScoped
public class ProgressReportFiles {

    @Inject
    private ProgressReportAssembler assembler;

    @Inject
    private ProgressReportRenderer renderer;

    @Inject
    private ProgressReportWorkbook workbook;

    /** Writes the PDF and answers the report's file name stem. */
    @Transactional
    public String pdf(long programmeId, Long periodId, OutputStream out) throws IOException {
        ProgressReport report = assembler.assemble(programmeId, periodId);
        renderer.pdf(report, out);
        return report.fileStem();
    }

    /** Writes the workbook and answers the report's file name stem. */
    @Transactional
    public String xlsx(long programmeId, Long periodId, OutputStream out) throws IOException {
        ProgressReport report = assembler.assemble(programmeId, periodId);
        workbook.xlsx(report, out);
        return report.fileStem();
    }
}
