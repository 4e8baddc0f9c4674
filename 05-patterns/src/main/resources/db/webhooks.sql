-- L14: webhooks, the bus's consumer outside the server. Idempotent: start-up always runs it.
CREATE TABLE IF NOT EXISTS webhooks (
  id         TEXT PRIMARY KEY,
  board_id   TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  url        TEXT NOT NULL,
  secret     TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS webhooks_by_board ON webhooks(board_id);

-- One row per (webhook, event) that an instance has taken on: with several instances on one
-- database, whoever inserts the row first sends that event, so a receiver gets it once.
CREATE TABLE IF NOT EXISTS webhook_deliveries (
  webhook_id TEXT NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  PRIMARY KEY (webhook_id, seq)
);
