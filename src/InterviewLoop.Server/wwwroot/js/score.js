import { api } from './api.js';
import { $, wireLabel, formatTime } from './dom.js';
import { startScoring } from './scoring/scoring-page.js';
import { showProgress } from './scoring/progress.js';
import { showStatus } from './scoring/status.js';

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

async function main() {
  const detail = await api(roundPath);
  const loop = await api(`/api/loops/${encodeURIComponent(loopId)}`).then(d => d.loop, () => null);
  showHeading(detail, loop);
  const context = { loopId, roundId, roundPath, detail, status };
  if (detail.myScorecard && detail.rubric) return startScoring(context);
  if (detail.myScorecard) throw new Error(`Rubric ${detail.round.rubricId} is not known to this server, so it cannot be scored here.`);
  if (detail.progress) return showProgress(context);
  throw new Error('You are not on the panel of this round.');
}

main().catch(e => { $('#page-error').textContent = e.message; status('error'); });
