// L17: the fallback chain for board events, WebSocket -> SSE -> long polling -> short polling.
// ?transport=websocket|sse|longpoll|shortpoll forces one so a student can watch each at work.
// Presence, typing and cursors stay on the WebSocket whatever carries the board events.
import { ApiError } from './api.js';
import { SseTransport, LongPollTransport, ShortPollTransport } from './transports.js';

export const CHAIN = ['websocket', 'sse', 'longpoll', 'shortpoll'];
export const LABELS = { websocket: 'WebSocket', sse: 'SSE', longpoll: 'long polling', shortpoll: 'short polling' };

/**
 * Board events from the shared BoardSocket. A rejoin sends the last event id, so the server
 * replays the gap (L13); only a first join, or the server's resync message, reloads the board.
 */
class WebSocketTransport {
  name = 'websocket';
  constructor(ctx) { this.ctx = ctx; }
  start() { this.ctx.socketEvents = true; if (this.ctx.socket.everJoined) this.ctx.resync(this.name); }
  stop() { this.ctx.socketEvents = false; }
}

const TRANSPORTS = { websocket: WebSocketTransport, sse: SseTransport, longpoll: LongPollTransport, shortpoll: ShortPollTransport };

export class Realtime {
  /** hooks: {status(state, transport, forced), live(), applied(event, via), unauthorized()} */
  constructor({ api, store, boardId, forced, pollInterval, hooks }) {
    this.api = api;
    this.store = store;
    this.boardId = boardId;
    this.forced = CHAIN.includes(forced) ? forced : null;
    this.pollInterval = pollInterval;
    this.hooks = hooks;
    this.buffers = new Set(); // one per resync in flight
    this.socketFailures = 0;
  }

  start(socket) {
    this.socket = socket;
    this.use(this.forced ?? CHAIN[0]);
  }

  stop() { this.current?.stop(); this.current = null; }

  use(name) {
    this.current?.stop();
    const transport = new TRANSPORTS[name](this.context());
    this.current = transport;
    this.status('connecting');
    transport.start();
  }

  /** What a transport may call: apply, resync, status, failed. */
  context() {
    const self = this;
    return {
      api: this.api, boardId: this.boardId, pollInterval: this.pollInterval, socket: this.socket,
      set socketEvents(on) { self.socketEvents = on; },
      apply: (event, via) => this.apply(event, via),
      resync: (via, snapshot) => this.resync(via, snapshot),
      reload: tasks => this.store.load(this.store.lists, tasks),
      status: state => this.status(state),
      failed: transport => this.failed(transport),
    };
  }

  /** From the BoardSocket: the socket is up or down; it matters here when it carries the events. */
  socketJoined(fresh) {
    if (this.current?.name !== 'websocket') return;
    this.status('live');
    if (fresh) this.resync('websocket');
  }

  socketResync() { if (this.socketEvents) this.resync('websocket'); }

  socketDown(everJoined) {
    if (this.current?.name !== 'websocket') return;
    if (!everJoined && ++this.socketFailures >= 2) this.failed(this.current);
    else this.status('connecting');
  }

  socketEvent(event) { if (this.socketEvents) this.apply(event, 'websocket'); }

  apply(event, via) {
    if (via !== this.current?.name) return; // only the chosen transport speaks for the board
    this.buffers.forEach(buffer => buffer.push(event));
    if (this.store.apply(event)) this.hooks.applied?.(event, via);
  }

  /**
   * Reloads the board after a gap. Events that arrive while the snapshot is on its way are kept
   * and applied again on top of it, so a change made during the reload is never lost.
   * A transport may bring its own snapshot ({tasks, cursor}); pollers get their cursor back.
   */
  async resync(via, snapshot = () => this.api.tasks(this.boardId).then(tasks => ({ tasks, cursor: null }))) {
    if (via !== this.current?.name) return null;
    const late = [];
    this.buffers.add(late);
    try {
      const [lists, board] = await Promise.all([this.api.lists(this.boardId), snapshot()]);
      this.store.load(lists, board.tasks);
      late.forEach(event => this.store.apply(event));
      return board.cursor;
    } catch (e) {
      if (via === 'longpoll' || via === 'shortpoll') throw e; // the polling loop retries with its own backoff
      if (e instanceof ApiError && e.status === 401) { this.hooks.unauthorized?.(); return null; }
      setTimeout(() => this.resync(via, snapshot), 2000); // a push transport has no loop: try again shortly
      return null;
    } finally {
      this.buffers.delete(late);
    }
  }

  failed(transport) {
    if (this.forced || transport !== this.current) return false;
    const next = CHAIN[CHAIN.indexOf(transport.name) + 1];
    if (!next) return false; // short polling is the last resort: it keeps retrying
    this.use(next);
    return true;
  }

  status(state) {
    this.hooks.status?.(state, this.current?.name ?? 'none', Boolean(this.forced));
    if (state === 'live') this.hooks.live?.();
  }
}
