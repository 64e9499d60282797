package scot.cpib.reporting.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.AttendanceKind;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.StandingKind;
import scot.cpib.minutes.domain.MinuteEntry;
import scot.cpib.reporting.SamplePdfs;
import scot.cpib.reporting.application.ActionLogExporter;
import scot.cpib.reporting.application.AgendaPackRenderer;
import scot.cpib.reporting.application.MattersArisingPaper;
import scot.cpib.reporting.application.MinuteDocxRenderer;
import scot.cpib.reporting.application.MinuteRenderer;
import scot.cpib.workprogramme.application.ProgressReportRenderer;
import scot.cpib.workprogramme.application.ProgressReportWorkbook;
import scot.cpib.reporting.domain.AgendaPackRequest;
import scot.cpib.reporting.domain.PackPaper;
import scot.cpib.reporting.domain.PaperSource;
import scot.cpib.reporting.domain.PreviousMinute;
import scot.cpib.workprogramme.domain.ProgressReport;
import scot.cpib.shared.domain.PartialDate;

/**
 * Times the documents for a big meeting: 20 agenda items, an uploaded PDF of 5 or 6 pages under each
 * (over 100 pages in all, read from files one at a time) and a written paper under two of them; the
 * previous meeting with a full minute and 40 actions. Prints the median of several runs after a
 * warm-up, and the peak heap. Run with bench/pack-benchmark.sh.
 */
public final class PackBenchmark {

    private static final int RUNS = 5;
    private static final LocalDateTime AT = LocalDateTime.of(2019, 2, 28, 16, 0);

    private PackBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("cpib-bench");
        try {
            run(dir);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    private static void run(Path dir) throws IOException {
        Board board = new Board("Community Planning Improvement Board", "CPIB");
        Organisation is = new Organisation("Improvement Service", "IS");
        Meeting previous = new Meeting(board, 15, LocalDate.of(2018, 11, 28), LocalTime.of(14, 0), LocalTime.of(16, 0));
        previous.moveTo("Scottish Enterprise, Apex House", "99 Haymarket Terrace, Edinburgh EH12 5HD");
        previous.addItem("Minute & Matters Arising").markStanding(StandingKind.MINUTE_AND_MATTERS_ARISING);
        for (int p = 0; p < 12; p++) {
            previous.recordAttendance(new Person("Member " + (p + 1), is), is, p < 10 ? AttendanceKind.PRESENT : AttendanceKind.APOLOGIES, p == 0);
        }
        List<MinuteEntry> entries = new ArrayList<>();
        List<AgreedAction> actions = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            AgendaItem item = previous.addItem("Previous item " + i);
            MinuteEntry entry = new MinuteEntry(item);
            entry.write(("The board discussed the paper at length and agreed the recommendations. ").repeat(6)
                    + "\n\n- first point raised\n- second point raised", "Recommendations agreed.", "bench", AT);
            entries.add(entry);
            for (int a = 1; a <= 2; a++) {
                actions.add(new AgreedAction(item, a, "Take forward recommendation " + a + " of item " + i,
                        List.of(OwnerRef.of(is)), PartialDate.inMonth(YearMonth.of(2019, 3)), AT));
            }
        }
        Meeting meeting = previous.planNext(LocalDate.of(2019, 2, 28), LocalTime.of(14, 0), LocalTime.of(16, 0));
        List<PackPaper> papers = new ArrayList<>();
        int pages = 0;
        for (int i = 1; i <= 20; i++) {
            AgendaItem item = meeting.addItem("Agenda item " + i + ": a substantive paper for the board");
            int count = i % 2 == 0 ? 6 : 5;
            Path file = dir.resolve("paper-" + i + ".pdf");
            try (OutputStream out = Files.newOutputStream(file)) {
                SamplePdfs.write("Paper " + i, count, out);
            }
            pages += count;
            papers.add(new PackPaper(item, "Paper " + i, false, 0, new PaperSource.UploadedPdf(file.getFileName().toString(),
                    () -> Files.newInputStream(file))));
            if (i == 3 || i == 12) {
                papers.add(new PackPaper(item, "Written note " + i, false, 0,
                        new PaperSource.Written("<p>" + "A paper written in the app. ".repeat(80) + "</p>")));
            }
        }
        PreviousMinute minute = new PreviousMinute(previous, entries, actions);
        AgendaPackRequest request = new AgendaPackRequest(meeting, minute, actions, LocalDate.of(2019, 2, 21), papers, true, 1);
        System.out.printf(Locale.UK, "Load average at the start: %.1f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.UK, "Meeting: %d agenda items, %d pages of uploaded papers, %d actions%n",
                meeting.getAgendaInReadingOrder().size(), pages, actions.size());

        Counting out = new Counting();
        time("warm-up (3 packs, 3 minutes)", 1, () -> {
            for (int w = 0; w < 3; w++) {
                new AgendaPackRenderer().render(request, OutputStream.nullOutputStream());
                new MinuteRenderer().pdf(minute, OutputStream.nullOutputStream());
                new MinuteDocxRenderer().docx(minute, OutputStream.nullOutputStream());
            }
        });
        resetPeaks();
        time("agenda pack PDF", RUNS, () -> {
            out.count = 0;
            new AgendaPackRenderer().render(request, out);
        });
        System.out.printf(Locale.UK, "  pack size %.0f KB%n", out.count / 1024.0);
        System.out.printf(Locale.UK, "  peak heap while building packs: %.0f MB%n", peakHeapMb());
        time("minute PDF", RUNS, () -> new MinuteRenderer().pdf(minute, OutputStream.nullOutputStream()));
        time("minute DOCX", RUNS, () -> new MinuteDocxRenderer().docx(minute, OutputStream.nullOutputStream()));
        ProgressReport progress = BenchProgressReport.build(board, is, actions);
        time("progress report PDF (8 workstreams)", RUNS, () -> new ProgressReportRenderer().pdf(progress, OutputStream.nullOutputStream()));
        time("progress report XLSX (8 workstreams)", RUNS, () -> new ProgressReportWorkbook().xlsx(progress, OutputStream.nullOutputStream()));
        time("matters-arising paper PDF", RUNS,
                () -> new MattersArisingPaper().pdf(meeting, actions, LocalDate.of(2019, 2, 21), OutputStream.nullOutputStream()));
        time("action log XLSX", RUNS,
                () -> new ActionLogExporter().xlsx(actions, LocalDate.of(2019, 2, 21), OutputStream.nullOutputStream()));
        System.out.printf(Locale.UK, "Load average at the end: %.1f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.UK, "Peak heap over the whole run: %.0f MB (max heap %d MB)%n", peakHeapMb(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private interface Work {
        void run() throws IOException;
    }

    private static void time(String name, int runs, Work work) throws IOException {
        long[] millis = new long[runs];
        long[] cpu = new long[runs];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            work.run();
            millis[r] = (System.nanoTime() - start) / 1_000_000;
            cpu[r] = (threads.getCurrentThreadCpuTime() - startCpu) / 1_000_000;
        }
        Arrays.sort(millis);
        Arrays.sort(cpu);
        System.out.printf(Locale.UK, "%-40s median %5d ms wall, %5d ms CPU  (wall min %d, max %d; %d runs)%n", name,
                millis[runs / 2], cpu[runs / 2], millis[0], millis[runs - 1], runs);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static double peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0);
    }

    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }
}
