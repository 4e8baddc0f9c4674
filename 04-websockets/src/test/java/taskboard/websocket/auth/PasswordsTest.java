package taskboard.websocket.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void a_password_verifies_against_its_own_hash_only() {
        Passwords.Credential credential = Passwords.hash("correct horse", 1000); // fewer iterations: a fast unit test
        assertTrue(Passwords.verify("correct horse", credential));
        assertFalse(Passwords.verify("correct horse ", credential));
        assertEquals(1000, credential.iterations());
    }

    @Test
    void equal_passwords_get_different_salts_and_hashes() {
        Passwords.Credential one = Passwords.hash("same", 1000);
        Passwords.Credential two = Passwords.hash("same", 1000);
        assertNotEquals(one.salt(), two.salt());
        assertNotEquals(one.hash(), two.hash());
    }

    @Test
    void new_credentials_use_the_slow_default() {
        assertEquals(600_000, Passwords.ITERATIONS);
    }

    @Test
    void the_seeded_demo_credentials_match_the_documented_passwords() {
        assertTrue(Passwords.verify("alice-password", new Passwords.Credential(
                "7OmbIaC1JUuQCsogoSoDXA==", "NTyniHaCH9RFJO3LoshqcxjbYodtP4kXs//6jR6OHsY=", 600_000)));
        assertTrue(Passwords.verify("bob-password", new Passwords.Credential(
                "OXuXTChXK4qXmrle2uZkGQ==", "d42uCuEUp7AZ4DeXAmevSXDxslm7bveKCoggVcDXgLQ=", 600_000)));
    }
}
