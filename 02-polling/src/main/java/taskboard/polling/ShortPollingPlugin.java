package taskboard.polling;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.plugin.Plugin;
import taskboard.app.ApiException;
import taskboard.app.Services;
import taskboard.data.Timestamps;
import taskboard.rest.BoardHandlers;

/**
 * L3 short polling: {@code GET /boards/{boardId}/updates?since=<ISO time>} answers
 * {@code {"data":[tasks changed since], "deleted":[task ids], "timestamp":"<server time>"}}; the
 * client sends the timestamp back as its next {@code since}. Without {@code since}: every task.
 * With {@code If-None-Match} and an unchanged board: 304 and no body (L3 exercise 2).
 */
public final class ShortPollingPlugin extends Plugin<Void> {
    private final Services services;
    private final BoardUpdates updates;

    public ShortPollingPlugin(Services services) {
        this.services = services;
        this.updates = new BoardUpdates(services);
    }

    @Override
    public void onStart(JavalinState state) {
        state.routes.get("/boards/{boardId}/updates", this::updates);
    }

    /** GET /boards/{boardId}/updates?since=2026-01-05T09:00:00.000Z */
    void updates(Context ctx) {
        String boardId = BoardHandlers.requireBoard(services, ctx.pathParam("boardId"));
        String since = since(ctx.queryParam("since"));
        // The ETag is the board's version: its latest event id. A client that holds that version has
        // seen every change, whatever its since, so it gets 304. Read before the data: an answer may
        // hold more than its ETag says (sent again later, harmlessly), never less.
        String etag = "W/\"" + services.eventLog().latestId(boardId) + "\"";
        ctx.header(Header.ETAG, etag).header(Header.CACHE_CONTROL, "no-cache");
        if (matches(ctx.header(Header.IF_NONE_MATCH), etag)) {
            ctx.status(304); // the client's copy is current: no body at all
            return;
        }
        BoardUpdates.Updates answer = since == null ? updates.all(boardId) : updates.since(boardId, since);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", answer.data());
        body.put("deleted", answer.deleted());
        body.put("timestamp", answer.timestamp());
        if (answer.reset()) {
            body.put("reset", true);
        }
        ctx.json(body);
    }

    /** If-None-Match holds a list of ETags or "*"; the comparison is weak (W/ does not matter). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || weak(tag).equals(weak(etag))) {
                return true;
            }
        }
        return false;
    }

    private static String weak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** The {@code since} parameter in the server's own format (UTC, milliseconds), or null when absent. */
    static String since(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Timestamps.format(parse(value.trim()));
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("Invalid 'since' value '" + value
                    + "': expected an ISO-8601 time such as 2026-01-05T09:00:00.000Z (send back the last answer's timestamp)");
        }
    }

    private static Instant parse(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(value).toInstant(); // e.g. 2026-01-05T10:00:00+01:00
        }
    }
}
