package taskboard.capstone.bench;

import java.nio.ByteBuffer;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * RFC 6455 frames from the server, parsed as bytes arrive: text payloads go to the scanner in place
 * (never decoded), pings are answered with a pong carrying the same payload, a close ends the
 * stream. Frames from a client must be masked: {@link #masked} builds them.
 */
final class WebSocketFrames {
    static final int TEXT = 0x1;
    static final int CLOSE = 0x8;
    static final int PING = 0x9;
    static final int PONG = 0xA;

    private enum State { HEADER, LENGTH, EXTENDED_LENGTH, MASK, PAYLOAD }

    private final ChunkedBody.Sink text;
    private final LongConsumer bytesRead;
    private final Consumer<ByteBuffer> onPing;
    private State state = State.HEADER;
    private int opcode;
    private boolean fin;
    private boolean masked;
    private int lengthBytes;
    private long length;
    private long left;
    private int maskBytes;
    private final ByteBuffer control = ByteBuffer.allocate(125); // a control frame's payload, at most 125 bytes

    WebSocketFrames(ChunkedBody.Sink text, LongConsumer bytesRead, Consumer<ByteBuffer> onPing) {
        this.text = text;
        this.bytesRead = bytesRead;
        this.onPing = onPing;
    }

    void read(ByteBuffer bytes) {
        byte[] array = bytes.array();
        int i = bytes.arrayOffset() + bytes.position();
        int end = bytes.arrayOffset() + bytes.limit();
        bytes.position(bytes.limit());
        while (i < end) {
            switch (state) {
                case HEADER -> {
                    fin = (array[i] & 0x80) != 0;
                    opcode = array[i++] & 0x0f;
                    state = State.LENGTH;
                }
                case LENGTH -> {
                    masked = (array[i] & 0x80) != 0; // servers do not mask; skipped if one did
                    int length7 = array[i++] & 0x7f;
                    length = length7 < 126 ? length7 : 0;
                    lengthBytes = length7 == 126 ? 2 : length7 == 127 ? 8 : 0;
                    state = lengthBytes > 0 ? State.EXTENDED_LENGTH : afterLength();
                }
                case EXTENDED_LENGTH -> {
                    length = (length << 8) | (array[i++] & 0xff);
                    if (--lengthBytes == 0) {
                        state = afterLength();
                    }
                }
                case MASK -> {
                    i++;
                    if (--maskBytes == 0) {
                        state = startPayload();
                    }
                }
                case PAYLOAD -> {
                    int take = (int) Math.min(left, end - i);
                    payload(array, i, i + take);
                    i += take;
                    left -= take;
                    if (left == 0) {
                        state = endFrame();
                    }
                }
            }
        }
    }

    private State afterLength() {
        if (masked) {
            maskBytes = 4;
            return State.MASK;
        }
        return startPayload();
    }

    private State startPayload() {
        left = length;
        control.clear();
        return left == 0 ? endFrame() : State.PAYLOAD;
    }

    private void payload(byte[] array, int from, int to) {
        if (opcode >= CLOSE) {
            control.put(array, from, Math.min(to - from, control.remaining()));
        } else {
            text.data(array, from, to); // text and its continuations
            bytesRead.accept(to - from);
        }
    }

    private State endFrame() {
        if (opcode == CLOSE) {
            throw new IllegalStateException("The server closed the WebSocket");
        }
        if (opcode == PING) {
            control.flip();
            onPing.accept(control);
        } else if (opcode < CLOSE && fin) {
            bytesRead.accept(2); // the smallest frame header, as the other transports count theirs
        }
        return State.HEADER;
    }

    /** A client frame: FIN, the opcode, the mask bit and a random mask applied to the payload. */
    static ByteBuffer masked(int opcode, byte[] payload) {
        return masked(opcode, ByteBuffer.wrap(payload));
    }

    static ByteBuffer masked(int opcode, ByteBuffer payload) {
        int length = payload.remaining();
        ByteBuffer frame = ByteBuffer.allocate(14 + length);
        frame.put((byte) (0x80 | opcode));
        if (length < 126) {
            frame.put((byte) (0x80 | length));
        } else if (length < 65536) {
            frame.put((byte) (0x80 | 126)).putShort((short) length);
        } else {
            frame.put((byte) (0x80 | 127)).putLong(length);
        }
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        frame.put(mask);
        for (int i = 0; i < length; i++) {
            frame.put((byte) (payload.get(payload.position() + i) ^ mask[i % 4]));
        }
        return frame.flip();
    }
}
