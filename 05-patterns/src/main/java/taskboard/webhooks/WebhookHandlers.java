package taskboard.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.javalin.http.Context;
import tools.jackson.databind.JsonNode;

import taskboard.app.ApiException;
import taskboard.app.RequestBody;
import taskboard.app.Services;
import taskboard.data.Timestamps;
import taskboard.rest.BoardHandlers;

/** L14: a board registers, lists and removes the URLs its events are POSTed to. */
final class WebhookHandlers {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Services services;
    private final WebhookRepository webhooks;

    WebhookHandlers(Services services, WebhookRepository webhooks) {
        this.services = services;
        this.webhooks = webhooks;
    }

    /** POST /boards/{boardId}/webhooks {url, secret?} -> 201 with the secret (shown this once). */
    void create(Context ctx) {
        String boardId = BoardHandlers.requireBoard(services, ctx.pathParam("boardId"));
        JsonNode body = RequestBody.validated(ctx, "create-webhook");
        String url = requireHttpUrl(body.get("url").asString());
        String secret = body.has("secret") ? body.get("secret").asString() : newSecret();
        Webhook hook = new Webhook("webhook-" + UUID.randomUUID(), boardId, url, secret, Timestamps.now());
        webhooks.add(hook);
        Map<String, Object> created = new LinkedHashMap<>(hook.publicView());
        created.put("secret", secret);
        ctx.status(201).json(created);
    }

    /** GET /boards/{boardId}/webhooks -> {"data":[webhooks without their secrets]} */
    void list(Context ctx) {
        String boardId = BoardHandlers.requireBoard(services, ctx.pathParam("boardId"));
        ctx.json(Map.of("data", webhooks.byBoard(boardId).stream().map(Webhook::publicView).toList()));
    }

    /** DELETE /boards/{boardId}/webhooks/{webhookId} -> 204; 404 if the board has no such webhook. */
    void delete(Context ctx) {
        String boardId = BoardHandlers.requireBoard(services, ctx.pathParam("boardId"));
        String id = ctx.pathParam("webhookId");
        if (!webhooks.remove(boardId, id)) {
            throw ApiException.notFound("Webhook '" + id + "' not found on board '" + boardId + "'");
        }
        ctx.status(204);
    }

    /** Only absolute http(s) URLs with a host: anything else could never be delivered. */
    static String requireHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri.toString();
            }
        } catch (URISyntaxException e) {
            // answered below, like any other unusable URL
        }
        throw ApiException.invalid("url", "'" + url + "' is not an absolute http or https URL");
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
