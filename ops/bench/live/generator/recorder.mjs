import { percentiles } from './stats.mjs';

// Everything one phase sent, keyed by operation id: when it was sent, each ack, and each receipt by
// another page. Counts come from these records, so a lost, doubled or stray message shows up as a number.
export class PhaseRecorder {
  #ops = new Map();
  #unknownReceipts = 0;
  #failures = new Map();
  #blocks = [];

  constructor(name, receiptsPerOp) {
    this.name = name;
    this.receiptsPerOp = receiptsPerOp;
    this.measureFrom = 0;
    this.measureTo = Infinity;
    this.measuredSeconds = 0;
  }

  // Opens the next measured window (a block of an interleaved phase); warm-up sends before it do not count for latency.
  window(from, to) {
    this.measureFrom = from;
    this.measureTo = to;
    this.measuredSeconds += (to - from) / 1000;
    this.#blocks.push([from, to]); // on the generator's clock, as sentAt is; the summary also gives them in Unix ms
  }

  get unsettled() {
    let n = 0;
    for (const op of this.#ops.values()) if (!op.settled || (op.ackedAt !== null && new Set(op.receivedBy).size < this.receiptsPerOp)) n++;
    return n;
  }

  sent(operationId, page, now) {
    const measured = now >= this.measureFrom && now < this.measureTo;
    this.#ops.set(operationId, { page, measured, sentAt: now, ackedAt: null, acks: 0, duplicateAcks: 0, retries: 0, settled: false, failed: false, receivedBy: [], receiptAt: [] });
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

  // One line per change: send time (ms on the generator's clock), measured or warm-up, send → ack, send → first receipt.
  samplesCsv() {
    const lines = ['sent_ms,measured,ack_ms,receipt_ms'];
    for (const op of this.#ops.values()) {
      const ms = t => (t == null ? '' : (t - op.sentAt).toFixed(2));
      lines.push(`${op.sentAt.toFixed(1)},${op.measured ? 1 : 0},${ms(op.ackedAt)},${ms(op.receiptAt[0])}`);
    }
    return lines.join('\n') + '\n';
  }

  ackedIds() { return [...this.#ops].filter(([, op]) => op.ackedAt !== null).map(([id]) => id); }

  ackedBetween(from, to) {
    let n = 0;
    for (const op of this.#ops.values()) if (op.ackedAt !== null && op.ackedAt >= from && op.ackedAt < to) n++;
    return n;
  }

  summary() {
    const all = [...this.#ops.values()];
    const measured = all.filter(op => op.measured);
    const acked = all.filter(op => op.ackedAt !== null);
    const measuredAcked = measured.filter(op => op.ackedAt !== null);
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
      measuredSeconds: this.measuredSeconds,
      windowsUnixMs: this.#blocks.map(w => w.map(t => Math.round(performance.timeOrigin + t))),
      ackedPerSecond: this.measuredSeconds > 0 ? Math.round(measuredAcked.length / this.measuredSeconds) : null,
      ackMs: percentiles(measuredAcked.map(o => o.ackedAt - o.sentAt)),
      receiptMs: percentiles(measured.flatMap(o => o.receiptAt.map(t => t - o.sentAt))),
      blockAckP99Ms: this.#blocks.map(([from, to]) => percentiles(
        measuredAcked.filter(o => o.sentAt >= from && o.sentAt < to).map(o => o.ackedAt - o.sentAt)).p99),
    };
  }
}
