import { ChangeQueue } from './change-queue.js';
import { connect, startConnection } from './connection.js';
import { Sequences } from './sequences.js';

export { problemOf } from './hub-errors.js';

// One SignalR connection for one round: joins it (again after every reconnect, since groups are
// per connection), catches up on what it missed, sends changes through a ChangeQueue, and passes
// on pushes that are newer than what the page has and were not sent by this page.
export class ScoringSession {
  #connection;
  #queue;
  #seen = new Sequences();

  // handlers: onStatus, onJoined, onAck, onRemoteScorecard, onRejected, onFatal; optional onRoom,
  // onPresence, onColleagues, onProgress, onCaughtUp. storageKey keeps unsent changes across reloads.
  constructor(loopId, roundId, handlers, storageKey = null) {
    this.loopId = loopId;
    this.roundId = roundId;
    this.handlers = handlers;
    this.storageKey = storageKey;
  }

  get hasPending() { return this.#queue?.hasPending ?? false; }

  async start() {
    const connection = this.#build();
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
      }, this.storageKey);
    if (this.hasPending) this.handlers.onStatus('offline');
    // Edits made before the first connect wait in the queue.
    await startConnection(connection, () => this.handlers.onStatus('offline'));
    try {
      await this.#join();
    } catch (e) {
      // Dropped during the join: the automatic reconnect joins again. Anything else is the page's error.
      if (connection.state === signalR.HubConnectionState.Connected) throw e;
    }
  }

  send(change) {
    this.handlers.onStatus('saving');
    this.#queue.add(change);
  }

  invoke(method, ...args) { return this.#connection.invoke(method, this.loopId, this.roundId, ...args); }

  // Resolves once every change is on the server; throws while offline.
  drain() { return this.#queue.drain(); }

  // For writes made outside the queue (submit, amend): marks them as this page's and takes their ack.
  own(operationId) { this.#queue.sent.add(operationId); }

  accept(ack) { this.#accept(ack, true); }

  #build() {
    return connect({
      ScorecardChanged: push => this.#onPush(push),
      ProgressChanged: progress => { if (this.#seen.progressPushed(progress.sequence)) this.handlers.onProgress?.(progress); },
      RoomChanged: room => { if (this.#seen.roomPushed(room.sequence)) this.handlers.onRoom?.(room); },
      PresenceChanged: push => this.handlers.onPresence?.(push.presence, push.version),
      ColleaguesChanged: push => this.#onColleagues(push),
    }, {
      reconnecting: () => this.handlers.onStatus('offline'),
      reconnected: () => this.#join().catch(e => this.handlers.onFatal(e)),
      signedOut: () => {
        this.handlers.onStatus('error');
        this.handlers.onFatal(new Error('Your sign-in has ended. Sign in again to go on; changes not saved yet stay on this device.'));
      },
    });
  }

  // keepStatus: a refresh after a refusal leaves the "Not saved" state showing.
  async #join({ keepStatus = false } = {}) {
    const before = this.#seen.scorecard;
    const joined = await this.invoke('JoinRound');
    if (joined.scorecard && before > 0) await this.#catchUp(before);
    const fresh = this.#seen.joined(joined.sequence);
    this.handlers.onJoined(joined, { pending: this.hasPending, fresh });
    if (this.hasPending) {
      this.handlers.onStatus('saving');
      this.#queue.flush();
    } else if (!keepStatus) {
      this.handlers.onStatus('connected');
    }
  }

  // What this interviewer's other devices (or this page, whose acks were lost) wrote meanwhile.
  async #catchUp(after) {
    const missed = await this.invoke('Catchup', after);
    this.#queue.forget(missed.changes.map(c => c.operationId));
    const elsewhere = missed.changes.filter(c => !this.#queue.sent.has(c.operationId)).length;
    this.handlers.onCaughtUp?.(missed, elsewhere);
  }

  // Another page of this interviewer may have written after this change: never step back.
  #accept(ack, settled) {
    this.handlers.onAck(ack, { settled, fresh: this.#seen.acked(ack.sequence) });
  }

  #onPush(push) {
    if (!this.#queue.sent.has(push.operationId) && this.#seen.pushed(push.sequence)) this.handlers.onRemoteScorecard(push.scorecard);
  }

  #onColleagues(push) {
    if (this.#seen.colleaguesPushed(push.sequence)) this.handlers.onColleagues?.(push.scorecards);
  }
}
