-- L18 challenge C3 (offline support): a create replayed by a client coming back online must not
-- make a second task. Each Idempotency-Key a user sent is remembered with the answer it got.
CREATE TABLE IF NOT EXISTS idempotency_keys (
  user_id      TEXT NOT NULL,
  key          TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  task_id      TEXT NOT NULL,
  response     TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  PRIMARY KEY (user_id, key)
);
CREATE INDEX IF NOT EXISTS idempotency_keys_by_age ON idempotency_keys(created_at);
