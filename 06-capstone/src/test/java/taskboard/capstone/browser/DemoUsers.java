package taskboard.capstone.browser;

import taskboard.testing.Http;

/**
 * Alice and Bob over REST, signed in with their demo credentials: what the tests use to change the
 * board "from somewhere else" while the pages watch.
 */
record DemoUsers(Http http, String aliceToken, String bobToken) {

    static DemoUsers signIn(Http http) {
        return new DemoUsers(http, token(http, "alice@example.com", "alice-password"),
                token(http, "bob@example.com", "bob-password"));
    }

    private static String token(Http http, String email, String password) {
        Http.Response response = http.post("/auth/login", Http.json("email", email, "password", password));
        if (response.status() != 200 && response.status() != 201) {
            throw new IllegalStateException("Signing in as " + email + " failed: " + response);
        }
        return response.json().get("token").asString();
    }

    /** The headers that carry a user's session, as the browser's cookie does. */
    static String[] as(String token, String... more) {
        String[] headers = new String[4 + more.length];
        headers[0] = "Cookie";
        headers[1] = "session=" + token;
        headers[2] = "Authorization";
        headers[3] = "Bearer " + token;
        System.arraycopy(more, 0, headers, 4, more.length);
        return headers;
    }

    /** Creates a task as Bob over REST; returns its id. */
    String createAsBob(String title, String listId) {
        Http.Response response = http.post("/tasks", Http.json("title", title, "listId", listId), as(bobToken));
        if (response.status() != 201) {
            throw new IllegalStateException("Creating '" + title + "' failed: " + response);
        }
        return response.json().get("id").asString();
    }

    /** Renames a task as Bob over REST. */
    void renameAsBob(String taskId, String title) {
        Http.Response response = http.patch("/tasks/" + taskId, Http.json("title", title), as(bobToken));
        if (response.status() != 200) {
            throw new IllegalStateException("Renaming " + taskId + " failed: " + response);
        }
    }

    /** The title of a task as the server has it. */
    String titleOnServer(String taskId) {
        for (var task : http.get("/boards/board-1/tasks", as(aliceToken)).json().get("data")) {
            if (task.get("id").asString().equals(taskId)) {
                return task.get("title").asString();
            }
        }
        return null;
    }

    /** How many tasks of board-1 have this title, as the server sees it. */
    long countOnServer(String title) {
        Http.Response response = http.get("/boards/board-1/tasks", as(aliceToken));
        long count = 0;
        for (var task : response.json().get("data")) {
            if (task.get("title").asString().equals(title)) {
                count++;
            }
        }
        return count;
    }
}
