package taskboard.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AcceptKeyTest {

    @Test
    void exercise_9_1_computes_rfc_6455s_example_accept_key() {
        assertEquals("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", AcceptKey.of("dGhlIHNhbXBsZSBub25jZQ=="));
    }

    @Test
    void a_different_key_gives_a_different_answer() {
        assertEquals(28, AcceptKey.of("x3JJHMbDL1EzLkh9GBhXDw==").length());
        assertEquals("HSmrc0sMlYUkAGmm5OPpG2HaGWk=", AcceptKey.of("x3JJHMbDL1EzLkh9GBhXDw=="));
    }
}
