-- L18 challenge C3 (offline support): a create replayed by a client coming back online must not
-- make a second task. Each Idempotency-Key a user sent is claimed before the create runs, then
-- completed with the answer it got; a claim without an answer is a create still in progress.
CREATE TABLE IF NOT EXISTS idempotent_creates (
  user_id      TEXT NOT NULL,
  key          TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  task_id      TEXT,
  response     TEXT,
  created_at   TEXT NOT NULL,
  PRIMARY KEY (user_id, key)
);
CREATE INDEX IF NOT EXISTS idempotent_creates_by_age ON idempotent_creates(created_at);
