const HUB_ERROR = 'HubException: ';

// The hub refused a call because the account changed since the page connected (roles, a new password,
// deactivation) and is ending the connection: nothing was applied, and the answer is about the
// connection, not the change. Like a dropped connection, the change is kept and sent again after the
// reconnect, whose sign-in check decides what the user may do now.
const RECONNECT_CODES = new Set(['session.changed']);

function parsedProblem(message) {
  const at = message.indexOf(HUB_ERROR);
  if (at < 0) return null;
  try { return JSON.parse(message.slice(at + HUB_ERROR.length)); } catch { return null; /* not ours */ }
}

// The hub sends refusals as a JSON problem ({status, code, field, detail}) inside the
// HubException's message. Returns null for connection trouble, which is worth retrying.
export function problemOf(error) {
  const message = String(error?.message ?? error);
  const problem = parsedProblem(message);
  if (problem) return RECONNECT_CODES.has(problem.code) ? null : problem;
  // The server failed for a reason it does not share: do not resend forever.
  if (message.includes('on the server')) return { status: 500, detail: 'The server could not save this change.' };
  return null;
}

// What to tell the user about a failed call: the server's own words when it sent any, else the error's.
export function errorText(error) {
  const message = String(error?.message ?? error);
  return parsedProblem(message)?.detail ?? problemOf(error)?.detail ?? message;
}
