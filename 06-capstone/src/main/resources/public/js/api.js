// The REST side of the board (L2, L12, C3): every request the page makes goes through here, with
// the session cookie, and every failure becomes one of two errors the page understands.

/** The server answered, and said no: status, message and the current task when it sent one. */
export class ApiError extends Error {
  constructor(status, body) {
    super(body?.error || `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

/** The request never got an answer: the network or the server is down. Worth queueing (C3). */
export class OfflineError extends Error {}

export class Api {
  // The session is the HttpOnly "session" cookie the server sets at sign-in (L12): fetch,
  // EventSource and the WebSocket upgrade all carry it, and no page script (so no injected
  // script either) can read it. The page only keeps who is signed in.
  constructor() {
    this.user = null;
  }

  get signedIn() { return Boolean(this.user); }

  /** Who the cookie belongs to, or null when nobody is signed in (401). */
  async me() {
    try {
      this.user = await this.request('GET', '/auth/me');
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) this.user = null;
      else throw e;
    }
    return this.user;
  }

  async signIn(email, password) {
    const body = await this.request('POST', '/auth/login', { email, password });
    this.user = body.user;
    return this.user;
  }

  async signOut() {
    try { await this.request('POST', '/auth/logout'); } catch { /* signed out locally anyway */ }
    this.user = null;
  }

  boards() { return this.request('GET', '/boards').then(b => b.data); }
  lists(boardId) { return this.request('GET', `/boards/${enc(boardId)}/lists`).then(b => b.data); }
  tasks(boardId) { return this.request('GET', `/boards/${enc(boardId)}/tasks`).then(b => b.data); }

  /** C3: the idempotency key makes a create that is sent twice (a replay) create one task. */
  createTask(fields, idempotencyKey) {
    return this.request('POST', '/tasks', fields, { 'Idempotency-Key': idempotencyKey });
  }

  /** C3: If-Match carries the version we saw; the server answers 409 with its task if it moved on. */
  updateTask(id, patch, version) {
    return this.request('PATCH', `/tasks/${enc(id)}`, patch, ifMatch(version));
  }

  moveTask(id, listId, position, version) {
    return this.request('PATCH', `/tasks/${enc(id)}/move`, { listId, position }, ifMatch(version));
  }

  deleteTask(id, version) {
    return this.request('DELETE', `/tasks/${enc(id)}`, undefined, ifMatch(version));
  }

  async request(method, path, body, headers = {}) {
    const init = { method, headers: { Accept: 'application/json', ...headers }, credentials: 'same-origin' };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(path, init);
    } catch (e) {
      throw new OfflineError(`${method} ${path}: ${e.message}`);
    }
    if (response.status === 304) return null;
    const text = await response.text();
    const json = text ? safeJson(text) : null;
    if (!response.ok) throw new ApiError(response.status, json ?? { error: text || response.statusText });
    return json;
  }
}

function ifMatch(version) { return version ? { 'If-Match': `"${version}"` } : {}; }
function enc(s) { return encodeURIComponent(s); }
function safeJson(text) { try { return JSON.parse(text); } catch { return { error: text }; } }
