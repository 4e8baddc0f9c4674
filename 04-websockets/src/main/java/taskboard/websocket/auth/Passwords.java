package taskboard.websocket.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * L12: password hashing with the JDK's PBKDF2-HMAC-SHA256. A random salt per password makes equal
 * passwords hash differently; many iterations make each guess slow (OWASP suggests 600,000).
 * Run {@code main} to make a credential row for a new password.
 */
public final class Passwords {
    public static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A stored credential: base64 salt, base64 hash, and the iterations that made it. */
    public record Credential(String salt, String hash, int iterations) {
    }

    private Passwords() {
    }

    public static Credential hash(String password) {
        return hash(password, ITERATIONS);
    }

    /** A credential with a chosen iteration count (stored with it, so it can be raised later). */
    public static Credential hash(String password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new Credential(encode(salt), encode(derive(password, salt, iterations)), iterations);
    }

    /** True when {@code password} is the one behind {@code credential}, compared in constant time. */
    public static boolean verify(String password, Credential credential) {
        byte[] expected = Base64.getDecoder().decode(credential.hash());
        byte[] actual = derive(password, Base64.getDecoder().decode(credential.salt()), credential.iterations());
        return MessageDigest.isEqual(expected, actual);
    }

    /** Does the same work as a real check, so an unknown email takes as long as a wrong password. */
    public static void verifyNothing(String password) {
        derive(password, new byte[SALT_BYTES], ITERATIONS);
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Prints an INSERT for {@code credentials}: {@code java Passwords.java user-id password}. */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: Passwords <user-id> <password>");
            return;
        }
        Credential c = hash(args[1]);
        System.out.printf("INSERT OR IGNORE INTO credentials (user_id, salt, hash, iterations) VALUES ('%s', '%s', '%s', %d);%n",
                args[0], c.salt(), c.hash(), c.iterations());
    }
}
