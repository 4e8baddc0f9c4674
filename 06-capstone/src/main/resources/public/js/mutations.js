// C2 and C3: every change shows at once (optimistic), is confirmed or rolled back by the server,
// and waits in an offline queue (kept in localStorage) when the server cannot be reached.
// Replays are safe: a create carries its Idempotency-Key, and updates carry the version we saw,
// so the server answers 409 with its own task when someone else changed it first.
import { ApiError, OfflineError } from './api.js';

export class Mutations {
  /** notify(message), onQueue(size), unauthorized() */
  constructor(api, store, hooks) {
    this.api = api;
    this.store = store;
    this.hooks = hooks;
    this.queueKey = `taskboard.queue.${api.user?.id ?? 'anonymous'}`;
  }

  create(title, listId) {
    const key = crypto.randomUUID();
    const op = { kind: 'create', key, tempId: `pending-${key}`, fields: { title, listId, assigneeId: this.api.user?.id } };
    return this.submit(op, () => this.store.guess(this.guessOf(op)));
  }

  edit(id, title) {
    const task = this.saved(id);
    if (!task) return;
    const op = { kind: 'update', id, patch: { title }, version: task.version };
    return this.submit(op, () => this.store.guess({ ...task, title }));
  }

  move(id, listId, position) {
    const task = this.saved(id);
    if (!task || (task.listId === listId && task.position === position)) return;
    const op = { kind: 'move', id, listId, position, version: task.version };
    return this.submit(op, () => this.store.guess({ ...task, listId, position }));
  }

  remove(id) {
    const task = this.saved(id);
    if (!task) return;
    const op = { kind: 'delete', id, version: task.version };
    return this.submit(op, () => this.store.guessRemoval(id));
  }

  /** A task the server has: one still being created has no id there to change yet. */
  saved(id) {
    const task = this.store.get(id);
    if (task?.id.startsWith('pending-')) { this.hooks.notify('Just a moment: that task is still being saved'); return null; }
    return task;
  }

  /** Shows the change, then sends it; while anything is queued, it queues too, to keep the order. */
  async submit(op, show) {
    const before = show();
    if (this.queue().length > 0) { this.enqueue(op); return this.replay(); }
    try {
      this.settle(op, await this.send(op));
    } catch (e) {
      if (e instanceof OfflineError) { this.enqueue(op); this.hooks.notify('Offline: the change is saved and will be sent when the server is back'); }
      else this.refused(op, e, before);
    }
  }

  /** Sends the queued changes in order; stops at the first one that still cannot reach the server. */
  async replay() {
    if (this.replaying) return;
    this.replaying = true;
    try {
      let op;
      while ((op = this.queue()[0])) {
        try {
          this.settle(op, await this.send(op));
        } catch (e) {
          if (e instanceof OfflineError) return;
          this.refused(op, e, undefined);
        }
        this.dequeue(op);
      }
    } finally {
      this.replaying = false;
      this.hooks.onQueue(this.queue().length);
    }
  }

  /** After a reload, queued creates are shown again as pending cards. */
  showQueued() { this.queue().filter(op => op.kind === 'create').forEach(op => this.store.guess(this.guessOf(op))); }

  send(op) {
    switch (op.kind) {
      case 'create': return this.api.createTask(op.fields, op.key);
      case 'update': return this.api.updateTask(op.id, op.patch, op.version);
      case 'move': return this.api.moveTask(op.id, op.listId, op.position, op.version);
      default: return this.api.deleteTask(op.id, op.version);
    }
  }

  settle(op, task) {
    if (op.kind === 'create') this.store.confirm(op.tempId, task);
    else if (op.kind === 'delete') this.store.remove(op.id);
    else if (task) this.store.upsert(task);
  }

  // The server said no. A conflict or a vanished task: the server's state wins. Anything else:
  // undo the guess (before: the task's copy from before it; undefined for a replay from the queue).
  refused(op, error, before) {
    if (!(error instanceof ApiError)) throw error;
    const current = error.body?.task;
    if (error.status === 401) { this.hooks.unauthorized(); return; }
    if (error.status === 409 && current) {
      this.store.upsert(current);
      this.hooks.notify(`Someone else changed "${current.title}" first: showing their version`);
      return;
    }
    if (error.status === 404 && op.kind !== 'create') {
      this.store.remove(op.id);
      this.hooks.notify('That task was deleted by someone else');
      return;
    }
    if (before !== undefined) this.store.rollback(op.tempId ?? op.id, before);
    else if (op.kind === 'create') this.store.rollback(op.tempId, null);
    else this.hooks.resync(); // a queued change was refused after a reload: reload the board to undo it
    this.hooks.notify(`Not saved: ${error.message}${issues(error.body)}`);
  }

  guessOf(op) {
    return { id: op.tempId, title: op.fields.title, listId: op.fields.listId, assigneeId: op.fields.assigneeId,
      position: this.store.tasksIn(op.fields.listId).length, version: 0 };
  }

  queue() { return JSON.parse(localStorage.getItem(this.queueKey) || '[]'); }
  enqueue(op) { this.save([...this.queue(), op]); }
  dequeue(op) { this.save(this.queue().filter(q => JSON.stringify(q) !== JSON.stringify(op))); }
  save(queue) { localStorage.setItem(this.queueKey, JSON.stringify(queue)); this.hooks.onQueue(queue.length); }
}

function issues(body) {
  const list = body?.issues ?? [];
  return list.length ? ` (${list.map(i => `${i.path}: ${i.message}`).join('; ')})` : '';
}
