import { api } from './api.js';
import { h } from './dom.js';
import { connect, startConnection } from './scoring/connection.js';
import { summaryText, whenText } from './board/calibration-line.js';

// The debrief page's live calibration notice: the stored report's summary, updated when the server
// recomputes it (CalibrationUpdated carries no content: the summary is read through the API, which
// refuses anyone who still owes a scorecard in the loop).
const notice = document.getElementById('calibration-live');
const loopId = notice.dataset.loop;
let shownAt = null;

async function show(updated) {
  let latest;
  try {
    latest = await api(`/api/loops/${encodeURIComponent(loopId)}/calibration/latest`, { redirectOn401: false });
  } catch {
    return; // none stored yet, or not for this viewer
  }
  const changed = updated && latest.computedAt !== shownAt;
  shownAt = latest.computedAt;
  notice.dataset.computedAt = latest.computedAt;
  notice.dataset.state = changed ? 'updated' : 'current';
  notice.replaceChildren(
    h('strong', { text: changed ? 'Calibration updated. ' : 'Stored calibration. ' }),
    h('span', { class: 'calibration-summary', text: summaryText(latest.summary) }),
    h('span', { text: ` · ${whenText(latest)}. ` }),
    changed ? h('a', { href: location.pathname, text: 'Reload to see it in the packet' }) : null);
  notice.hidden = false;
}

async function main() {
  const connection = connect({ CalibrationUpdated: n => { if (n.loopId === loopId) show(true); } }, {
    reconnecting: () => {},
    // Refused on reconnect (the viewer's roles changed, say): the notice stops updating, and says so in its state.
    reconnected: () => connection.invoke('JoinDebrief', loopId).then(() => show(true), () => { notice.dataset.joined = 'failed'; }),
    signedOut: () => { notice.dataset.joined = 'failed'; },
  });
  await startConnection(connection);
  await connection.invoke('JoinDebrief', loopId);
  notice.dataset.joined = 'true';
  await show(false);
}

main().catch(() => { notice.dataset.joined = 'failed'; });
