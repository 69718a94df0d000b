import { newOperationId } from '../ids.js';
import { problemOf } from './hub-errors.js';
import { PendingStore } from './pending-store.js';

// Sends scorecard changes one at a time, in the order made (so the last edit wins), and keeps
// unsent ones across reconnects and page reloads (in localStorage). A resend carries the same
// operation id, which the server treats as a no-op when it already has the change.
export class ChangeQueue {
  #pending;
  #sending = null;
  #store;

  // invoke(op) calls the hub; events: onAck(ack, settled), onRejected(problem, op), onIdle(rejected), onOffline().
  constructor(invoke, canSend, events, storageKey) {
    this.invoke = invoke;
    this.canSend = canSend;
    this.events = events;
    this.#store = new PendingStore(storageKey);
    this.#pending = this.#store.load();
    this.sent = new Set(this.#pending.map(op => op.operationId));
  }

  get hasPending() { return this.#pending.length > 0; }

  add(change) {
    const op = { operationId: newOperationId(), dimension: null, ...change };
    this.#pending.push(op);
    this.sent.add(op.operationId);
    this.#store.save(this.#pending);
    return this.flush();
  }

  // The server already has these (their acks were lost with the connection): do not send them again.
  forget(operationIds) {
    const applied = new Set(operationIds);
    if (this.#sending) return; // the op in flight will be acknowledged (or deduplicated) anyway
    this.#pending = this.#pending.filter(op => !applied.has(op.operationId));
    this.#store.save(this.#pending);
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
        this.#settle(op);
        this.events.onAck(ack, !this.hasPending);
      } catch (error) {
        const problem = problemOf(error);
        if (!problem) { this.events.onOffline(); return; }
        this.#settle(op);
        rejected = true;
        this.events.onRejected(problem, op);
      }
    }
    if (!this.hasPending) await this.events.onIdle(rejected);
    else if (!this.canSend()) this.events.onOffline();
  }

  #settle(op) {
    this.#pending = this.#pending.filter(p => p !== op);
    this.#store.save(this.#pending);
  }
}
