package taskboard.events;

/**
 * One change on one board, as every transport delivers it.
 *
 * @param boardId the board it happened on
 * @param id      its position in the board's event log: 1, 2, 3... per board, never reused
 *                (SSE sends it as {@code id:}, long polling as a cursor)
 * @param type    the wire type, e.g. {@code task_moved}
 * @param taskId  the task it is about
 * @param json    the wire payload, serialised once when the event was made, e.g.
 *                {@code {"type":"task_moved","boardId":"board-1","task":{...}}}
 * @param at      when it happened (ISO-8601 UTC)
 */
public record BoardEvent(String boardId, long id, String type, String taskId, String json, String at) {
}
