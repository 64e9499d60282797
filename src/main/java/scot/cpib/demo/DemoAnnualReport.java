package scot.cpib.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import scot.cpib.annualreport.application.ReportFigures;
import scot.cpib.annualreport.domain.AnnualReport;
import scot.cpib.board.domain.Board;

/**
 * The demo's annual report for the year to February 2019, drafted from the demo record by the same code as
 * any report (so its figures are the record's); the review that follows (narrative, the round, the members'
 * decisions and a comment) is in {@code sql/demo/annual-report.sql}, run just after.
 */
@ApplicationScoped
public class DemoAnnualReport {

    static final String TITLE = "CPIB annual report: year to February 2019";
    static final LocalDate START = LocalDate.of(2018, 3, 1);
    static final LocalDate END = LocalDate.of(2019, 2, 28);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ReportFigures figures;

    @Transactional
    public void draft() {
        Board board = em.createQuery("SELECT b FROM Board b ORDER BY b.id", Board.class).setMaxResults(1).getSingleResult();
        em.persist(new AnnualReport(board, TITLE, START, END, figures.compute(board, START, END), "secretariat",
                LocalDateTime.of(2019, 3, 4, 10, 0)));
    }
}
