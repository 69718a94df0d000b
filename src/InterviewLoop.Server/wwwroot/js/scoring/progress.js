import { $, h } from '../dom.js';
import { ScoringSession } from './session.js';

// Recruiters and admins watch who has started and submitted; they never receive ratings.
export function showProgress(detail, loopId, roundId, status) {
  const section = $('#progress');
  const render = progress => {
    const state = id => progress.submitted.includes(id) ? 'submitted' : progress.started.includes(id) ? 'drafting' : 'not started';
    $('#progress-list').replaceChildren(...detail.round.panel.members.map(m =>
      h('li', { class: 'progress-item', 'data-state': state(m.interviewerId) },
        h('span', { text: `${m.displayName} (${m.role})` }), h('span', { class: 'pill', text: state(m.interviewerId) }))));
  };
  render(detail.progress);
  section.hidden = false;
  const session = new ScoringSession(loopId, roundId, {
    onStatus: status,
    onJoined: joined => render(joined.progress),
    onProgress: render,
    onAck: () => {}, onRemoteScorecard: () => {}, onRejected: () => {},
    onFatal: e => { $('#page-error').textContent = e.message; },
  });
  return session.start();
}
