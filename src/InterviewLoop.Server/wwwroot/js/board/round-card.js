import { h, wireLabel, formatTime } from '../dom.js';

const LABELS = { not_started: 'not started', drafting: 'drafting', scoring_now: 'scoring now', submitted: 'submitted' };

function seat(s, late) {
  const overdue = late && s.state !== 'submitted';
  return h('li', { class: 'seat', 'data-interviewer': s.interviewerId, 'data-state': s.state, 'data-overdue': String(overdue) },
    h('span', { text: `${s.displayName} (${s.role})` }),
    h('span', { class: 'pill', text: overdue ? `${LABELS[s.state]} · overdue` : LABELS[s.state] }));
}

function when(clock) {
  if (clock.endedAt) return `ran ${formatTime(clock.startedAt)} – ${formatTime(clock.endedAt)}`;
  if (clock.startedAt) return `started ${formatTime(clock.startedAt)} · ${clock.durationMinutes} min`;
  return `${formatTime(clock.scheduledAt)} · ${clock.durationMinutes} min`;
}

// Past the feedback due time at `now` (ms, server clock).
const isLate = (round, now) => !!round.feedbackDueAt && Date.parse(round.feedbackDueAt) <= now;

// Late, and someone on the panel has still not submitted: the board's count and the card's red border.
export const feedbackOverdue = (round, now) => isLate(round, now) && round.panel.some(s => s.state !== 'submitted');

// One round of the board at `now` (ms, server clock): its panel's states and whether feedback is overdue.
export function boardRound(round, now) {
  const late = isLate(round, now);
  const overdue = feedbackOverdue(round, now);
  const href = `/score/${encodeURIComponent(round.loopId)}/${encodeURIComponent(round.roundId)}`;
  return h('li', { class: 'card board-round', 'data-round': `${round.loopId}/${round.roundId}`, 'data-overdue': String(overdue) },
    h('p', { class: 'kicker', text: `${wireLabel(round.kind)} · ${round.loopId} / ${round.roundId}` }),
    h('h3', {}, h('a', { href, text: `${round.candidateName} — ${round.roleTitle}` })),
    h('p', { class: 'muted small', text: when(round.clock) }),
    overdue ? h('p', { class: 'overdue', text: `Feedback overdue since ${formatTime(round.feedbackDueAt)}` }) : null,
    h('ul', { class: 'plain' }, round.panel.map(s => seat(s, late))));
}
