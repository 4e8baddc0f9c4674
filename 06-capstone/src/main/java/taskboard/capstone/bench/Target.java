package taskboard.capstone.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.WebSocket;
import java.time.Duration;

/** Where the subscribers connect, and the signed-in session they all present (the capstone requires one). */
record Target(String baseUrl, String sessionCookie) {

    HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5));
        return sessionCookie == null ? builder : builder.header("Cookie", sessionCookie);
    }

    WebSocket.Builder webSocket(WebSocket.Builder builder) {
        return sessionCookie == null ? builder : builder.header("Cookie", sessionCookie);
    }

    String wsUrl(String path) {
        return baseUrl.replaceFirst("^http", "ws") + path;
    }
}
