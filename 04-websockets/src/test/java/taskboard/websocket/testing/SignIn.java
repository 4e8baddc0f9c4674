package taskboard.websocket.testing;

import taskboard.data.User;
import taskboard.testing.TestServer;
import taskboard.websocket.auth.Auth;

/** Test shortcuts for L12: sessions made directly (no slow password hashing) and signed-in sockets. */
public final class SignIn {
    private SignIn() {
    }

    /** A fresh session token for a seeded user, e.g. {@code token(server, "user-alice")}. */
    public static String token(TestServer server, String userId) {
        User user = server.services().users().find(userId).orElseThrow();
        return Auth.of(server.services()).sessions().create(user).token();
    }

    /** A socket signed in with {@code ?token=}, its welcome already read. */
    public static WsClient socket(TestServer server, String userId) {
        WsClient client = WsClient.open(server.wsUrl("/ws?token=" + token(server, userId)));
        client.next("connected");
        return client;
    }

    /** A signed-in socket that has joined {@code boardId}, its {@code joined} already read. */
    public static WsClient joined(TestServer server, String userId, String boardId) {
        WsClient client = socket(server, userId);
        client.sendJson("type", "join", "boardId", boardId);
        client.next("joined");
        return client;
    }

    /** Lets a user see a board (board membership is data). */
    public static void grant(TestServer server, String boardId, String userId) {
        Auth.of(server.services()).access().grant(boardId, userId);
    }
}
