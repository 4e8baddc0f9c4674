package taskboard.polling;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.plugin.Plugin;
import taskboard.app.ApiException;
import taskboard.app.Services;
import taskboard.rest.BoardHandlers;

/**
 * L4 long polling: {@code GET /boards/{boardId}/poll[?cursor=N]} holds the request until the board
 * changes or the timeout passes. {@code cursor} is the last event id the client has seen (every
 * answer carries the next one): a poll that arrives after changes it has not seen answers at once,
 * so nothing is lost between two polls. Without a cursor the poll waits for the next change.
 * {@code GET /admin/long-polls} counts the waiting polls.
 */
public final class LongPollPlugin extends Plugin<LongPollPlugin.Config> {

    /** The lesson's constants; tests shrink them with {@code Settings.tune}. */
    public static final class Config {
        /** How long a poll waits for a change before it answers {@code {"data":[],"timeout":true}}. */
        public Duration timeout = Duration.ofSeconds(30);
        /** The most events one answer carries; a client further behind gets the rest on its next poll. */
        public int maxEvents = 100;
    }

    private final Services services;
    private final LongPollWaiters waiters;

    public LongPollPlugin(Services services) {
        super(services.settings().tuning(Config.class), new Config());
        this.services = services;
        this.waiters = services.component(LongPollWaiters.class, () -> new LongPollWaiters(
                services.eventLog(), services.delivery(), pluginConfig.timeout, pluginConfig.maxEvents));
    }

    @Override
    public void onStart(JavalinState state) {
        state.routes.get("/boards/{boardId}/poll", this::poll);
        state.routes.get("/admin/long-polls", this::counts);
        // Polls still waiting when the server stops get their answer instead of a cut connection.
        state.events.serverStopping(waiters::stop);
    }

    /** GET /boards/{boardId}/poll?cursor=N */
    void poll(Context ctx) {
        String boardId = BoardHandlers.requireBoard(services, ctx.pathParam("boardId"));
        OptionalLong requested = cursor(ctx.queryParam("cursor"));
        long latest = services.eventLog().latestId(boardId);
        if (requested.isPresent() && !continuable(boardId, requested.getAsLong(), latest)) {
            write(ctx, PollAnswer.reset(latest));
            return;
        }
        long cursor = requested.orElse(latest);
        ctx.future(() -> waiters.await(ctx, boardId, cursor).thenAccept(answer -> write(ctx, answer)));
    }

    /** GET /admin/long-polls -> {"waiting": 3, "boards": {"board-1": 2, "board-2": 1}} */
    void counts(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("waiting", waiters.count());
        body.put("boards", waiters.counts());
        ctx.json(body);
    }

    /** A cursor the log can continue from: not ahead of it, and not older than the oldest event it keeps. */
    private boolean continuable(String boardId, long cursor, long latest) {
        if (cursor > latest) {
            return false; // from another database, or before a reset: the client's copy is unknown
        }
        OptionalLong oldest = services.eventLog().oldestId(boardId);
        return oldest.isEmpty() || cursor >= oldest.getAsLong() - 1;
    }

    private static void write(Context ctx, PollAnswer answer) {
        ctx.header(Header.CACHE_CONTROL, "no-store").contentType("application/json").result(answer.json());
    }

    static OptionalLong cursor(String value) {
        if (value == null) {
            return OptionalLong.empty();
        }
        try {
            long cursor = Long.parseLong(value.trim());
            if (cursor >= 0) {
                return OptionalLong.of(cursor);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("Invalid cursor '" + value
                + "': expected the last event id you received, a whole number >= 0 (0 = from the start)");
    }
}
