package taskboard.capstone.bench;

import java.nio.ByteBuffer;

/**
 * HTTP/1.1's chunked transfer encoding, undone as bytes arrive: {@code <hex size>\r\n<data>\r\n}
 * repeated. Hands each piece of data to the sink in place (no copy); a body that is not chunked
 * goes to the sink as it is.
 */
final class ChunkedBody {

    interface Sink {
        void data(byte[] array, int from, int to);
    }

    private enum State { SIZE, SIZE_LINE_END, DATA, DATA_END }

    private final Sink sink;
    private boolean chunked = true;
    private State state = State.SIZE;
    private long size;
    private long left;

    ChunkedBody(Sink sink) {
        this.sink = sink;
    }

    void chunked(boolean isChunked) {
        this.chunked = isChunked;
    }

    /** Reads every remaining byte of a heap buffer. */
    void read(ByteBuffer bytes) {
        byte[] array = bytes.array();
        int i = bytes.arrayOffset() + bytes.position();
        int end = bytes.arrayOffset() + bytes.limit();
        bytes.position(bytes.limit());
        if (!chunked) {
            sink.data(array, i, end);
            return;
        }
        while (i < end) {
            switch (state) {
                case SIZE -> {
                    int digit = Character.digit(array[i++], 16);
                    if (digit >= 0) {
                        size = size * 16 + digit;
                    } else {
                        state = State.SIZE_LINE_END; // ';' extensions or the CR: skip to the LF
                        i--;
                    }
                }
                case SIZE_LINE_END -> {
                    if (array[i++] == '\n') {
                        if (size == 0) {
                            throw new IllegalStateException("The event stream ended (last chunk)");
                        }
                        left = size;
                        size = 0;
                        state = State.DATA;
                    }
                }
                case DATA -> {
                    int take = (int) Math.min(left, end - i);
                    sink.data(array, i, i + take);
                    i += take;
                    left -= take;
                    if (left == 0) {
                        state = State.DATA_END;
                    }
                }
                case DATA_END -> {
                    if (array[i++] == '\n') {
                        state = State.SIZE;
                    }
                }
            }
        }
    }
}
