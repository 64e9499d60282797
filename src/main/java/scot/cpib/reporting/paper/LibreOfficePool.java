package scot.cpib.reporting.paper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jodconverter.core.document.DefaultDocumentFormatRegistry;
import org.jodconverter.core.document.DocumentFormat;
import org.jodconverter.core.office.OfficeException;
import org.jodconverter.local.LocalConverter;
import org.jodconverter.local.office.LocalOfficeManager;
import org.jodconverter.local.office.LocalOfficeUtils;

/**
 * LibreOffice through JODConverter: a pool of headless office processes started on first use, each
 * conversion bounded by a time-out after which JODConverter kills and restarts the hung process, and
 * each process restarted after a number of conversions. Absent when LibreOffice is not installed (or
 * the route is set to pure Java); a pool that will not start is not tried again.
 */
final class LibreOfficePool {

    private static final Logger LOG = Logger.getLogger(LibreOfficePool.class.getName());
    private static LibreOfficePool shared;
    private static boolean unavailable;

    private final LocalOfficeManager manager;
    private final LocalConverter converter;

    private LibreOfficePool(LocalOfficeManager manager) {
        this.manager = manager;
        this.converter = LocalConverter.builder().officeManager(manager)
                .storeProperties(Map.of("FilterData", Map.of("UseTaggedPDF", true, "ExportBookmarks", false)))
                .build();
    }

    /** The running pool, started now if need be; empty where LibreOffice is not installed or failed to start. */
    static synchronized Optional<LibreOfficePool> shared() {
        if (shared != null || unavailable) {
            return Optional.ofNullable(shared);
        }
        OfficeSettings settings = OfficeSettings.read();
        File home = settings.officeHome() != null ? new File(settings.officeHome()) : LocalOfficeUtils.getDefaultOfficeHome();
        if (settings.javaOnly() || home == null || !home.isDirectory()) {
            unavailable = true;
            return Optional.empty();
        }
        try {
            LocalOfficeManager manager = LocalOfficeManager.builder()
                    .officeHome(home)
                    .portNumbers(freePorts(settings.processes()))
                    .processTimeout(60_000L)
                    .taskExecutionTimeout(settings.timeoutSeconds() * 1000)
                    .taskQueueTimeout(settings.timeoutSeconds() * 2000)
                    .maxTasksPerProcess(settings.tasksPerProcess())
                    .build();
            manager.start();
            shared = new LibreOfficePool(manager);
            Runtime.getRuntime().addShutdownHook(new Thread(LibreOfficePool::stop, "cpib-office-stop"));
            LOG.info(() -> "LibreOffice from " + home + " prints office papers (" + settings.processes() + " processes)");
        } catch (OfficeException | IOException | RuntimeException e) {
            unavailable = true;
            LOG.log(Level.WARNING, "LibreOffice at " + home + " did not start; office papers are printed in pure Java", e);
        }
        return Optional.ofNullable(shared);
    }

    /** Stops the office processes (at shutdown). */
    static synchronized void stop() {
        if (shared != null) {
            try {
                shared.manager.stop();
            } catch (OfficeException e) {
                LOG.log(Level.FINE, "stopping LibreOffice", e);
            }
            shared = null;
        }
    }

    byte[] toPdf(byte[] data, OfficeFormat format) throws OfficeException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(data.length, 64 * 1024));
        converter.convert(new ByteArrayInputStream(data)).as(source(format))
                .to(out).as(DefaultDocumentFormatRegistry.PDF).execute();
        return out.toByteArray();
    }

    private static DocumentFormat source(OfficeFormat format) {
        return switch (format) {
            case DOCX -> DefaultDocumentFormatRegistry.DOCX;
            case XLSX -> DefaultDocumentFormatRegistry.XLSX;
            case PPTX -> DefaultDocumentFormatRegistry.PPTX;
            case ODT -> DefaultDocumentFormatRegistry.ODT;
            case ODS -> DefaultDocumentFormatRegistry.ODS;
            case TXT -> DefaultDocumentFormatRegistry.TXT;
        };
    }

    private static int[] freePorts(int count) throws IOException {
        int[] ports = new int[count];
        ServerSocket[] sockets = new ServerSocket[count];
        try {
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0);
                ports[i] = sockets[i].getLocalPort();
            }
        } finally {
            for (ServerSocket socket : sockets) {
                if (socket != null) {
                    socket.close();
                }
            }
        }
        return ports;
    }
}
