package taskboard.webhooks;

/** A URL a board's events are POSTed to, signed with its own secret. */
public record Webhook(String id, String boardId, String url, String secret, String createdAt) {

    /** What GET shows: everything but the secret, which is only shown once, when it is created. */
    public java.util.Map<String, Object> publicView() {
        return java.util.Map.of("id", id, "boardId", boardId, "url", url, "createdAt", createdAt);
    }
}
