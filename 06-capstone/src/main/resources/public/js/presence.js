// L15 and C1 in the page: who is here (avatars), who is typing, and where their pointers are.
// Names come from other users: they are always set as textContent, never as HTML.

const TYPING_EXPIRES_MS = 6000; // if a stop_typing is lost, the indicator still goes away

export class PresenceView {
  constructor(me) {
    this.me = me;
    this.viewers = new Map();  // userId -> {userId, name}
    this.typists = new Map();  // userId -> {name, timer}
    this.cursors = new Map();  // userId -> element
    this.avatars = document.getElementById('presence');
    this.typingLine = document.getElementById('typing');
    this.cursorLayer = document.getElementById('cursors');
  }

  setViewers(viewers) {
    this.viewers = new Map(viewers.map(v => [v.userId ?? v.id, { userId: v.userId ?? v.id, name: v.name }]));
    this.render();
  }

  joined(user) {
    if (!user.userId) return;
    this.viewers.set(user.userId, user);
    this.render();
  }

  left(user) {
    this.viewers.delete(user.userId);
    this.typing(user, false);
    this.cursors.get(user.userId)?.remove();
    this.cursors.delete(user.userId);
    this.render();
  }

  /** Every viewer except ourselves goes away when our socket drops: they may be gone by the rejoin. */
  clear() { this.setViewers([]); [...this.typists.keys()].forEach(id => this.typing({ userId: id }, false)); }

  typing(user, on) {
    const current = this.typists.get(user.userId);
    if (current) clearTimeout(current.timer);
    if (on && user.userId !== this.me.id) {
      const name = user.name ?? this.viewers.get(user.userId)?.name ?? 'Someone';
      const timer = setTimeout(() => this.typing(user, false), TYPING_EXPIRES_MS);
      this.typists.set(user.userId, { name, timer });
    } else {
      this.typists.delete(user.userId);
    }
    const names = [...this.typists.values()].map(t => t.name);
    this.typingLine.textContent = names.length === 0 ? ''
      : names.length === 1 ? `${names[0]} is typing...`
        : `${names.slice(0, -1).join(', ')} and ${names.at(-1)} are typing...`;
  }

  /** C1: x and y are fractions of the board's size, so different window sizes still line up. */
  cursor(user, x, y) {
    if (user.userId === this.me.id || typeof x !== 'number' || typeof y !== 'number') return;
    let el = this.cursors.get(user.userId);
    if (!el) {
      el = document.createElement('div');
      el.className = 'cursor';
      el.dataset.userId = user.userId;
      el.style.setProperty('--who', colour(user.userId));
      el.textContent = user.name ?? this.viewers.get(user.userId)?.name ?? user.userId;
      this.cursorLayer.append(el);
      this.cursors.set(user.userId, el);
    }
    el.style.left = `${(x * 100).toFixed(2)}%`;
    el.style.top = `${(y * 100).toFixed(2)}%`;
  }

  render() {
    const avatars = [...this.viewers.values()].map(v => {
      const el = document.createElement('span');
      el.className = 'avatar';
      el.dataset.userId = v.userId;
      el.title = v.name ?? v.userId;
      el.textContent = (v.name ?? v.userId ?? '?').trim().charAt(0).toUpperCase();
      el.style.background = colour(v.userId);
      return el;
    });
    this.avatars.replaceChildren(...avatars);
  }
}

/** A stable colour per user, so Alice is the same colour in every tab. */
export function colour(userId = '') {
  let hash = 0;
  for (const ch of userId) hash = (hash * 31 + ch.charCodeAt(0)) | 0;
  return `hsl(${Math.abs(hash) % 360} 60% 40%)`;
}
