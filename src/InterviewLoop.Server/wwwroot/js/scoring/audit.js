import { h, wireLabel, formatTime, countOf } from '../dom.js';

function fieldName(change, rubric) {
  const dimension = rubric?.dimensions.find(d => d.id === change.dimension)?.name ?? change.dimension;
  const field = { rating: 'rating', note: 'note', recommendation: 'Recommendation', level_recommendation: 'Level', summary: 'Summary' }[change.field];
  return dimension ? `${dimension} ${field}` : field;
}

function shown(field, value) {
  if (value === null || value === undefined || value === '') return 'empty';
  if (field === 'recommendation') return wireLabel(value);
  return value.length > 60 ? `“${value.slice(0, 57)}…”` : field === 'note' || field === 'summary' ? `“${value}”` : value;
}

// The audit trail of one scorecard: why it was submitted despite warnings, then each amendment.
export function auditLines(audit, rubric) {
  const lines = [];
  if (audit.submitReason) {
    lines.push(h('li', { class: 'audit-submit', text: `Submitted despite ${countOf(audit.submitWarnings.length, 'coherence warning')}: “${audit.submitReason}”` }));
  }
  for (const a of audit.amendments) {
    const before = shown(a.change.field, a.previousValue);
    const after = shown(a.change.field, a.change.value);
    lines.push(h('li', { class: 'audit-amendment',
      text: `Amended ${formatTime(a.at)}: ${fieldName(a.change, rubric)} ${before} → ${after} (“${a.reason}”)` }));
  }
  return lines;
}
