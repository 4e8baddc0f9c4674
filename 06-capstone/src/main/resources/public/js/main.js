// The live task board page (L18): signs in, loads the board, and wires the parts together.
// URL parameters: ?board=board-1, ?transport=websocket|sse|longpoll|shortpoll, ?interval=ms.
import { Api, ApiError } from './api.js';
import { BoardStore } from './store.js';
import { BoardView } from './render.js';
import { BoardSocket } from './socket.js';
import { PresenceView } from './presence.js';
import { Realtime, LABELS } from './realtime.js';
import { Mutations } from './mutations.js';

// The seeded demo users (04-websockets' README lists them too): one click to sign in as either.
export const DEMO_USERS = {
  alice: { email: 'alice@example.com', password: 'alice-password' },
  bob: { email: 'bob@example.com', password: 'bob-password' },
};

const params = new URLSearchParams(location.search);
const boardId = params.get('board') || 'board-1';
const api = new Api();
const $ = id => document.getElementById(id);

document.querySelectorAll('[data-demo-user]').forEach(b => b.addEventListener('click', () => {
  const demo = DEMO_USERS[b.dataset.demoUser];
  $('email').value = demo.email;
  $('password').value = demo.password;
  signIn(demo.email, demo.password);
}));
$('sign-in-form').addEventListener('submit', e => { e.preventDefault(); signIn($('email').value, $('password').value); });
$('sign-out').addEventListener('click', async () => { await api.signOut(); location.reload(); });

// Already signed in (the session cookie is still valid)? Then straight to the board.
api.me().then(user => (user ? openBoard() : showSignIn()),
  () => showSignIn('The server cannot be reached: reload the page when it is back'));

async function signIn(email, password) {
  $('sign-in-error').textContent = '';
  try {
    await api.signIn(email, password);
    openBoard();
  } catch (e) {
    $('sign-in-error').textContent = e instanceof ApiError ? e.message : 'The server cannot be reached';
  }
}

function showSignIn(message = '') {
  $('sign-in').hidden = false;
  $('board').hidden = true;
  $('sign-in-error').textContent = message;
}

function openBoard() {
  $('sign-in').hidden = true;
  $('board').hidden = false;
  $('me').textContent = api.user.name;
  $('sign-out').hidden = false;

  const store = new BoardStore();
  const presence = new PresenceView(api.user);
  let queued = 0; // changes waiting in the offline queue (C3), shown next to the transport
  let shown = { state: 'connecting', transport: 'none', forced: false };
  const expired = () => location.reload(); // the session ended: the reload asks for a sign-in
  const realtime = new Realtime({
    api, store, boardId, forced: params.get('transport'), pollInterval: Number(params.get('interval')) || undefined,
    hooks: {
      status: (state, transport, forced) => { shown = { state, transport, forced }; showStatus(shown, queued); },
      live: () => mutations.replay(),
      applied: (event, via) => { $('status').dataset.lastEventVia = via; },
      unauthorized: expired,
    },
  });
  const mutations = new Mutations(api, store, {
    notify: toast,
    onQueue: size => { queued = size; $('status').dataset.queued = size; showStatus(shown, queued); },
    unauthorized: expired,
    resync: () => realtime.resync(realtime.current?.name).catch(() => {}), // a poller retries by itself
  });
  const socket = new BoardSocket(api, boardId, {
    joined: (message, fresh) => realtime.socketJoined(fresh),
    resync: () => realtime.socketResync(),
    presence: viewers => presence.setViewers(viewers),
    userJoined: user => presence.joined(user),
    userLeft: user => presence.left(user),
    typing: (user, on) => presence.typing(user, on),
    cursor: (user, x, y) => presence.cursor(user, x, y),
    boardEvent: event => realtime.socketEvent(event),
    closed: () => { presence.clear(); realtime.socketDown(socket.everJoined); },
    gaveUp: e => { if (e.code === 4001) expired(); else toast(`Live presence is off: ${e.reason || e.code}`); },
  });
  const view = new BoardView(store, {
    edit: (id, title) => mutations.edit(id, title),
    remove: id => mutations.remove(id),
    move: (id, listId, position) => mutations.move(id, listId, position),
    typing: () => socket.typing(),
  });

  $('new-task').addEventListener('submit', e => {
    e.preventDefault();
    const title = $('new-task-title').value;
    if (!title.trim()) return;
    $('new-task-title').value = '';
    socket.stopTyping();
    mutations.create(title, $('new-task-list').value);
  });
  $('new-task-title').addEventListener('input', () => socket.typing());
  $('board').addEventListener('mousemove', e => {
    const box = $('board').getBoundingClientRect();
    socket.cursor((e.clientX - box.left) / box.width, (e.clientY - box.top) / box.height);
  });
  window.addEventListener('online', () => mutations.replay());
  window.addEventListener('offline', () => { shown = { ...shown, state: 'offline' }; showStatus(shown, queued); });

  loadBoard(store).then(() => {
    mutations.showQueued();
    view.render();
    socket.start();
    realtime.start(socket);
    mutations.replay();
  }).catch(e => {
    if (e instanceof ApiError && e.status === 401) expired();
    else if (e instanceof ApiError) { $('board-name').textContent = e.message; toast(e.message); } // 403, 404
    else toast('The server cannot be reached: reload the page when it is back');
  });
  window.taskboard = { api, store, realtime, socket, mutations }; // to explore from the browser console
}

async function loadBoard(store) {
  const [boards, lists, tasks] = await Promise.all([api.boards().catch(() => []), api.lists(boardId), api.tasks(boardId)]);
  const board = boards.find(b => b.id === boardId);
  $('board-name').textContent = board?.name ?? boardId;
  document.title = `${board?.name ?? boardId} - Task board`;
  store.load(lists, tasks);
}

function showStatus({ state, transport, forced }, queued) {
  const status = $('status');
  status.dataset.state = state;
  status.dataset.transport = transport;
  const words = { live: 'Live', connecting: 'Reconnecting', offline: 'Offline' }[state] ?? state;
  status.textContent = `${words} · ${LABELS[transport] ?? transport}${forced ? ' (forced)' : ''}`
    + (queued ? ` · ${queued} queued` : '');
}

let toastTimer;
function toast(message) {
  const el = $('toast');
  el.textContent = message;
  el.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { el.hidden = true; }, 6000);
}
