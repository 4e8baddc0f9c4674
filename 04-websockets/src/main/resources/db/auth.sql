-- L12: what authentication needs. Idempotent, so start-up can always run it.

-- One password credential per user: a random salt and the PBKDF2-HMAC-SHA256 hash of the
-- password with that salt, and the iteration count used (so it can be raised later).
CREATE TABLE IF NOT EXISTS credentials (
  user_id    TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  salt       TEXT NOT NULL,
  hash       TEXT NOT NULL,
  iterations INTEGER NOT NULL
);

-- A signed-in user: the token is the session cookie's value; it stops working when it expires.
-- No foreign key on user_id on purpose: sessions often live in another store (Redis, L16) and can
-- outlive their user, which the socket then refuses with "User not found".
CREATE TABLE IF NOT EXISTS sessions (
  token      TEXT PRIMARY KEY,
  user_id    TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_by_user ON sessions(user_id);

-- Who may see which board: access is data, not code.
CREATE TABLE IF NOT EXISTS board_members (
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  user_id  TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  PRIMARY KEY (board_id, user_id)
);

-- Demo credentials (see the README): alice@example.com / alice-password, bob@example.com / bob-password.
-- Generated with taskboard.websocket.auth.Passwords (600,000 iterations, 16-byte salt).
INSERT OR IGNORE INTO credentials (user_id, salt, hash, iterations)
  SELECT 'user-alice', '7OmbIaC1JUuQCsogoSoDXA==', 'NTyniHaCH9RFJO3LoshqcxjbYodtP4kXs//6jR6OHsY=', 600000
  WHERE EXISTS (SELECT 1 FROM users WHERE id = 'user-alice');
INSERT OR IGNORE INTO credentials (user_id, salt, hash, iterations)
  SELECT 'user-bob', 'OXuXTChXK4qXmrle2uZkGQ==', 'd42uCuEUp7AZ4DeXAmevSXDxslm7bveKCoggVcDXgLQ=', 600000
  WHERE EXISTS (SELECT 1 FROM users WHERE id = 'user-bob');

-- A second board that only Alice may see, so refusing a join can be tried out.
INSERT OR IGNORE INTO boards (id, name, created_at) VALUES
  ('board-private', 'Alice''s private board', '2026-01-06T09:00:00.000Z');
INSERT OR IGNORE INTO lists (id, board_id, name, position) VALUES
  ('private-todo', 'board-private', 'To Do', 0),
  ('private-done', 'board-private', 'Done',  1);

-- Alice and Bob both work on board-1; board-private is Alice's alone.
INSERT OR IGNORE INTO board_members (board_id, user_id)
  SELECT 'board-1', id FROM users WHERE id IN ('user-alice', 'user-bob')
  AND EXISTS (SELECT 1 FROM boards WHERE id = 'board-1');
INSERT OR IGNORE INTO board_members (board_id, user_id)
  SELECT 'board-private', 'user-alice' WHERE EXISTS (SELECT 1 FROM users WHERE id = 'user-alice');
