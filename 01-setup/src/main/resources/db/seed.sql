-- L2: the course's seed data. Start-up runs this only when the database has no users.
INSERT INTO users (id, name, email) VALUES
  ('user-alice', 'Alice', 'alice@example.com'),
  ('user-bob',   'Bob',   'bob@example.com');

INSERT INTO boards (id, name, created_at) VALUES
  ('board-1', 'Sprint 12', '2026-01-05T09:00:00.000Z');

INSERT INTO lists (id, board_id, name, position) VALUES
  ('list-todo',     'board-1', 'To Do',       0),
  ('list-progress', 'board-1', 'In Progress', 1),
  ('list-done',     'board-1', 'Done',        2);

INSERT INTO tasks (id, list_id, title, description, assignee_id, position, created_at, updated_at) VALUES
  ('task-1', 'list-todo',     'Design login page',   NULL, 'user-alice', 0, '2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z'),
  ('task-2', 'list-todo',     'Set up CI pipeline',  NULL, 'user-bob',   1, '2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z'),
  ('task-3', 'list-progress', 'Build API endpoints', NULL, 'user-alice', 0, '2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z'),
  ('task-4', 'list-done',     'Write project brief', NULL, 'user-bob',   0, '2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z');
