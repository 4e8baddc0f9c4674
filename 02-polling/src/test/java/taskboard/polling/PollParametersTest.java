package taskboard.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import taskboard.app.ApiException;

/** The query parameters of L3 and L4: what is accepted, and the 400s for the rest. */
class PollParametersTest {

    @Test
    void since_is_normalised_to_the_servers_format() {
        assertEquals("2026-01-05T09:00:00.000Z", ShortPollingPlugin.since("2026-01-05T09:00:00Z"));
        assertEquals("2026-01-05T08:00:00.000Z", ShortPollingPlugin.since("2026-01-05T09:00:00+01:00"));
        assertEquals("2026-01-05T09:00:00.123Z", ShortPollingPlugin.since("2026-01-05T09:00:00.123999Z"),
                "finer than milliseconds is cut: the >= comparison then includes that millisecond");
        assertNull(ShortPollingPlugin.since(null));
    }

    @Test
    void a_malformed_since_is_a_400_that_shows_the_format() {
        ApiException e = assertThrows(ApiException.class, () -> ShortPollingPlugin.since("last tuesday"));
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("2026-01-05T09:00:00.000Z"), e.getMessage());
    }

    @Test
    void a_cursor_is_a_whole_number_of_at_least_zero() {
        assertEquals(OptionalLong.of(42), LongPollPlugin.cursor("42"));
        assertEquals(OptionalLong.of(0), LongPollPlugin.cursor("0"));
        assertEquals(OptionalLong.empty(), LongPollPlugin.cursor(null));
        for (String bad : new String[] {"-1", "x", "1e3", "", "99999999999999999999"}) {
            ApiException e = assertThrows(ApiException.class, () -> LongPollPlugin.cursor(bad), bad);
            assertEquals(400, e.status());
        }
    }

    @Test
    void if_none_match_compares_weakly_and_accepts_lists_and_star() {
        assertTrue(ShortPollingPlugin.matches("W/\"7\"", "W/\"7\""));
        assertTrue(ShortPollingPlugin.matches("\"7\"", "W/\"7\""));
        assertTrue(ShortPollingPlugin.matches("W/\"6\", W/\"7\"", "W/\"7\""));
        assertTrue(ShortPollingPlugin.matches("*", "W/\"7\""));
        assertFalse(ShortPollingPlugin.matches("W/\"6\"", "W/\"7\""));
        assertFalse(ShortPollingPlugin.matches(null, "W/\"7\""));
    }
}
