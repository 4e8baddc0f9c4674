// The board's state in the page: lists and the tasks in each list, in order.
// Every source of truth (a REST snapshot, a board event from any transport, a server reply, an
// optimistic guess) goes through here, so the rules for "which copy is newer" live in one place.

export class BoardStore {
  constructor() {
    this.lists = [];            // [{id, name, position}]
    this.tasks = new Map();     // id -> task {id, listId, title, position, version, ...}
    this.deleted = new Set();   // ids deleted on the server: a late, replayed event must not revive them
    this.listeners = [];
  }

  onChange(listener) { this.listeners.push(listener); }
  changed() { this.listeners.forEach(l => l(this)); }

  /** Replaces everything with a REST snapshot (first load, or a resync after a gap). */
  load(lists, tasks) {
    this.lists = [...lists].sort((a, b) => a.position - b.position);
    const pending = [...this.tasks.values()].filter(t => t.pending);
    this.tasks = new Map(tasks.map(t => [t.id, { ...t }]));
    pending.forEach(t => this.tasks.set(t.id, t)); // our own unconfirmed guesses survive a resync
    this.changed();
  }

  /** Applies a board event ({type, task} or {type, taskId}); true when it changed something. */
  apply(event) {
    switch (event.type) {
      case 'task_created':
      case 'task_updated':
      case 'task_moved':
        return this.upsert(event.task);
      case 'task_deleted':
        return this.remove(event.taskId);
      default:
        return false;
    }
  }

  /** Takes a server copy of a task unless we already hold the same or a newer version. */
  upsert(task) {
    if (this.deleted.has(task.id)) return false;
    const current = this.tasks.get(task.id);
    if (current && !current.pending && (current.version ?? 0) >= (task.version ?? 0)) return false;
    this.place({ ...task, pending: false });
    this.changed();
    return true;
  }

  remove(taskId) {
    this.deleted.add(taskId);
    const current = this.tasks.get(taskId);
    if (!current) return false;
    this.tasks.delete(taskId);
    this.renumber(current.listId);
    this.changed();
    return true;
  }

  /** The tasks of one list in position order. */
  tasksIn(listId) {
    return [...this.tasks.values()].filter(t => t.listId === listId).sort((a, b) => a.position - b.position);
  }

  get(taskId) { return this.tasks.get(taskId); }

  // --- optimistic changes (C2): applied at once, confirmed or rolled back by the server's answer ---

  /** Shows a task as we expect the server to make it; returns the copy it replaced (or null). */
  guess(task) {
    const before = this.tasks.get(task.id);
    this.place({ ...task, pending: true });
    this.changed();
    return before ? { ...before } : null;
  }

  /** Hides a task we asked the server to delete; returns it, to put back if the server refuses. */
  guessRemoval(taskId) {
    const before = this.tasks.get(taskId);
    if (!before) return null;
    this.tasks.delete(taskId);
    this.renumber(before.listId);
    this.changed();
    return { ...before };
  }

  /**
   * Undoes one refused guess: the task goes back to its copy from before (or away, if it was new).
   * Only that task: other users' changes that arrived meanwhile stay, and if the server has sent
   * this task since (it is no longer our pending guess), the server's copy stays too.
   */
  rollback(taskId, before) {
    const current = this.tasks.get(taskId);
    if (current && !current.pending) return;
    if (before && !this.deleted.has(taskId)) {
      this.place({ ...before, pending: false });
    } else if (current) {
      this.tasks.delete(taskId);
      this.renumber(current.listId);
    }
    this.changed();
  }

  /** Swaps a temporary id for the server's task (or drops it if the event got here first). */
  confirm(tempId, task) {
    this.tasks.delete(tempId);
    if (!this.deleted.has(task.id)) {
      const current = this.tasks.get(task.id);
      if (!current || (current.version ?? 0) < (task.version ?? 0)) this.place({ ...task, pending: false });
    }
    this.renumberAll();
    this.changed();
  }

  // Puts a task at its position in its list and keeps positions dense, as the server does.
  place(task) {
    const old = this.tasks.get(task.id);
    this.tasks.delete(task.id);
    if (old && old.listId !== task.listId) this.renumber(old.listId);
    const siblings = this.tasksIn(task.listId);
    const at = Math.max(0, Math.min(task.position ?? siblings.length, siblings.length));
    siblings.splice(at, 0, task);
    this.tasks.set(task.id, task);
    siblings.forEach((t, i) => { t.position = i; });
  }

  renumber(listId) { this.tasksIn(listId).forEach((t, i) => { t.position = i; }); }
  renumberAll() { this.lists.forEach(l => this.renumber(l.id)); }
}
