package taskboard.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.javalin.http.Context;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a request body as JSON and checks it against a JSON Schema file from
 * {@code src/main/resources/schemas} (our equivalent of the course's zod schemas). Malformed JSON
 * is a 400 "Invalid JSON"; every schema violation is listed in the 400's {@code issues}.
 */
public final class RequestBody {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private RequestBody() {
    }

    /** The body of {@code ctx}, parsed and valid against {@code /schemas/<name>.json}. */
    public static JsonNode validated(Context ctx, String schemaName) {
        return validated(ctx.bodyAsBytes(), schemaName);
    }

    public static JsonNode validated(byte[] body, String schemaName) {
        JsonNode node = parse(body);
        List<ApiException.Issue> issues = check(node, schemaName);
        if (!issues.isEmpty()) {
            throw new ApiException(400, "Validation failed", issues);
        }
        return node;
    }

    public static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw ApiException.badRequest("Invalid JSON: the request body is empty");
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw ApiException.badRequest("Invalid JSON");
        }
    }

    /** Every way {@code node} breaks the schema, as (path, message) pairs; empty when it is valid. */
    public static List<ApiException.Issue> check(JsonNode node, String schemaName) {
        List<ApiException.Issue> issues = new ArrayList<>();
        for (Error error : schema(schemaName).validate(node)) {
            issues.add(new ApiException.Issue(path(error), message(error)));
        }
        return issues;
    }

    /** "title", "position", "lists.0.name": the field's path in the body, dot-separated. */
    private static String path(Error error) {
        String path = error.getInstanceLocation().toString().replaceFirst("^[$]", "").replaceFirst("^[/.]", "")
                .replace('/', '.');
        // "required" and "additionalProperties" errors point at the object; name the field instead.
        if (error.getProperty() != null && ("required".equals(error.getKeyword())
                || "additionalProperties".equals(error.getKeyword()))) {
            path = path.isEmpty() ? error.getProperty() : path + "." + error.getProperty();
        }
        return path;
    }

    private static String message(Error error) {
        String message = error.getMessage();
        String location = error.getInstanceLocation().toString();
        if (message.startsWith(location + ": ")) {
            message = message.substring(location.length() + 2);
        }
        return message;
    }

    private static Schema schema(String name) {
        return SCHEMAS.computeIfAbsent(name, n -> {
            String resource = "/schemas/" + n + ".json";
            try (InputStream in = RequestBody.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing schema " + resource);
                }
                return REGISTRY.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
