package scot.cpib.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal HTTP/1.1 client on one kept-alive connection, with one session cookie: what the load
 * driver needs and no more. {@code java.net.http.HttpClient} spent about 3.4 ms of CPU a request on
 * its asynchronous machinery (measured on the register page at 16 clients), on the two cores the
 * app and MariaDB share with the driver, where 175 pages a second leave 11 ms for everything; this
 * client spends a small fraction of that, as wrk would.
 */
final class HttpLite implements Closeable {

    /** A response: its status, its headers (names in lower case) and its body when it was kept. */
    record Response(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final byte[] EMPTY = new byte[0];
    private final String host;
    private final int port;
    private final byte[] skip = new byte[16384];
    private Socket socket;
    private BufferedInputStream in;
    private OutputStream out;
    private String session;

    HttpLite(URI base) {
        this.host = base.getHost();
        this.port = base.getPort() < 0 ? 80 : base.getPort();
    }

    /**
     * Sends one request and reads the whole response. A kept-alive connection the server has closed
     * meanwhile is opened again once; any other failure is the caller's.
     */
    Response send(String method, String path, String authorization, String form, boolean keepBody) throws IOException {
        boolean reused = socket != null;
        try {
            return exchange(method, path, authorization, form, keepBody);
        } catch (EOFException | java.net.SocketException stale) {
            close();
            if (!reused) {
                throw stale;
            }
            return exchange(method, path, authorization, form, keepBody);
        }
    }

    private Response exchange(String method, String path, String authorization, String form, boolean keepBody) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 10_000);
            socket.setSoTimeout(60_000);
            in = new BufferedInputStream(socket.getInputStream(), 65536);
            out = socket.getOutputStream();
        }
        byte[] body = form == null ? EMPTY : form.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                .append(host).append(':').append(port).append("\r\n");
        if (session != null) {
            request.append("Cookie: JSESSIONID=").append(session).append("\r\n");
        }
        if (authorization != null) {
            request.append("Authorization: ").append(authorization).append("\r\n");
        }
        if (form != null) {
            request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
        return read(keepBody);
    }

    private Response read(boolean keepBody) throws IOException {
        String statusLine = line();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        Map<String, String> headers = new HashMap<>();
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).strip();
            if (name.equals("set-cookie") && value.startsWith("JSESSIONID=")) {
                int end = value.indexOf(';');
                session = value.substring("JSESSIONID=".length(), end < 0 ? value.length() : end);
            }
            headers.put(name, value);
        }
        ByteArrayOutputStream kept = keepBody ? new ByteArrayOutputStream() : null;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                body(size, kept);
                line();
            }
            while (!line().isEmpty()) {
                // trailers: none expected
            }
        } else if (headers.containsKey("content-length")) {
            body(Long.parseLong(headers.get("content-length")), kept);
        } else if (status != 204 && status != 304) {
            body(Long.MAX_VALUE, kept);
            close();
        }
        if ("close".equalsIgnoreCase(headers.get("connection"))) {
            close();
        }
        return new Response(status, headers, kept == null ? EMPTY : kept.toByteArray());
    }

    private long chunkSize() throws IOException {
        String size = line();
        int extension = size.indexOf(';');
        return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).strip(), 16);
    }

    /** Reads {@code length} bytes of body (to the end of the stream when unknown), keeping them or not. */
    private void body(long length, ByteArrayOutputStream kept) throws IOException {
        long left = length;
        while (left > 0) {
            int n = in.read(skip, 0, (int) Math.min(skip.length, left));
            if (n < 0) {
                if (length == Long.MAX_VALUE) {
                    return;
                }
                throw new EOFException("The server closed the connection in a response's body");
            }
            if (kept != null) {
                kept.write(skip, 0, n);
            }
            left -= n;
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("The server closed the connection");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a connection that is no longer wanted
            }
        }
        socket = null;
        in = null;
        out = null;
    }
}
