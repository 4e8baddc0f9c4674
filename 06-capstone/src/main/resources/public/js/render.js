// The board on screen: one column per list, one card per task, drag and drop between lists.
// Titles are user input from anyone on the board: textContent only, never innerHTML.

export class BoardView {
  /** actions: {edit(id, title), remove(id), move(id, listId, position), typing()} */
  constructor(store, actions) {
    this.store = store;
    this.actions = actions;
    this.root = document.getElementById('lists');
    this.listSelect = document.getElementById('new-task-list');
    this.editing = null; // the task being edited keeps its input across live re-renders
    this.columns = new Map(); // listId -> section
    this.cards = new Map();   // taskId -> {key, card}
    store.onChange(() => this.render());
  }

  // Re-rendered on every change, but cards and columns whose task is unchanged are kept (moved,
  // not rebuilt), so a click, a hover or a drag in progress is not lost to a live update.
  render() {
    const columns = this.store.lists.map(list => this.column(list));
    if (columns.some((c, i) => this.root.children[i] !== c) || this.root.children.length !== columns.length) {
      this.root.replaceChildren(...columns);
    }
    const liveIds = new Set(this.store.tasks.keys());
    [...this.cards.keys()].filter(id => !liveIds.has(id)).forEach(id => this.cards.delete(id));
    const chosen = this.listSelect.value;
    this.listSelect.replaceChildren(...this.store.lists.map(l => new Option(l.name, l.id)));
    if (chosen) this.listSelect.value = chosen;
  }

  column(list) {
    let section = this.columns.get(list.id);
    if (!section) {
      section = document.createElement('section');
      section.className = 'list';
      section.dataset.listId = list.id;
      const title = document.createElement('h2');
      const tasks = document.createElement('div');
      tasks.className = 'tasks';
      tasks.dataset.listId = list.id;
      this.dropZone(section, tasks, list.id);
      section.append(title, tasks);
      this.columns.set(list.id, section);
    }
    section.querySelector('h2').textContent = list.name;
    const wanted = this.store.tasksIn(list.id).map(task => this.card(task));
    const tasks = section.querySelector('.tasks');
    if (wanted.length !== tasks.children.length || wanted.some((c, i) => tasks.children[i] !== c)) {
      tasks.replaceChildren(...wanted);
    }
    return section;
  }

  card(task) {
    if (this.editing?.taskId === task.id) return this.editing.element;
    const key = `${task.version}|${task.pending}|${task.title}`;
    const kept = this.cards.get(task.id);
    if (kept?.key === key) return kept.card;
    const card = document.createElement('article');
    card.className = 'task';
    card.draggable = !task.pending;
    card.dataset.taskId = task.id;
    card.dataset.version = task.version ?? 0;
    card.dataset.pending = Boolean(task.pending);
    const title = document.createElement('span');
    title.className = 'task-title';
    title.textContent = task.title;
    const edit = button('✎', 'Edit', 'task-edit', () => this.startEdit(card, task));
    const remove = button('✕', 'Delete', 'task-delete', () => this.actions.remove(task.id));
    card.append(title, edit, remove);
    this.cards.set(task.id, { key, card });
    card.addEventListener('dragstart', e => {
      e.dataTransfer.setData('text/plain', task.id);
      e.dataTransfer.effectAllowed = 'move';
    });
    return card;
  }

  startEdit(card, task) {
    const input = document.createElement('input');
    input.className = 'task-edit-input';
    input.value = task.title;
    const finish = save => {
      this.editing = null;
      this.cards.delete(task.id); // rebuild the card from the task next time
      if (save && input.value.trim() && input.value !== task.title) this.actions.edit(task.id, input.value.trim());
      else this.render();
    };
    input.addEventListener('input', () => this.actions.typing());
    input.addEventListener('keydown', e => {
      if (e.key === 'Enter') finish(true);
      if (e.key === 'Escape') finish(false);
    });
    input.addEventListener('blur', () => { if (this.editing?.taskId === task.id) finish(true); });
    card.replaceChildren(input);
    card.draggable = false;
    this.editing = { taskId: task.id, element: card };
    input.focus();
  }

  // HTML5 drag and drop: the drop position is the index of the first card below the pointer.
  dropZone(section, tasks, listId) {
    section.addEventListener('dragover', e => {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      section.classList.add('drop-target');
    });
    section.addEventListener('dragleave', () => section.classList.remove('drop-target'));
    section.addEventListener('drop', e => {
      e.preventDefault();
      section.classList.remove('drop-target');
      const taskId = e.dataTransfer.getData('text/plain');
      if (!taskId) return;
      const cards = [...tasks.querySelectorAll('.task')].filter(c => c.dataset.taskId !== taskId);
      const below = cards.findIndex(c => e.clientY < c.getBoundingClientRect().top + c.offsetHeight / 2);
      this.actions.move(taskId, listId, below < 0 ? cards.length : below);
    });
  }
}

function button(text, label, className, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = text;
  b.title = label;
  b.setAttribute('aria-label', label);
  b.addEventListener('click', onClick);
  return b;
}
