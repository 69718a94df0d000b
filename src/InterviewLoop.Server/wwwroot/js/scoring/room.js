import { api } from '../api.js';
import { $, h, itemsOr } from '../dom.js';
import { ServerClock, timerState } from './timer.js';
import { agendaEditor, agendaItem } from './agenda.js';

// The round's room: shared timer, presence, coverage, agenda and training mode. Hosts (the lead,
// recruiters, admins) also get the controls. Nothing here ever shows a rating.
export class Room {
  #room = null;
  // The presence version shown: lists arrive from pushes and from room views, and two joins may push
  // theirs in the other order, so an older list never replaces a newer one.
  #presenceVersion = -Infinity;
  #clock = new ServerClock();

  constructor({ roundPath, rubric, panel, canHost }) {
    Object.assign(this, { roundPath, rubric, panel, canHost });
    this.names = new Map((rubric?.dimensions ?? []).map(d => [d.id, d.name]));
    $('#clock-controls').hidden = !canHost;
    $('#agenda-edit').hidden = !canHost;
    $('#training-control').hidden = !canHost;
    $('#clock-start').addEventListener('click', () => this.#host('POST', '/clock/start'));
    $('#clock-end').addEventListener('click', () => this.#host('POST', '/clock/end'));
    $('#training').addEventListener('change', e => this.#host('PUT', '/training', { enabled: e.target.checked }));
    agendaEditor(this.names, items => this.#host('PUT', '/agenda', { items }), () => this.#room?.agenda ?? []);
    setInterval(() => this.#tick(), 1000);
    $('#room').hidden = false;
  }

  render(room) {
    this.#room = room;
    this.#clock.sync(room.serverNow);
    this.#tick();
    $('#clock-start').hidden = !!room.clock.startedAt;
    $('#clock-end').hidden = !room.clock.startedAt || !!room.clock.endedAt;
    $('#training').checked = room.trainingMode;
    $('#training-badge').hidden = !room.trainingMode || this.canHost;
    $('#agenda-list').replaceChildren(...itemsOr(room.agenda.map(i => agendaItem(i, this.names)), 'No agenda set.'));
    this.#coverage(room.coverage);
    this.presence(room.presence, room.presenceVersion);
  }

  presence(people, version) {
    if (version < this.#presenceVersion) return;
    this.#presenceVersion = version;
    const roleOf = id => this.panel.find(m => m.interviewerId === id)?.role ?? 'observer';
    $('#presence').replaceChildren(...people.map(p => h('li', { class: 'chip present', 'data-user': p.userId },
      `${p.displayName} · ${roleOf(p.userId)}${p.devices > 1 ? ` · ${p.devices} devices` : ''}`)));
  }

  // A tick and words, not only the chip's colour, say which dimensions have evidence.
  #coverage(covered) {
    const dimensions = this.rubric?.dimensions ?? covered.map(id => ({ id, name: id }));
    const set = new Set(covered);
    $('#coverage-count').textContent = `${set.size} of ${dimensions.length} have evidence`;
    $('#bar-coverage').textContent = `${set.size} of ${dimensions.length} covered`;
    $('#coverage').replaceChildren(...dimensions.map(d => h('li', {
      class: 'chip', 'data-dimension': d.id, 'data-covered': String(set.has(d.id)),
    }, set.has(d.id) ? h('span', { 'aria-hidden': 'true', text: '✓ ' }) : null, d.name,
    h('span', { class: 'visually-hidden', text: set.has(d.id) ? ' (has evidence)' : ' (no evidence yet)' }))));
  }

  // The top bar repeats the timer, so it stays in sight while the interviewer scrolls down the rubric.
  #tick() {
    if (!this.#room) return;
    const { state, text } = timerState(this.#room.clock, this.#clock.now());
    for (const timer of [$('#timer'), $('#bar-timer')]) timer.dataset.state = state;
    $('#timer-text').textContent = text;
    $('#bar-timer').textContent = text;
  }

  async #host(method, path, body) {
    $('#room-error').textContent = '';
    try {
      this.render(await api(this.roundPath + path, { method, body }));
      return true;
    } catch (e) {
      $('#room-error').textContent = e.message;
      return false;
    }
  }
}
