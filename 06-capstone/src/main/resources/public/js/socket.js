// The board's WebSocket (L10-L15, C1): presence, typing and cursors, and board events when the
// chain picks WebSocket. It reconnects by itself with jittered backoff (L13) and rejoins the board.
import { backoff } from './transports.js';

const NO_RECONNECT = new Set([1000, 4001, 4003]); // normal close, not signed in, not allowed
const TYPING_RENEW_MS = 2000;  // re-send "typing" while the user keeps typing
const TYPING_IDLE_MS = 3000;   // then say stop_typing once they pause
const CURSOR_EVERY_MS = 50;    // at most 20 cursor messages a second (C1)
const PING_EVERY_MS = 25000;   // our own liveness check, under the server's 30 s

export class BoardSocket {
  /** on: {open, joined, presence, userJoined, userLeft, typing, cursor, boardEvent, closed, gaveUp} */
  constructor(api, boardId, on) {
    this.api = api;
    this.boardId = boardId;
    this.on = on;
    this.attempt = 0;
    this.everJoined = false;
  }

  start() { this.stopped = false; this.connect(); }

  stop() {
    this.stopped = true;
    clearTimeout(this.retry);
    clearInterval(this.pinger);
    this.ws?.close(1000, 'page closed');
  }

  get open() { return this.ws?.readyState === WebSocket.OPEN; }

  connect() {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    // The session cookie goes with the upgrade (L12): nothing secret in the URL.
    const ws = new WebSocket(`${scheme}://${location.host}/ws`);
    this.ws = ws;
    ws.onopen = () => {
      // Rejoining with the last event id we have: the server replays what we missed (or says resync).
      const join = { type: 'join', boardId: this.boardId };
      if (this.lastEventId != null) join.lastEventId = this.lastEventId;
      this.send(join);
      this.awaitingPong = false;
      clearInterval(this.pinger);
      this.pinger = setInterval(() => this.checkAlive(), PING_EVERY_MS);
    };
    ws.onmessage = e => this.dispatch(e.data);
    ws.onclose = e => this.closed(ws, e);
  }

  dispatch(text) {
    let m;
    try { m = JSON.parse(text); } catch { return; }
    const user = { userId: m.userId ?? m.user?.id ?? m.user?.userId, name: m.name ?? m.user?.name ?? m.userName };
    switch (m.type) {
      case 'joined':
        this.attempt = 0; // reset the backoff only once really back (L13)
        const fresh = this.lastEventId == null;
        this.lastEventId = Math.max(this.lastEventId ?? 0, m.lastEventId ?? 0);
        this.on.joined?.(m, fresh);
        this.everJoined = true;
        if (m.viewers && Array.isArray(m.viewers)) this.on.presence?.(m.viewers);
        break;
      case 'presence': this.on.presence?.(m.viewers ?? []); break;
      case 'user_joined': this.on.userJoined?.(user); break;
      case 'user_left': this.on.userLeft?.(user); break;
      case 'user_typing': this.on.typing?.(user, m.typing !== false); break;
      case 'user_stopped_typing':
      case 'user_stop_typing':
      case 'stop_typing': this.on.typing?.(user, false); break;
      case 'cursor':
      case 'user_cursor': this.on.cursor?.(user, m.x, m.y); break;
      case 'ping': this.send({ type: 'pong' }); break;
      case 'pong': this.awaitingPong = false; break;
      case 'task_created': case 'task_updated': case 'task_moved': case 'task_deleted':
        if (m.eventId != null) this.lastEventId = Math.max(this.lastEventId ?? 0, m.eventId);
        this.on.boardEvent?.(m);
        break;
      case 'resync': this.on.resync?.(m); break;
      default:
        if (m.error) console.warn('WebSocket error message:', m.error);
    }
  }

  closed(ws, e) {
    clearInterval(this.pinger);
    if (ws !== this.ws) return;
    this.on.closed?.(e);
    if (this.stopped) return;
    if (NO_RECONNECT.has(e.code)) { this.on.gaveUp?.(e); return; }
    this.attempt++;
    this.retry = setTimeout(() => this.connect(), backoff(this.attempt));
  }

  // A socket can look open for minutes after the network died (L13): no pong in time, start over.
  checkAlive() {
    if (this.awaitingPong) { this.ws.close(4000, 'no pong'); return; }
    this.awaitingPong = true;
    this.send({ type: 'ping' });
  }

  /** Call on every keystroke: sends typing at most every 2 s and stop_typing after a pause. */
  typing() {
    const now = Date.now();
    if (!this.typingSince || now - this.typingSince > TYPING_RENEW_MS) {
      this.typingSince = now;
      this.send({ type: 'typing', boardId: this.boardId });
    }
    clearTimeout(this.typingIdle);
    this.typingIdle = setTimeout(() => this.stopTyping(), TYPING_IDLE_MS);
  }

  stopTyping() {
    clearTimeout(this.typingIdle);
    if (!this.typingSince) return;
    this.typingSince = 0;
    this.send({ type: 'stop_typing', boardId: this.boardId });
  }

  /** C1: the pointer as fractions of the board, throttled; the last position is never lost. */
  cursor(x, y) {
    this.nextCursor = { x, y };
    if (this.cursorTimer) return;
    this.cursorTimer = setTimeout(() => {
      this.cursorTimer = null;
      this.send({ type: 'cursor', boardId: this.boardId, ...this.nextCursor });
    }, CURSOR_EVERY_MS);
  }

  send(message) {
    if (this.open) this.ws.send(JSON.stringify(message));
  }
}
