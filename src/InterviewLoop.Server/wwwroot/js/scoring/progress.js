import { $, h } from '../dom.js';
import { ScoringSession } from './session.js';
import { Room } from './room.js';
import { ColleaguesView } from './colleagues.js';

// Recruiters and admins watch the room and who has started and submitted; they never receive a
// draft, and submitted scorecards only as the server allows them.
export function showProgress({ loopId, roundId, roundPath, detail, status }) {
  const section = $('#progress');
  const room = new Room({ roundPath, rubric: detail.rubric, panel: detail.round.panel.members, canHost: detail.canHost });
  const colleagues = new ColleaguesView(detail.rubric, false);
  const render = progress => {
    const state = id => progress.submitted.includes(id) ? 'submitted' : progress.started.includes(id) ? 'drafting' : 'not started';
    $('#progress-list').replaceChildren(...detail.round.panel.members.map(m =>
      h('li', { class: 'progress-item', 'data-state': state(m.interviewerId) },
        h('span', { text: `${m.displayName} (${m.role})` }), h('span', { class: 'pill', text: state(m.interviewerId) }))));
  };
  render(detail.progress);
  room.render(detail.room);
  colleagues.render(detail.colleagues);
  section.hidden = false;
  const session = new ScoringSession(loopId, roundId, {
    onStatus: status,
    onJoined: (joined, { fresh }) => {
      if (fresh.progress) render(joined.progress);
      if (fresh.room) room.render(joined.room);
      if (fresh.colleagues) colleagues.render(joined.colleagues);
    },
    onProgress: render,
    onRoom: r => room.render(r),
    onPresence: (people, version) => room.presence(people, version),
    onColleagues: list => colleagues.render(list),
    onAck: () => {}, onRemoteScorecard: () => {}, onRejected: () => {},
    onFatal: e => { $('#page-error').textContent = e.message; },
  });
  return session.start();
}
