import { $, h, wireLabel, formatTime } from '../dom.js';
import { auditLines } from './audit.js';

// Colleagues' scorecards, exactly as the server allowed them for this viewer: nothing while the
// viewer still owes their own (the server sends none), the lead's live draft for a shadow in
// training mode, and submitted scorecards once the viewer has submitted.
export class ColleaguesView {
  constructor(rubric, isPanelist) {
    this.rubric = rubric;
    this.isPanelist = isPanelist;
  }

  render(colleagues) {
    const section = $('#colleagues');
    section.hidden = false;
    $('#colleagues-empty').textContent = colleagues.length ? '' : this.isPanelist
      ? "Your colleagues' scorecards appear here once you have submitted yours: scoring is independent."
      : 'No submitted scorecards yet.';
    $('#colleagues-list').replaceChildren(...colleagues.map(c => this.#card(c)));
  }

  #card({ scorecard, panelRole, live, audit }) {
    const state = live ? 'Live draft (training mode)' : `Submitted ${formatTime(scorecard.submittedAt)}`;
    return h('article', { class: 'card colleague', 'data-interviewer': scorecard.interviewerId, 'data-live': String(live) },
      h('p', { class: 'kicker', text: `${panelRole ?? 'panel'} · ${state}` }),
      h('h3', { text: scorecard.interviewerName }),
      h('dl', { class: 'colleague-ratings' }, this.#dimensions(scorecard)),
      h('p', {}, h('strong', { text: 'Recommendation: ' }), wireLabel(scorecard.recommendation) || '—',
        scorecard.levelRecommendation ? ` · ${scorecard.levelRecommendation}` : ''),
      scorecard.summary ? h('p', { class: 'summary', text: scorecard.summary }) : null,
      audit ? h('ul', { class: 'plain small audit' }, auditLines(audit, this.rubric)) : null);
  }

  #dimensions(scorecard) {
    const dimensions = this.rubric?.dimensions ?? Object.keys(scorecard.ratings).map(id => ({ id, name: id }));
    return dimensions.filter(d => scorecard.ratings[d.id] !== undefined || scorecard.notes.some(n => n.dimension === d.id))
      .map(d => h('div', { class: 'colleague-dimension' },
        h('dt', { text: `${d.name}: ${scorecard.ratings[d.id] ?? '—'}` }),
        ...scorecard.notes.filter(n => n.dimension === d.id).map(n => h('dd', { text: n.text }))));
  }
}
