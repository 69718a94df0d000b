import { h, formatTime } from '../dom.js';

const TRIGGERS = { all_submitted: 'all scorecards submitted', on_demand: 'recomputed on request' };

// "level L4 (confidence 0.72) · 3 flags: 1 high, 2 medium" — the words the board and the debrief notice share.
export function summaryText(summary) {
  const level = summary.supported ? `level ${summary.supported} (confidence ${summary.confidence.toFixed(2)})` : 'no level supported yet';
  const parts = [['high', summary.high], ['medium', summary.medium], ['low', summary.low]].filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`);
  const flags = summary.flags === 0 ? 'no flags' : `${summary.flags} flag${summary.flags === 1 ? '' : 's'}: ${parts.join(', ')}`;
  const adjusted = summary.adjusted > 0 ? ` · ${summary.adjusted} of ${summary.ratings} ratings calibrated for rater severity` : '';
  return `calibrated: ${level} · target ${summary.target} · ${flags}${adjusted}`;
}

export function whenText(c) {
  return `computed ${formatTime(c.computedAt)} (${TRIGGERS[c.trigger] ?? c.trigger})${c.stale ? ' · stale: the loop changed since' : ''}`;
}

// One loop's stored calibration on the board: a summary, never a rating.
export function calibrationLine(c, candidateName) {
  return h('li', { class: 'card board-calibration', 'data-loop': c.loopId, 'data-stale': String(c.stale) },
    h('p', { class: 'kicker', text: `${candidateName ?? ''} · ${c.loopId}` }),
    h('p', { class: 'calibration-summary', text: summaryText(c.summary) }),
    h('p', { class: 'muted small', text: whenText(c) }),
    h('a', { href: `/debrief/${encodeURIComponent(c.loopId)}`, text: 'Open the debrief' }));
}
