const HUB_ERROR = 'HubException: ';

// The hub sends refusals as a JSON problem ({status, code, field, detail}) inside the
// HubException's message. Returns null for connection trouble, which is worth retrying.
export function problemOf(error) {
  const message = String(error?.message ?? error);
  const at = message.indexOf(HUB_ERROR);
  if (at >= 0) {
    try { return JSON.parse(message.slice(at + HUB_ERROR.length)); } catch { /* not ours */ }
  }
  // The server failed for a reason it does not share: do not resend forever.
  if (message.includes('on the server')) return { status: 500, detail: 'The server could not save this change.' };
  return null;
}
