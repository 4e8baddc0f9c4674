package taskboard.capstone.access;

import java.util.Optional;

import io.javalin.http.Context;

/**
 * The user the sign-in gate let through, kept on the request so later handlers (C3's idempotency
 * keys are scoped per user) need not look the session up again.
 */
public final class SignedIn {
    static final String ATTRIBUTE = "taskboard.signedInUserId";

    private SignedIn() {
    }

    public static Optional<String> userId(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }

    static void remember(Context ctx, String userId) {
        ctx.attribute(ATTRIBUTE, userId);
    }
}
