import { randomChange } from './panels.mjs';

const MAX_ATTEMPTS = 3;

// Sends one change from `page`, as the scoring page does: a fresh operation id, and after a dropped
// connection the same change again with the same id (the server makes a resend a no-op). A refusal
// by the server (HubException) is final. Every step is recorded under the operation id.
export async function sendChange(page, recorder, fanOut) {
  const operationId = `${recorder.name}-${page.person.n}-${++page.seq}`;
  const change = randomChange(operationId);
  recorder.sent(operationId, page, performance.now());
  for (let attempt = 1; ; attempt++) {
    try {
      const ack = await page.change(change, fanOut);
      recorder.acked(operationId, ack, performance.now());
      return;
    } catch (error) {
      const refused = page.isConnected || String(error?.message).includes('HubException');
      if (refused || attempt >= MAX_ATTEMPTS) { recorder.failed(operationId, error); return; }
      recorder.retried(operationId);
      await page.connected(15_000);
    }
  }
}
