package taskboard.data;

/** A column of a board ("To Do", "In Progress", ...). Named BoardList so it never clashes with java.util.List. */
public record BoardList(String id, String boardId, String name, int position) {
}
