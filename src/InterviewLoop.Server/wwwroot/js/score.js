import { api } from './api.js';
import { $, h, wireLabel, formatTime } from './dom.js';
import { scorecardForm } from './scoring/form.js';
import { ScoringSession, problemOf } from './scoring/session.js';
import { showStatus } from './scoring/status.js';
import { showProgress } from './scoring/progress.js';

const [loopId, roundId] = location.pathname.split('/').slice(2, 4).map(decodeURIComponent);
const status = state => showStatus($('#save-status'), state);
const roundPath = `/api/loops/${encodeURIComponent(loopId)}/rounds/${encodeURIComponent(roundId)}`;

function showHeading(detail, loop) {
  const panelist = detail.round.panel.members.find(m => m.interviewerId === detail.myScorecard?.interviewerId);
  $('#round-kicker').textContent = `${wireLabel(detail.round.kind)} · ${detail.rubric?.name ?? detail.round.rubricId}`;
  $('#round-title').textContent = loop ? `${loop.candidateName} — ${loop.roleTitle}` : `${loopId} / ${roundId}`;
  const parts = [formatTime(detail.round.startedAt), `${detail.round.durationMinutes} min`];
  if (loop) parts.push(`target ${loop.targetLevel}`);
  if (panelist) parts.push(`you are ${panelist.role}`);
  $('#round-meta').textContent = parts.join(' · ');
}

function showLocked(scorecard) {
  const banner = $('#locked-banner');
  banner.hidden = false;
  banner.textContent = `Submitted ${formatTime(scorecard.submittedAt)}. This scorecard is locked.`;
}

function startScoring(detail) {
  const form = $('#scorecard');
  let session = null;
  let locked = false;
  const view = scorecardForm(form, detail.rubric, change => session.send(change));
  const adopt = scorecard => {
    view.render(scorecard);
    if (!scorecard.submittedAt) return;
    locked = true;
    view.lock();
    showLocked(scorecard);
    status('submitted');
  };
  session = new ScoringSession(loopId, roundId, {
    onStatus: state => { if (!locked) status(state); },
    onJoined: (joined, { pending }) => { if (!pending) adopt(joined.scorecard); },
    onAck: (ack, { settled, fresh }) => {
      if (settled) $('#page-error').textContent = '';
      if (settled && fresh) adopt(ack.scorecard);
    },
    // Pushes are only ever this interviewer's own; refuse anything else rather than show it.
    onRemoteScorecard: scorecard => { if (scorecard.interviewerId === detail.myScorecard.interviewerId) adopt(scorecard); },
    onRejected: (problem, op) => { status('error'); $('#page-error').textContent = problem.detail ?? 'That change was refused.'; console.warn(problem, op); },
    onFatal: e => { $('#page-error').textContent = e.message; },
  });
  adopt(detail.myScorecard);
  form.hidden = false;
  $('#submit').addEventListener('click', () => submit(view, session, adopt));
  return session.start();
}

async function submit(view, session, adopt) {
  $('#submit-error').textContent = '';
  view.flushText();
  try {
    const ack = await session.submit();
    adopt(ack.scorecard);
  } catch (e) {
    const problem = problemOf(e);
    $('#submit-error').textContent = problem?.detail ?? e.message;
    status(session.hasPending ? 'offline' : 'error');
  }
}

async function main() {
  const detail = await api(roundPath);
  const loop = await api(`/api/loops/${encodeURIComponent(loopId)}`).then(d => d.loop, () => null);
  showHeading(detail, loop);
  if (detail.myScorecard && detail.rubric) return startScoring(detail);
  if (detail.myScorecard) throw new Error(`Rubric ${detail.round.rubricId} is not known to this server, so it cannot be scored here.`);
  if (detail.progress) return showProgress(detail, loopId, roundId, status);
  throw new Error('You are not on the panel of this round.');
}

main().catch(e => { $('#page-error').textContent = e.message; status('error'); });
