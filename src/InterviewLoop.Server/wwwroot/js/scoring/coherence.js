import { $, h } from '../dom.js';
import { errorText } from './hub-errors.js';

// "Go there" closes the check and puts the caret in that dimension's notes.
function issueItem(issue, goTo) {
  const go = issue.dimension ? h('button', {
    type: 'button', class: 'link', text: 'Go there',
    onclick: () => goTo(document.querySelector(`[data-dimension="${CSS.escape(issue.dimension)}"].dimension textarea`)),
  }) : null;
  return h('li', { class: 'coherence-issue', 'data-code': issue.code }, h('span', { text: issue.message }), ' ', go);
}

// The check is a modal dialog: it takes focus when it opens (so a screen reader reads its title and
// issues) and gives it back when it closes: to where the interviewer asked to go, to the locked
// banner after a submit, else to the Submit button. Escape closes it like "Back to the scorecard".
function checkDialog() {
  const dialog = $('#coherence');
  let next = null;
  const focus = target => { target.scrollIntoView({ block: 'center' }); target.focus({ preventScroll: true }); };
  dialog.addEventListener('close', () => { focus(next ?? $('#submit')); next = null; });
  const closeTo = target => {
    if (!dialog.open) return focus(target);
    next = target;
    dialog.close();
  };
  $('#coherence-close').addEventListener('click', () => dialog.close());
  return {
    get open() { return dialog.open; },
    closeTo,
    show(issues) {
      $('#coherence-error').textContent = '';
      $('#coherence-list').replaceChildren(...issues.map(issue => issueItem(issue, closeTo)));
      dialog.showModal();
      dialog.focus();
    },
  };
}

// The submit flow: ask the server where this interviewer's own ratings and words disagree; submit
// at once when they agree, else show the issues (to this interviewer only) and let them fix the
// scorecard or submit with a reason, which the server keeps in the audit trail.
export function submitFlow(submission, { flushText, adopt, status }) {
  const check = checkDialog();
  const errorSlot = () => $(check.open ? '#coherence-error' : '#submit-error');
  const fail = e => {
    errorSlot().textContent = errorText(e);
    status(submission.session.hasPending ? 'offline' : 'error');
  };
  const done = ack => { adopt(ack.scorecard); check.closeTo($('#locked-banner')); };
  $('#submit').addEventListener('click', async () => {
    $('#submit-error').textContent = '';
    flushText();
    try {
      const issues = await submission.checkCoherence();
      if (issues.length === 0) return done(await submission.submit());
      check.show(issues);
      status('saved');
    } catch (e) { fail(e); }
  });
  $('#submit-anyway').addEventListener('click', async () => {
    const reason = $('#coherence-reason').value.trim();
    if (!reason) {
      $('#coherence-error').textContent = 'Say in a few words why you submit it as it is.';
      $('#coherence-reason').focus();
      return;
    }
    try { done(await submission.submit(reason)); } catch (e) { fail(e); }
  });
}
