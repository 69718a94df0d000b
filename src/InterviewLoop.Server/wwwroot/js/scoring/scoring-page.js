import { api } from '../api.js';
import { $, formatTime, countOf } from '../dom.js';
import { scorecardForm } from './form.js';
import { ScoringSession } from './session.js';
import { Submission } from './submission.js';
import { submitFlow } from './coherence.js';
import { amendForm } from './amend.js';
import { Room } from './room.js';
import { ColleaguesView } from './colleagues.js';
import { auditLines } from './audit.js';

function showLocked(scorecard, audit, rubric) {
  $('#locked-banner').hidden = false;
  $('#locked-text').textContent = `Submitted ${formatTime(scorecard.submittedAt)}. This scorecard is locked; corrections are amendments.`;
  $('#audit-list').replaceChildren(...(audit ? auditLines(audit, rubric) : []));
  $('#amend').hidden = false;
}

// The panelist's page: their own scorecard, the room, and the colleagues' scorecards they may see.
export function startScoring({ loopId, roundId, roundPath, detail, status }) {
  const me = detail.myScorecard.interviewerId;
  let locked = false;
  let audit = detail.myAudit;
  let session = null;
  const view = scorecardForm($('#scorecard'), detail.rubric, change => session.send(change));
  const room = new Room({ roundPath, rubric: detail.rubric, panel: detail.round.panel.members, canHost: detail.canHost });
  const colleagues = new ColleaguesView(detail.rubric, true);
  const adopt = scorecard => {
    view.render(scorecard);
    if (!scorecard.submittedAt) return;
    if (!locked) view.lock();
    locked = true;
    showLocked(scorecard, audit, detail.rubric);
    status('submitted');
  };
  session = new ScoringSession(loopId, roundId, {
    onStatus: state => { if (!locked) status(state); },
    onJoined: (joined, { pending, fresh }) => {
      audit = joined.audit;
      if (fresh.room) room.render(joined.room);
      if (fresh.colleagues) colleagues.render(joined.colleagues);
      if (!pending && fresh.scorecard) adopt(joined.scorecard);
    },
    onAck: (ack, { settled, fresh }) => {
      if (settled) $('#page-error').textContent = '';
      if (settled && fresh) adopt(ack.scorecard);
    },
    // Pushes are only ever this interviewer's own; refuse anything else rather than show it.
    onRemoteScorecard: scorecard => { if (scorecard.interviewerId === me) adopt(scorecard); },
    onRoom: r => room.render(r),
    onPresence: (people, version) => room.presence(people, version),
    onColleagues: list => colleagues.render(list),
    onCaughtUp: (missed, elsewhere) => {
      $('#sync-note').textContent = elsewhere ? `Back online: ${countOf(elsewhere, 'change')} from your other device ${elsewhere === 1 ? 'was' : 'were'} already saved.` : '';
    },
    onRejected: (problem, op) => { status('error'); $('#page-error').textContent = problem.detail ?? 'That change was refused.'; console.warn(problem, op); },
    onFatal: e => { $('#page-error').textContent = e.message; },
  }, `interviewloop:pending:${me}:${loopId}/${roundId}`);
  const submission = new Submission(session);
  adopt(detail.myScorecard);
  room.render(detail.room);
  colleagues.render(detail.colleagues);
  $('#scorecard').hidden = false;
  // After a submit or an amendment the audit trail moved: read it back with the scorecard.
  const refresh = () => api(roundPath).then(d => { audit = d.myAudit; adopt(d.myScorecard); }, () => {});
  const adoptAndRefresh = scorecard => { adopt(scorecard); refresh(); };
  submitFlow(submission, { flushText: () => view.flushText(), adopt: adoptAndRefresh, status });
  amendForm(detail.rubric, submission, adoptAndRefresh);
  return session.start();
}
