package scot.cpib.meeting.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class UploadLimitFilterTest {

    @Test
    void anOversizeBodyIsReadToItsEndAndTheFilesNameKeptFromItsHead() throws IOException {
        String head = "--b\r\nContent-Disposition: form-data; name=\"paper:paperTitle\"\r\n\r\nBudget\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"paper:file\"; filename=\"Budget \u201919 %22final%22.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4";
        AtomicLong left = new AtomicLong(5L * 1024 * 1024);
        InputStream zeros = new InputStream() {
            @Override
            public int read() {
                return left.getAndDecrement() > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                int n = (int) Math.min(length, left.get());
                if (n <= 0) {
                    return -1;
                }
                left.addAndGet(-n);
                return n;
            }
        };
        InputStream body = new SequenceInputStream(new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), zeros);
        assertEquals("Budget \u201919 \"final\".pdf", UploadLimitFilter.drainNamingFile(body));
        assertEquals(0, left.get(), "read to the end");
    }

    @Test
    void aBodyWithoutAFileGivesNoName() throws IOException {
        assertNull(UploadLimitFilter.drainNamingFile(new ByteArrayInputStream(
                "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\ny\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8))));
    }
}
