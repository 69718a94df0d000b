import { newOperationId } from '../ids.js';
import { ChangeQueue } from './change-queue.js';

export { problemOf } from './hub-errors.js';

// One SignalR connection for one round: joins it (again after every reconnect, since groups are
// per connection), sends changes through a ChangeQueue, and passes on pushes that are newer than
// what the page has and were not sent by this page.
export class ScoringSession {
  #connection;
  #queue;
  #sequence = 0;

  constructor(loopId, roundId, handlers) {
    this.loopId = loopId;
    this.roundId = roundId;
    this.handlers = handlers;
  }

  get hasPending() { return this.#queue?.hasPending ?? false; }

  async start() {
    const retryForever = { nextRetryDelayInMilliseconds: ctx => Math.min(15000, 500 * 2 ** ctx.previousRetryCount) };
    const connection = new signalR.HubConnectionBuilder().withUrl('/hubs/scoring').withAutomaticReconnect(retryForever).build();
    connection.on('ScorecardChanged', push => this.#onPush(push));
    connection.on('ProgressChanged', progress => this.handlers.onProgress?.(progress));
    connection.onreconnecting(() => this.handlers.onStatus('offline'));
    connection.onreconnected(() => this.#join().catch(e => this.handlers.onFatal(e)));
    this.#connection = connection;
    this.#queue = new ChangeQueue(
      op => connection.invoke('Change', this.loopId, this.roundId, op),
      () => connection.state === signalR.HubConnectionState.Connected,
      {
        onAck: (ack, settled) => this.#accept(ack, settled),
        onRejected: (problem, op) => this.handlers.onRejected(problem, op),
        onOffline: () => this.handlers.onStatus('offline'),
        // After a refusal the page shows an edit the server does not have: fetch the server's copy.
        onIdle: rejected => rejected ? this.#join({ keepStatus: true }) : this.handlers.onStatus('saved'),
      });
    await connection.start();
    await this.#join();
  }

  send(change) {
    this.handlers.onStatus('saving');
    this.#queue.add(change);
  }

  async submit() {
    await this.#queue.drain();
    const operationId = newOperationId();
    this.#queue.sent.add(operationId);
    this.handlers.onStatus('saving');
    const ack = await this.#connection.invoke('Submit', this.loopId, this.roundId, operationId);
    this.#accept(ack, true);
    return ack;
  }

  // keepStatus: a refresh after a refusal leaves the "Not saved" state showing.
  async #join({ keepStatus = false } = {}) {
    const joined = await this.#connection.invoke('JoinRound', this.loopId, this.roundId);
    this.#sequence = Math.max(this.#sequence, joined.sequence);
    this.handlers.onJoined(joined, { pending: this.hasPending });
    if (this.hasPending) {
      this.handlers.onStatus('saving');
      this.#queue.flush();
    } else if (!keepStatus) {
      this.handlers.onStatus('connected');
    }
  }

  #accept(ack, settled) {
    // Another page of this interviewer may have written after this change: never step back.
    const fresh = ack.sequence >= this.#sequence;
    this.#sequence = Math.max(this.#sequence, ack.sequence);
    this.handlers.onAck(ack, { settled, fresh });
  }

  #onPush(push) {
    if (this.#queue.sent.has(push.operationId) || push.sequence <= this.#sequence) return;
    this.#sequence = push.sequence;
    this.handlers.onRemoteScorecard(push.scorecard);
  }
}
