import { newOperationId } from '../ids.js';
import { problemOf } from './hub-errors.js';

// Sends scorecard changes one at a time, in the order made (so the last edit wins), and keeps
// unsent ones across reconnects. A resend carries the same operation id, which the server treats
// as a no-op when it already has the change.
export class ChangeQueue {
  #pending = [];
  #sending = null;

  // invoke(op) calls the hub; events: onAck(ack, settled), onRejected(problem, op), onIdle(rejected), onOffline().
  constructor(invoke, canSend, events) {
    this.invoke = invoke;
    this.canSend = canSend;
    this.events = events;
    this.sent = new Set();
  }

  get hasPending() { return this.#pending.length > 0; }

  add(change) {
    const op = { operationId: newOperationId(), dimension: null, ...change };
    this.#pending.push(op);
    this.sent.add(op.operationId);
    return this.flush();
  }

  flush() {
    this.#sending ??= this.#sendAll().finally(() => { this.#sending = null; });
    return this.#sending;
  }

  // Resolves once every change is acknowledged; throws when the connection is down.
  async drain() {
    while (this.hasPending) {
      await this.flush();
      if (this.hasPending) throw new Error('You are offline: your last changes are not saved yet.');
    }
  }

  async #sendAll() {
    let rejected = false;
    while (this.hasPending && this.canSend()) {
      const op = this.#pending[0];
      try {
        const ack = await this.invoke(op);
        this.#pending.shift();
        this.events.onAck(ack, !this.hasPending);
      } catch (error) {
        const problem = problemOf(error);
        if (!problem) { this.events.onOffline(); return; }
        this.#pending.shift();
        rejected = true;
        this.events.onRejected(problem, op);
      }
    }
    if (!this.hasPending) await this.events.onIdle(rejected);
  }
}
