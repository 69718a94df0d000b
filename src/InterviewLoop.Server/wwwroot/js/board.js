import { api } from './api.js';
import { $, itemsOr, countOf } from './dom.js';
import { connect, startConnection } from './scoring/connection.js';
import { showStatus } from './scoring/status.js';
import { errorText } from './scoring/hub-errors.js';
import { ServerClock } from './scoring/timer.js';
import { boardRound, feedbackOverdue } from './board/round-card.js';
import { calibrationLine } from './board/calibration-line.js';

const status = state => showStatus($('#save-status'), state);
const clock = new ServerClock();
let board = null;

function query() {
  const params = new URLSearchParams(location.search);
  const loop = $('#board-loop').value;
  if (loop) return `loopId=${encodeURIComponent(loop)}`;
  const day = $('#board-day').value || params.get('day');
  const from = new Date(`${day}T00:00:00`);
  const to = new Date(from.getTime() + 24 * 3600 * 1000);
  return `from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`;
}

// Overdue moves with time even when nothing is written: re-judged every render on the server's clock.
function render() {
  if (!board) return;
  const now = clock.now();
  const rounds = board.rounds.map(r => boardRound(r, now));
  const overdue = board.rounds.filter(r => feedbackOverdue(r, now)).length;
  $('#board-summary').textContent = `${countOf(board.rounds.length, 'round')} · ${overdue} with feedback overdue (due ${board.feedbackDueAfterHours} h after the round ends)`;
  $('#board-rounds').replaceChildren(...itemsOr(rounds, noRounds()));
  const names = new Map(board.rounds.map(r => [r.loopId, r.candidateName]));
  const lines = board.calibrations.map(c => calibrationLine(c, names.get(c.loopId)));
  $('#board-calibrations').replaceChildren(...itemsOr(lines, 'No loop on this board has a calibration report yet.'));
}

// Says why the board is empty, so a recruiter on the wrong day is not left looking at a blank page.
const noRounds = () => $('#board-loop').value
  ? 'This loop has no rounds yet.'
  : 'No round is scheduled on this day. Pick another day, or one loop.';

async function load() {
  try {
    board = await api(`/api/board?${query()}`);
    clock.sync(board.serverNow);
    $('#board-error').textContent = '';
    render();
  } catch (e) {
    $('#board-error').textContent = e.message;
  }
}

function stopped(error) {
  $('#board-error').textContent = errorText(error);
  status('error');
}

async function main() {
  const params = new URLSearchParams(location.search);
  $('#board-day').value = params.get('day') ?? new Date().toLocaleDateString('sv');
  const loops = await api('/api/loops');
  $('#board-loop').append(...loops.map(l => new Option(`${l.candidateName} · ${l.loopId}`, l.loopId)));
  $('#board-loop').value = params.get('loop') ?? '';
  $('#board-controls').addEventListener('change', load);
  let pending = null;
  const nudge = () => { clearTimeout(pending); pending = setTimeout(load, 150); };
  const connection = connect({ BoardChanged: nudge, CalibrationUpdated: nudge }, {
    reconnecting: () => status('offline'),
    // Refused when the user lost the recruiter role meanwhile: say why instead of staying "offline".
    reconnected: () => connection.invoke('JoinBoard').then(() => { status('connected'); load(); }, stopped),
    signedOut: () => stopped(new Error('Your sign-in has ended. Sign in again to see the board.')),
  });
  await startConnection(connection, () => status('offline'));
  await connection.invoke('JoinBoard');
  status('connected');
  await load();
  setInterval(render, 15000);
}

main().catch(e => { $('#board-error').textContent = e.message; status('error'); });
