import { newOperationId } from '../ids.js';

const HUB_ERROR = 'HubException: ';

// The hub sends refusals as a JSON problem inside the HubException's message.
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

// Keeps one SignalR connection for a round: joins it, sends changes one at a time in order (so
// the last edit wins), keeps unsent changes across reconnects, and resends them with the same
// operation id, which the server treats as a no-op when it already has them.
export class ScoringSession {
  #connection;
  #pending = [];
  #sent = new Set();
  #sequence = 0;
  #flushing = null;

  constructor(loopId, roundId, handlers) {
    this.loopId = loopId;
    this.roundId = roundId;
    this.handlers = handlers;
  }

  get hasPending() { return this.#pending.length > 0; }

  async start() {
    const retryForever = { nextRetryDelayInMilliseconds: ctx => Math.min(15000, 500 * 2 ** ctx.previousRetryCount) };
    const connection = new signalR.HubConnectionBuilder().withUrl('/hubs/scoring').withAutomaticReconnect(retryForever).build();
    connection.on('ScorecardChanged', push => this.#onPush(push));
    connection.on('ProgressChanged', progress => this.handlers.onProgress?.(progress));
    connection.onreconnecting(() => this.handlers.onStatus('offline'));
    connection.onreconnected(() => this.#join().catch(e => this.handlers.onFatal(e)));
    this.#connection = connection;
    await connection.start();
    await this.#join();
  }

  send(change) {
    const op = { operationId: newOperationId(), dimension: null, ...change };
    this.#pending.push(op);
    this.#sent.add(op.operationId);
    this.handlers.onStatus('saving');
    this.#flush();
  }

  async submit() {
    await this.#drain();
    const operationId = newOperationId();
    this.#sent.add(operationId);
    this.handlers.onStatus('saving');
    const ack = await this.#connection.invoke('Submit', this.loopId, this.roundId, operationId);
    this.#accept(ack);
    return ack;
  }

  async #join() {
    this.handlers.onStatus('connecting');
    const joined = await this.#connection.invoke('JoinRound', this.loopId, this.roundId);
    this.#sequence = Math.max(this.#sequence, joined.sequence);
    this.handlers.onJoined(joined, { pending: this.hasPending });
    this.handlers.onStatus(this.hasPending ? 'saving' : 'connected');
    if (this.hasPending) this.#flush();
  }

  #flush() {
    this.#flushing ??= this.#sendPending().finally(() => { this.#flushing = null; });
    return this.#flushing;
  }

  async #sendPending() {
    let rejected = false;
    while (this.#pending.length && this.#connection.state === signalR.HubConnectionState.Connected) {
      const op = this.#pending[0];
      try {
        const ack = await this.#connection.invoke('Change', this.loopId, this.roundId, op);
        this.#pending.shift();
        this.#accept(ack);
      } catch (error) {
        const problem = problemOf(error);
        if (!problem) { this.handlers.onStatus('offline'); return; }
        this.#pending.shift();
        rejected = true;
        this.handlers.onRejected(problem, op);
      }
    }
    if (this.#pending.length) return;
    // After a refusal the page shows an edit the server does not have: fetch the server's copy.
    if (rejected) await this.#resync(); else this.handlers.onStatus('saved');
  }

  async #resync() {
    const joined = await this.#connection.invoke('JoinRound', this.loopId, this.roundId);
    this.#sequence = Math.max(this.#sequence, joined.sequence);
    if (!this.hasPending) this.handlers.onJoined(joined, { pending: false });
  }

  async #drain() {
    while (this.#pending.length) {
      await this.#flush();
      if (this.#pending.length) throw new Error('You are offline: your last changes are not saved yet.');
    }
  }

  #accept(ack) {
    // A colleague's page of the same interviewer may have written after this change: never step back.
    const fresh = ack.sequence >= this.#sequence;
    this.#sequence = Math.max(this.#sequence, ack.sequence);
    this.handlers.onAck(ack, { settled: !this.hasPending, fresh });
  }

  #onPush(push) {
    if (this.#sent.has(push.operationId) || push.sequence <= this.#sequence) return;
    this.#sequence = push.sequence;
    this.handlers.onRemoteScorecard(push.scorecard);
  }
}
