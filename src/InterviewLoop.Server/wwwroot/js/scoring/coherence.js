import { $, h } from '../dom.js';
import { errorText } from './hub-errors.js';

function issueItem(issue) {
  const go = issue.dimension ? h('button', {
    type: 'button', class: 'link', text: 'Go there',
    onclick: () => {
      const card = document.querySelector(`[data-dimension="${CSS.escape(issue.dimension)}"].dimension`);
      card?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      card?.querySelector('textarea')?.focus();
    },
  }) : null;
  return h('li', { class: 'coherence-issue', 'data-code': issue.code }, h('span', { text: issue.message }), ' ', go);
}

// The submit flow: ask the server where this interviewer's own ratings and words disagree; submit
// at once when they agree, else show the issues (to this interviewer only) and let them fix the
// scorecard or submit with a reason, which the server keeps in the audit trail.
export function submitFlow(submission, { flushText, adopt, status }) {
  const panel = $('#coherence');
  const fail = e => {
    $('#submit-error').textContent = errorText(e);
    status(submission.session.hasPending ? 'offline' : 'error');
  };
  const done = ack => { panel.hidden = true; adopt(ack.scorecard); };
  $('#submit').addEventListener('click', async () => {
    $('#submit-error').textContent = '';
    flushText();
    try {
      const issues = await submission.checkCoherence();
      if (issues.length === 0) return done(await submission.submit());
      $('#coherence-list').replaceChildren(...issues.map(issueItem));
      panel.hidden = false;
      status('saved');
    } catch (e) { fail(e); }
  });
  $('#submit-anyway').addEventListener('click', async () => {
    const reason = $('#coherence-reason').value.trim();
    if (!reason) { $('#submit-error').textContent = 'Say in a few words why you submit it as it is.'; return; }
    try { done(await submission.submit(reason)); } catch (e) { fail(e); }
  });
}
