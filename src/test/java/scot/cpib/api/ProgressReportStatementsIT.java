package scot.cpib.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.it.container.StatementCounter;
import scot.cpib.workprogramme.domain.ProgrammeStatus;

/**
 * Issue 13: a progress report (GET /api/v1/workprogrammes/{id}/progress-report.pdf and .xlsx) reads
 * what it shows of every workstream (leads, updates with their periods, activities with their
 * owners, predecessors, linked actions) in one query per kind for the whole programme, not one set
 * per workstream: 117 statements at national scale before. Called as the resource calls it, outside
 * any transaction of the test's own, on the demo record's current programme.
 */
@ExtendWith(ArquillianExtension.class)
class ProgressReportStatementsIT {

    /**
     * One query per kind: the programme, its workstreams, their leads (people, organisations,
     * groups), updates and periods, activities and their owners (people, organisations, groups),
     * predecessors, the reporting periods, the linked actions with their owners, notes and parent
     * items, and the board's name; a few more than the register's bound, none per workstream.
     */
    private static final int MOST = 26;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProgressReportFiles files;

    @Test
    void aProgressReportReadsEachKindOfThingOnceForTheWholeProgramme() throws Exception {
        long programme = em.createQuery("SELECT DISTINCT r.programme.id FROM ReportingPeriod r WHERE r.programme.status <> :draft"
                        + " ORDER BY r.programme.id DESC", Long.class)
                .setParameter("draft", ProgrammeStatus.DRAFT).setMaxResults(1).getSingleResult();
        long workstreams = em.createQuery("SELECT COUNT(w) FROM Workstream w WHERE w.programme.id = :id", Long.class)
                .setParameter("id", programme).getSingleResult();
        assertTrue(workstreams >= 3, "the demo programme has several workstreams, so a query each would show: " + workstreams);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        int pdfStatements;
        String pdfSql;
        try (StatementCounter counter = new StatementCounter(em)) {
            files.pdf(programme, null, pdf);
            pdfStatements = counter.count();
            pdfSql = counter.statements();
        }
        int xlsxStatements;
        String xlsxSql;
        try (StatementCounter counter = new StatementCounter(em)) {
            files.xlsx(programme, null, xlsx);
            xlsxStatements = counter.count();
            xlsxSql = counter.statements();
        }
        assertTrue(new String(pdf.toByteArray(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"), "a PDF was written");
        assertTrue(xlsx.size() > 0, "a workbook was written");
        assertTrue(pdfStatements > 0 && xlsxStatements > 0, "the counter saw the queries");
        assertTrue(pdfStatements <= MOST, pdfStatements + " statements for the PDF of " + workstreams + " workstreams:\n" + pdfSql);
        assertTrue(xlsxStatements <= MOST, xlsxStatements + " statements for the workbook of " + workstreams + " workstreams:\n" + xlsxSql);
    }
}
