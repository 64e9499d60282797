package scot.cpib.action.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A response whose body is held back to be kept ({@link KeptRegisterPages}); headers, status, redirects
 * and errors go through to the real response as they are made.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

    private final CharArrayWriter chars = new CharArrayWriter(64 * 1024);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private PrintWriter writer;
    private ServletOutputStream stream;
    private int status = SC_OK;
    private boolean sentAlready;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    int status() {
        return status;
    }

    boolean isSentAlready() {
        return sentAlready;
    }

    String text() {
        if (writer != null) {
            writer.flush();
        }
        return chars.size() > 0 ? chars.toString() : bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(chars);
        }
        return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("a kept page is written at once");
                }
            };
        }
        return stream;
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc) throws IOException {
        status = sc;
        sentAlready = true;
        super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        status = sc;
        sentAlready = true;
        super.sendError(sc, msg);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        status = SC_FOUND;
        sentAlready = true;
        super.sendRedirect(location);
    }

    @Override
    public void setContentLength(int len) {
        // the length is the real response's to work out: the page is written with another nonce
    }

    @Override
    public void setContentLengthLong(long len) {
        // as setContentLength
    }

    @Override
    public void flushBuffer() {
        // held back until the page is whole
    }

    @Override
    public boolean isCommitted() {
        return sentAlready;
    }

    @Override
    public void resetBuffer() {
        chars.reset();
        bytes.reset();
    }

    @Override
    public void reset() {
        resetBuffer();
        status = SC_OK;
        super.reset();
    }
}
