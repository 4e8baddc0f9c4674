package taskboard.data;

public record User(String id, String name, String email) {
}
