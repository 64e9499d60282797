package scot.cpib.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DocumentRendersTest {

    @Test
    void twoHundredRequestsForTheSamePreviewRenderItOnceAndAllGetTheStoredFile() throws Exception {
        DocumentRenders renders = new DocumentRenders(2, 5, 200);
        AtomicInteger rendered = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(50);
        try {
            List<Future<Path>> answers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                answers.add(callers.submit(() -> renders.preview("pack-15", out -> {
                    rendered.incrementAndGet();
                    sleep(200);
                    out.write("the pack".getBytes(StandardCharsets.UTF_8));
                })));
            }
            Set<Path> files = new HashSet<>();
            for (Future<Path> answer : answers) {
                files.add(answer.get(30, TimeUnit.SECONDS));
            }
            assertEquals(1, rendered.get(), "one render for one set of inputs");
            assertEquals(1, files.size());
            assertEquals("the pack", Files.readString(files.iterator().next()));
            Path changed = renders.preview("pack-15-changed", out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
            assertEquals("new", Files.readString(changed));
            Files.deleteIfExists(changed);
            Files.deleteIfExists(files.iterator().next());
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void theKeptPreviewsAreDeletedWhenTheServerStops() throws Exception {
        DocumentRenders renders = new DocumentRenders(1, 5, 2);
        Path first = renders.preview("pack-18", out -> out.write(1));
        Path second = renders.preview("pack-19", out -> out.write(2));
        assertTrue(Files.exists(first) && Files.exists(second));
        renders.deleteKeptPreviews();
        assertFalse(Files.exists(first), "a kept preview left in the temp folder: " + first);
        assertFalse(Files.exists(second), "a kept preview left in the temp folder: " + second);
    }

    @Test
    void beyondTheWaitingLimitARequestIsBusyAtOnceInsteadOfHoldingAThread() throws Exception {
        DocumentRenders renders = new DocumentRenders(1, 30, 2);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            Future<Path> rendering = callers.submit(() -> renders.render(out -> {
                started.countDown();
                await(finish);
            }));
            assertTrue(started.await(5, TimeUnit.SECONDS));
            Future<Path> waiting = callers.submit(() -> renders.preview("pack-16", out -> out.write(2)));
            Thread.sleep(200);
            long asked = System.nanoTime();
            assertThrows(DocumentsBusyException.class, () -> renders.preview("pack-17", out -> out.write(3)));
            assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked) < 1000, "refused at once");
            finish.countDown();
            Files.deleteIfExists(rendering.get(5, TimeUnit.SECONDS));
            Path preview = waiting.get(5, TimeUnit.SECONDS);
            assertEquals(preview, renders.preview("pack-16", out -> out.write(4)), "a stored preview is served without waiting");
            Files.deleteIfExists(preview);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aRenderBeyondTheLimitIsRefusedAsBusyWithRetryAfter() throws Exception {
        DocumentRenders renders = new DocumentRenders(1, 1, 32);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService slow = Executors.newSingleThreadExecutor();
        try {
            Future<Path> first = slow.submit(() -> renders.render(out -> {
                started.countDown();
                await(finish);
            }));
            assertTrue(started.await(5, TimeUnit.SECONDS));
            DocumentsBusyException busy = assertThrows(DocumentsBusyException.class, () -> renders.render(out -> { }));
            assertEquals(DocumentRenders.RETRY_AFTER_SECONDS, busy.retryAfterSeconds());
            finish.countDown();
            Path file = first.get(5, TimeUnit.SECONDS);
            Files.deleteIfExists(file);
            Path next = renders.render(out -> out.write(1));
            assertEquals(1, Files.size(next), "a slot is free again once the render ends");
            Files.deleteIfExists(next);
        } finally {
            slow.shutdownNow();
        }
    }

    @Test
    void aFailedRenderLeavesNoFileAndFreesItsSlot() throws Exception {
        DocumentRenders renders = new DocumentRenders(1, 1, 32);
        assertThrows(IllegalStateException.class, () -> renders.render(out -> {
            throw new IllegalStateException("broken paper");
        }));
        Path next = renders.render(out -> out.write(2));
        assertFalse(Files.size(next) == 0);
        Files.deleteIfExists(next);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
