package taskboard.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class WebhookSenderTest {

    @Test
    void backoff_doubles_from_the_first_retry_up_to_the_cap() {
        WebhooksPlugin.Config config = new WebhooksPlugin.Config();
        try (WebhookSender sender = new WebhookSender(config)) {
            assertEquals(Duration.ofSeconds(1), sender.backoff(1));
            assertEquals(Duration.ofSeconds(2), sender.backoff(2));
            assertEquals(Duration.ofSeconds(4), sender.backoff(3));
            assertEquals(Duration.ofMinutes(1), sender.backoff(30), "capped");
        }
    }

    @Test
    void signature_is_hmac_sha256_of_the_body_and_checks_the_secret() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertEquals("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                WebhookSignature.sign("Jefe", "what do ya want for nothing?"));
        String header = WebhookSignature.sign("secret-one-is-long-enough", "{\"type\":\"task_created\"}");
        assertTrue(WebhookSignature.verify("secret-one-is-long-enough", "{\"type\":\"task_created\"}", header));
        assertFalse(WebhookSignature.verify("secret-one-is-long-enough", "{\"type\":\"task_deleted\"}", header));
        assertFalse(WebhookSignature.verify("secret-one-is-long-enough", "{}", null));
    }

    @Test
    void only_absolute_http_and_https_urls_are_accepted() {
        assertEquals("https://example.com/hook", WebhookHandlers.requireHttpUrl("https://example.com/hook"));
        assertEquals("http://127.0.0.1:8080/x", WebhookHandlers.requireHttpUrl("http://127.0.0.1:8080/x"));
        for (String bad : new String[] {"ftp://example.com", "example.com/hook", "http://", "mailto:a@b.c"}) {
            try {
                WebhookHandlers.requireHttpUrl(bad);
                throw new AssertionError(bad + " was accepted");
            } catch (taskboard.app.ApiException e) {
                assertEquals(400, e.status());
            }
        }
    }
}
