package taskboard.data;

public record Board(String id, String name, String createdAt) {
}
