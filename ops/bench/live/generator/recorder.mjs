import { percentiles } from './stats.mjs';

// Everything one phase sent, keyed by operation id: when it was sent, each ack, and each receipt by
// another page. Counts come from these records, so a lost, doubled or stray message shows up as a number.
export class PhaseRecorder {
  #ops = new Map();
  #unknownReceipts = 0;
  #failures = new Map();

  constructor(name, receiptsPerOp) {
    this.name = name;
    this.receiptsPerOp = receiptsPerOp;
    this.measureFrom = 0;
    this.measureTo = Infinity;
  }

  get unsettled() {
    let n = 0;
    for (const op of this.#ops.values()) if (!op.settled || (op.ackedAt !== null && new Set(op.receivedBy).size < this.receiptsPerOp)) n++;
    return n;
  }

  sent(operationId, page, now) {
    this.#ops.set(operationId, { page, sentAt: now, ackedAt: null, acks: 0, duplicateAcks: 0, retries: 0, settled: false, failed: false, receivedBy: [], receiptAt: [] });
  }

  acked(operationId, ack, now) {
    const op = this.#ops.get(operationId);
    op.acks++;
    if (ack?.duplicate === true) op.duplicateAcks++;
    op.ackedAt ??= now;
    op.settled = true;
  }

  retried(operationId) { this.#ops.get(operationId).retries++; }

  failed(operationId, error) {
    const op = this.#ops.get(operationId);
    op.settled = true;
    op.failed = true;
    const key = String(error?.message ?? error).slice(0, 160);
    this.#failures.set(key, (this.#failures.get(key) ?? 0) + 1);
  }

  // A push seen by `page`; the sender's own page ignores its own operations, as the scoring page does.
  receipt(operationId, page, now) {
    const op = this.#ops.get(operationId);
    if (!op) { this.#unknownReceipts++; return; }
    if (op.page === page) return;
    op.receivedBy.push(page);
    op.receiptAt.push(now);
  }

  ackedIds() { return [...this.#ops].filter(([, op]) => op.ackedAt !== null).map(([id]) => id); }

  ackedBetween(from, to) {
    let n = 0;
    for (const op of this.#ops.values()) if (op.ackedAt !== null && op.ackedAt >= from && op.ackedAt < to) n++;
    return n;
  }

  summary() {
    const all = [...this.#ops.values()];
    const measured = all.filter(op => op.sentAt >= this.measureFrom && op.sentAt < this.measureTo);
    const acked = all.filter(op => op.ackedAt !== null);
    const seconds = (Math.min(this.measureTo, Math.max(...all.map(o => o.ackedAt ?? 0))) - this.measureFrom) / 1000;
    return {
      sent: all.length, acked: acked.length, lost: all.length - acked.length,
      failed: all.filter(o => o.failed).length, failures: Object.fromEntries(this.#failures),
      ackedTwice: all.filter(o => o.acks > 1).length, ackedAsDuplicate: all.filter(o => o.duplicateAcks > 0).length,
      retried: all.filter(o => o.retries > 0).length,
      receiptsPerOp: this.receiptsPerOp,
      receivedByAll: acked.filter(o => new Set(o.receivedBy).size >= this.receiptsPerOp).length,
      missingReceipts: acked.reduce((n, o) => n + Math.max(0, this.receiptsPerOp - new Set(o.receivedBy).size), 0),
      receivedTwice: all.reduce((n, o) => n + o.receivedBy.length - new Set(o.receivedBy).size, 0),
      unknownReceipts: this.#unknownReceipts,
      measuredSent: measured.length,
      ackedPerSecond: Number.isFinite(seconds) && seconds > 0 ? Math.round(this.ackedBetween(this.measureFrom, this.measureTo) / seconds) : null,
      ackMs: percentiles(measured.filter(o => o.ackedAt !== null).map(o => o.ackedAt - o.sentAt)),
      receiptMs: percentiles(measured.flatMap(o => o.receiptAt.map(t => t - o.sentAt))),
    };
  }
}
