package scot.cpib.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Bounds the work of making documents: at most a few renders at once (the rest wait a little, then
 * get 503 with Retry-After), each written to a temporary file rather than the heap, and a live
 * preview rendered once per change of its inputs and served from its stored file to everyone who
 * asks for the same thing meanwhile.
 */
final class DocumentRenders {

    /** Seconds a caller is told to wait before asking again when every render slot is taken. */
    static final int RETRY_AFTER_SECONDS = 10;
    private static final int KEPT_PREVIEWS = 16;
    /** Renders are CPU-bound: by default they get half the processors, the rest stay for pages and health. */
    private static final DocumentRenders SHARED = new DocumentRenders(configured("cpib.documents.concurrent-renders",
            Math.max(1, Runtime.getRuntime().availableProcessors() / 2)),
            configured("cpib.documents.queue-seconds", 20), configured("cpib.documents.waiting", 32));

    private final Semaphore slots;
    private final long waitSeconds;
    /** Requests making or waiting for a document at once: the rest are busy at once, not holding a thread. */
    private final Semaphore admitted;
    private final Map<Object, CompletableFuture<Path>> previews = new LinkedHashMap<>();
    /** Whether this thread's request already holds an admission ({@link #admitted}), so a render inside it takes none. */
    private final ThreadLocal<Boolean> inside = ThreadLocal.withInitial(() -> Boolean.FALSE);

    /** Work that reads the database and may render a document. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws IOException;
    }

    DocumentRenders(int concurrent, long waitSeconds, int waiting) {
        this.slots = new Semaphore(Math.max(1, concurrent), true);
        this.waitSeconds = waitSeconds;
        this.admitted = new Semaphore(Math.max(Math.max(1, concurrent), waiting));
    }

    static {
        // The kept previews are files in the temp folder: a server that stops takes them with it.
        Runtime.getRuntime().addShutdownHook(new Thread(SHARED::deleteKeptPreviews, "cpib-document-previews"));
    }

    static DocumentRenders shared() {
        return SHARED;
    }

    /** Deletes the stored preview files and forgets them (when the server stops). */
    void deleteKeptPreviews() {
        synchronized (previews) {
            for (CompletableFuture<Path> render : previews.values()) {
                if (render.isDone() && !render.isCompletedExceptionally()) {
                    deleteQuietly(render.join());
                }
            }
            previews.clear();
        }
    }

    /**
     * Renders into a new temporary file the caller deletes; 503 when no slot frees up in time, or at
     * once when too many requests already wait (so that they never take every request thread).
     */
    Path render(Downloads.Writer writer) throws IOException {
        return admitted(() -> renderAdmitted(writer));
    }

    /**
     * Runs the whole of a document request (its database reads as well as its render) as one of the
     * admitted few: beyond them a request is busy at once (503), before it takes a database
     * connection, so a burst of document requests never takes every request thread or pooled
     * connection from the pages and the health checks.
     */
    <T> T admitted(Work<T> work) throws IOException {
        if (inside.get()) {
            return work.run();
        }
        if (!admitted.tryAcquire()) {
            throw new DocumentsBusyException(RETRY_AFTER_SECONDS);
        }
        inside.set(Boolean.TRUE);
        try {
            return work.run();
        } finally {
            inside.remove();
            admitted.release();
        }
    }

    private Path renderAdmitted(Downloads.Writer writer) throws IOException {
        try {
            if (!slots.tryAcquire(waitSeconds, TimeUnit.SECONDS)) {
                throw new DocumentsBusyException(RETRY_AFTER_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DocumentsBusyException(RETRY_AFTER_SECONDS);
        }
        Path file = Files.createTempFile("cpib-document", ".tmp");
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(out);
            return file;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        } finally {
            slots.release();
        }
    }

    /**
     * The stored preview for these inputs, rendering it first if no one has; callers asking for the same
     * key meanwhile wait for that one render. The file is kept (the latest few keys) and must not be
     * deleted by the caller.
     */
    Path preview(Object key, Downloads.Writer writer) throws IOException {
        synchronized (previews) {
            CompletableFuture<Path> stored = previews.get(key);
            if (stored != null && stored.isDone() && !stored.isCompletedExceptionally()) {
                return stored.join();
            }
        }
        return admitted(() -> previewAdmitted(key, writer));
    }

    private Path previewAdmitted(Object key, Downloads.Writer writer) throws IOException {
        CompletableFuture<Path> mine = new CompletableFuture<>();
        CompletableFuture<Path> existing;
        synchronized (previews) {
            existing = previews.get(key);
            if (existing == null || existing.isCompletedExceptionally()) {
                previews.put(key, mine);
                evictOld();
                existing = null;
            }
        }
        if (existing != null) {
            return await(existing);
        }
        try {
            mine.complete(renderAdmitted(writer));
        } catch (IOException | RuntimeException e) {
            mine.completeExceptionally(e);
            synchronized (previews) {
                previews.remove(key, mine);
            }
            throw e;
        }
        return mine.join();
    }

    private Path await(CompletableFuture<Path> render) throws IOException {
        try {
            return render.get(waitSeconds * 3, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new DocumentsBusyException(RETRY_AFTER_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DocumentsBusyException(RETRY_AFTER_SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause());
        }
    }

    private void evictOld() {
        Iterator<Map.Entry<Object, CompletableFuture<Path>>> oldest = previews.entrySet().iterator();
        while (previews.size() > KEPT_PREVIEWS && oldest.hasNext()) {
            CompletableFuture<Path> render = oldest.next().getValue();
            if (render.isDone()) {
                oldest.remove();
                if (!render.isCompletedExceptionally()) {
                    deleteQuietly(render.join());
                }
            } else {
                break;
            }
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the temp directory's own clean-up takes it
        }
    }

    private static int configured(String key, int fallback) {
        try {
            return ConfigProvider.getConfig().getOptionalValue(key, Integer.class).orElse(fallback);
        } catch (RuntimeException | LinkageError e) {
            return fallback;
        }
    }
}
