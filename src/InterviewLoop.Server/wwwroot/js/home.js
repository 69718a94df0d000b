import { api, signOut } from './api.js';
import { $, h, itemsOr, wireLabel, formatTime } from './dom.js';

const OVERSIGHT = ['recruiter', 'committee', 'admin'];

function roundCard(round) {
  const href = `/score/${encodeURIComponent(round.loopId)}/${encodeURIComponent(round.roundId)}`;
  return h('li', { class: 'card round-card' },
    h('p', { class: 'kicker', text: `${wireLabel(round.kind)} · ${round.panelRole ?? 'panel'}` }),
    h('h2', { text: round.candidateName || round.loopId }),
    h('p', { class: 'muted', text: `${round.roleTitle} · ${formatTime(round.startedAt)} · ${round.durationMinutes} min` }),
    h('a', { class: round.submitted ? 'button' : 'button primary', href },
      round.submitted ? 'View submitted scorecard' : 'Open scorecard'));
}

function progressLine(round) {
  const status = id => round.progress?.submitted.includes(id) ? 'submitted'
    : round.progress?.started.includes(id) ? 'drafting' : 'not started';
  const panel = round.panel.map(m => `${m.displayName} (${status(m.interviewerId)})`).join(', ');
  return h('li', {},
    h('a', { href: `/score/${encodeURIComponent(round.loopId ?? '')}/${encodeURIComponent(round.roundId)}`, text: `${round.roundId} · ${wireLabel(round.kind)}` }),
    h('span', { class: 'muted', text: ` — ${panel || 'no panel'}` }));
}

// The committee reads the sealed packet; recruiters the same document cut to what they may see.
function debriefHref(loop, me) {
  const id = encodeURIComponent(loop.loopId);
  return me.roles.some(r => r === 'committee' || r === 'admin') ? `/debrief/${id}` : `/loops/${id}/debrief`;
}

async function loopCard(loop, me) {
  const detail = await api(`/api/loops/${encodeURIComponent(loop.loopId)}`);
  const rounds = detail.rounds.map(r => progressLine({ ...r, loopId: loop.loopId }));
  return h('li', { class: 'card' },
    h('p', { class: 'kicker', text: `${loop.loopId} · ${wireLabel(loop.state)}` }),
    h('h2', { text: `${loop.candidateName} — ${loop.roleTitle} (${loop.targetLevel})` }),
    h('p', { class: 'muted', text: `${loop.submittedCount} of ${loop.expectedCount} scorecards submitted` }),
    h('ul', { class: 'plain' }, rounds),
    h('p', { class: 'links' },
      h('a', { href: `/board?loop=${encodeURIComponent(loop.loopId)}`, text: 'Live board' }), ' · ',
      h('a', { href: debriefHref(loop, me), text: 'Debrief packet' }), ' · ',
      h('a', { href: `/api/loops/${encodeURIComponent(loop.loopId)}/calibration`, text: 'Calibration report (JSON)' })));
}

async function main() {
  const me = await api('/api/me');
  $('#who').textContent = `${me.displayName} · ${me.roles.join(', ')}`;
  $('#sign-out').addEventListener('click', signOut);
  if (me.roles.includes('interviewer')) {
    const rounds = await api('/api/me/rounds');
    $('#my-rounds-list').replaceChildren(...itemsOr(rounds.map(roundCard), 'No rounds assigned to you yet.'));
    $('#my-rounds').hidden = false;
  }
  if (me.roles.some(r => r === 'recruiter' || r === 'admin')) $('#board-link').hidden = false;
  if (me.roles.includes('admin')) $('#admin-links').hidden = false;
  if (me.roles.some(r => OVERSIGHT.includes(r))) {
    const loops = await api('/api/loops');
    $('#loops-list').replaceChildren(...await Promise.all(loops.map(l => loopCard(l, me))));
    $('#loops').hidden = false;
  }
}

main().catch(e => { $('#home-error').textContent = e.message; });
