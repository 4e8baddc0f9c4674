package taskboard.exercises.l15;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** L15 exercise 3: viewer counts for monitoring, from the presence entries. */
public final class ViewerCounts {

    /** One presence entry: a socket of a user on a board. */
    public record Entry(String boardId, String userId, String socketId) {
    }

    /** What a dashboard shows: open sockets, distinct users, and distinct users per board. */
    public record Summary(int sockets, int users, Map<String, Integer> usersPerBoard) {
    }

    private ViewerCounts() {
    }

    public static Summary summarize(List<Entry> entries) {
        int sockets = (int) entries.stream().map(Entry::socketId).distinct().count();
        int people = (int) entries.stream().map(Entry::userId).distinct().count();
        Map<String, Integer> perBoard = entries.stream().collect(Collectors.groupingBy(Entry::boardId, TreeMap::new,
                Collectors.collectingAndThen(Collectors.mapping(Entry::userId, Collectors.toSet()), users -> users.size())));
        return new Summary(sockets, people, perBoard);
    }
}
