package taskboard.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A stream client that sends its request and then does not read: the slow consumer of L8, whose
 * TCP window fills up. Afterwards it can read what had reached it, decode the chunked body and
 * tell the id of the last whole frame, as a browser would after a disconnect.
 */
public final class RawSseSocket implements AutoCloseable {
    private final Socket socket = new Socket();

    public RawSseSocket(int port, String path) {
        try {
            socket.setReceiveBufferSize(4096); // a small window fills fast
            socket.connect(new InetSocketAddress("localhost", port), 5000);
            String request = "GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads everything that reached this socket until the server's end of stream; the decoded body. */
    public String readToEnd() throws IOException {
        socket.setSoTimeout(5000);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[64 * 1024];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                bytes.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException | java.net.SocketException end) {
            // a reset or a silent peer ends the reading too
        }
        // ISO-8859-1 maps bytes to chars one to one, so chunk sizes (in bytes) can be counted in chars.
        String raw = bytes.toString(StandardCharsets.ISO_8859_1);
        int bodyStart = raw.indexOf("\r\n\r\n");
        String body = bodyStart < 0 ? "" : dechunk(raw.substring(bodyStart + 4));
        return new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    /** The id of the last complete frame in a decoded body, or null. */
    public static String lastCompleteId(String body) {
        int end = body.lastIndexOf("\n\n");
        if (end < 0) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (String line : body.substring(0, end).split("\n")) {
            if (line.startsWith("id: ")) {
                ids.add(line.substring(4));
            }
        }
        return ids.isEmpty() ? null : ids.get(ids.size() - 1);
    }

    /** Decodes HTTP/1.1 chunked transfer coding, stopping at the first incomplete chunk. */
    static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            if (lineEnd < 0) {
                return body.toString();
            }
            int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
            int dataStart = lineEnd + 2;
            if (size == 0 || dataStart + size > chunked.length()) {
                return body.append(chunked, dataStart, Math.min(chunked.length(), dataStart + size)).toString();
            }
            body.append(chunked, dataStart, dataStart + size);
            at = dataStart + size + 2;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
