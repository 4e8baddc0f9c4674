// Board-event transports (L3-L8): each delivers the board's events to ctx.apply(event, name) and
// says when it cannot work at all (ctx.failed(this)), so the chain in realtime.js can fall back.
// They never fetch the board themselves: after any gap they call ctx.resync(), which reloads it.

const BOARD_EVENTS = ['task_created', 'task_updated', 'task_moved', 'task_deleted'];

/** SSE (L5-L8): named events with ids; the browser resends Last-Event-ID when it reconnects. */
export class SseTransport {
  name = 'sse';

  constructor(ctx) { this.ctx = ctx; this.failures = 0; this.everConnected = false; }

  start() { this.open(); }

  stop() { this.stopped = true; clearTimeout(this.timer); this.source?.close(); }

  open() {
    // A fresh EventSource has no Last-Event-ID to send, so whatever happened before it opened is
    // fetched once it is connected (resync). Its own automatic reconnects resume by id instead.
    const source = new EventSource(`/boards/${encodeURIComponent(this.ctx.boardId)}/events`);
    this.source = source;
    let fresh = true;
    source.onmessage = e => {
      const message = parse(e.data);
      if (message?.type === 'connected') {
        this.failures = 0;
        this.everConnected = true;
        this.ctx.status('live');
        if (fresh) this.ctx.resync(this.name);
        fresh = false;
      } else if (message?.type) {
        this.ctx.apply(message, this.name);
      }
    };
    BOARD_EVENTS.forEach(type => source.addEventListener(type, e => {
      const event = parse(e.data);
      if (event) this.ctx.apply(event, this.name, e.lastEventId);
    }));
    // The server could not replay the gap (too old, or lost in a restart): reload the board.
    source.addEventListener('resync', () => this.ctx.resync(this.name));
    source.onerror = () => {
      if (this.stopped) return;
      // Never connected at all (blocked, no such endpoint): after two tries, let the chain move on.
      if (!this.everConnected && ++this.failures >= 2 && this.ctx.failed(this)) { source.close(); return; }
      if (source.readyState !== EventSource.CLOSED) {
        this.ctx.status('connecting'); // the browser reconnects by itself, with Last-Event-ID
        return;
      }
      // The EventSource gave up for good (any non-200 answer): make a new one, with backoff.
      source.close();
      if (this.everConnected) this.failures++;
      this.ctx.status('connecting');
      this.timer = setTimeout(() => this.open(), backoff(this.failures));
    };
  }
}

/** Polling (L3, L4): a loop of requests, each carrying the cursor the previous answer gave. */
class PollingTransport {
  constructor(ctx) { this.ctx = ctx; this.failures = 0; this.everConnected = false; this.cursor = null; }

  start() { this.loop(); }

  stop() { this.stopped = true; this.abort?.abort(); }

  async loop() {
    while (!this.stopped) {
      try {
        if (this.cursor === null) {
          this.cursor = await this.ctx.resync(this.name, () => this.snapshot());
          this.ctx.status('live'); // the server answers; a long poll may now wait 30 s for news
        }
        this.abort = new AbortController();
        const response = await fetch(this.url(), { credentials: 'same-origin', signal: this.abort.signal });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        this.failures = 0;
        this.everConnected = true;
        this.ctx.status('live');
        await this.take(await response.json());
        await this.pause();
      } catch (e) {
        if (this.stopped) return;
        this.failures++;
        if (!this.everConnected && this.failures >= 2 && this.ctx.failed(this)) return;
        this.ctx.status('connecting');
        await sleep(backoff(this.failures));
      }
    }
  }

  pause() { return Promise.resolve(); }
}

/**
 * L4: GET /boards/{id}/poll?cursor=N waits until the board has events after N (or times out).
 * The cursor is an event id, so nothing falls between two polls.
 */
export class LongPollTransport extends PollingTransport {
  name = 'longpoll';

  url() { return `/boards/${encodeURIComponent(this.ctx.boardId)}/poll?cursor=${this.cursor}`; }

  async take(body) {
    if (body.reset) {
      // The server cannot continue from our cursor: start again from its newest event, and reload.
      this.cursor = body.cursor;
      await this.ctx.resync(this.name, () => this.snapshot());
      return;
    }
    (body.data ?? []).forEach(event => this.ctx.apply(event, this.name));
    this.cursor = body.cursor ?? this.cursor;
  }

  /**
   * The board, and the event id it is up to date with. /updates names that id in its ETag
   * (W/"<latest event id>-all"), read before the tasks: polling on from it can repeat a change
   * the snapshot already has (harmless: the store keeps the newer version), never miss one.
   */
  async snapshot() {
    const response = await fetch(`/boards/${encodeURIComponent(this.ctx.boardId)}/updates`, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const latest = /^(?:W\/)?"(\d+)-/.exec(response.headers.get('ETag') ?? '');
    return { tasks: (await response.json()).data, cursor: latest ? Number(latest[1]) : this.cursor ?? 0 };
  }
}

/** L3: GET /boards/{id}/updates?since=<time> every few seconds (?interval=ms in the page URL). */
export class ShortPollTransport extends PollingTransport {
  name = 'shortpoll';

  url() { return `/boards/${encodeURIComponent(this.ctx.boardId)}/updates?since=${encodeURIComponent(this.cursor)}`; }

  async take(body) {
    if (body.reset) {
      this.ctx.reload(body.data); // older deletions are gone from the log: this is the whole board
    } else {
      (body.data ?? []).forEach(task => this.ctx.apply({ type: 'task_updated', task }, this.name));
      (body.deleted ?? []).forEach(taskId => this.ctx.apply({ type: 'task_deleted', taskId }, this.name));
    }
    this.cursor = body.timestamp ?? this.cursor;
  }

  async snapshot() {
    const body = await this.ctx.api.request('GET', `/boards/${encodeURIComponent(this.ctx.boardId)}/updates`);
    return { tasks: body.data, cursor: body.timestamp };
  }

  pause() { return sleep(this.ctx.pollInterval ?? 5000); }
}

/** Exponential backoff with full jitter (L13): 1 s doubling to a 30 s cap, a random part of it. */
export function backoff(attempt, base = 1000, cap = 30000) {
  return Math.random() * Math.min(cap, base * 2 ** Math.max(0, attempt - 1));
}

function sleep(ms) { return new Promise(resolve => setTimeout(resolve, ms)); }
function parse(text) { try { return JSON.parse(text); } catch { return null; } }
