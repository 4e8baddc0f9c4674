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
    const source = new EventSource(this.ctx.api.withToken(`/boards/${encodeURIComponent(this.ctx.boardId)}/events`));
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
      if (source.readyState !== EventSource.CLOSED) {
        this.ctx.status('connecting'); // the browser reconnects by itself, with Last-Event-ID
        return;
      }
      // The EventSource gave up for good (any non-200 answer): make a new one, with backoff.
      source.close();
      this.failures++;
      if (!this.everConnected && this.failures >= 2 && this.ctx.failed(this)) return;
      this.ctx.status('connecting');
      this.timer = setTimeout(() => this.open(), backoff(this.failures));
    };
  }
}

/**
 * Polling (L3 short, L4 long): both ask /updates or /poll for what changed since the server's
 * last timestamp (cursor), so no change falls between two requests.
 */
class PollingTransport {
  constructor(ctx) { this.ctx = ctx; this.failures = 0; this.everConnected = false; }

  start() { this.loop(); }

  stop() { this.stopped = true; this.abort?.abort(); clearTimeout(this.timer); }

  async loop() {
    while (!this.stopped) {
      try {
        if (!this.cursor) {
          this.cursor = await this.ctx.resync(this.name);
          if (!this.cursor) throw new Error('no cursor');
        }
        this.abort = new AbortController();
        const response = await fetch(this.ctx.api.withToken(this.url()), {
          credentials: 'same-origin', signal: this.abort.signal,
          headers: this.ctx.api.token ? { Authorization: `Bearer ${this.ctx.api.token}` } : {},
        });
        if (response.status === 400 || response.status === 410) { this.cursor = null; continue; } // cursor refused: reload
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const body = response.status === 304 ? null : await response.json();
        this.failures = 0;
        this.everConnected = true;
        this.ctx.status('live');
        if (body) this.take(body);
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

  take(body) {
    if (body.timeout) return;
    for (const item of body.data ?? []) {
      if (item.type) this.ctx.apply(item, this.name);
      else if (item.deleted) this.ctx.apply({ type: 'task_deleted', taskId: item.id }, this.name);
      else this.ctx.apply({ type: 'task_updated', task: item }, this.name);
    }
    this.cursor = body.cursor ?? body.timestamp ?? this.cursor;
  }

  pause() { return Promise.resolve(); }
}

/** L4: the request waits at the server until something changes or it times out. */
export class LongPollTransport extends PollingTransport {
  name = 'longpoll';
  url() { return `/boards/${encodeURIComponent(this.ctx.boardId)}/poll?since=${encodeURIComponent(this.cursor)}`; }
}

/** L3: ask every few seconds (?interval=ms in the page URL to watch it faster). */
export class ShortPollTransport extends PollingTransport {
  name = 'shortpoll';
  url() { return `/boards/${encodeURIComponent(this.ctx.boardId)}/updates?since=${encodeURIComponent(this.cursor)}`; }
  pause() { return sleep(this.ctx.pollInterval ?? 5000); }
}

/** Exponential backoff with full jitter (L13): 1 s doubling to a 30 s cap, a random part of it. */
export function backoff(attempt, base = 1000, cap = 30000) {
  return Math.random() * Math.min(cap, base * 2 ** Math.max(0, attempt - 1));
}

function sleep(ms) { return new Promise(resolve => setTimeout(resolve, ms)); }
function parse(text) { try { return JSON.parse(text); } catch { return null; } }
