// The round sequence numbers a page has applied, per part of the page, so it never steps back to an
// older state: the scorecard (from acks, pushes and joins), the colleagues' list, the room (agenda,
// clock, training mode, coverage) and the progress (from joins and pushes).
const PARTS = ['scorecard', 'colleagues', 'room', 'progress'];

export class Sequences {
  scorecard = 0;
  colleagues = 0;
  room = 0;
  progress = 0;

  // Which parts of a join's answer are at or past what the page shows: a push that arrived while the
  // join was under way (a write from another device, a moved agenda) may already be newer than the answer.
  joined(sequence) {
    const fresh = {};
    for (const part of PARTS) {
      fresh[part] = sequence >= this[part];
      this[part] = Math.max(this[part], sequence);
    }
    return fresh;
  }

  // True when the ack is at or past everything applied (another device may have written since).
  acked(sequence) {
    const fresh = sequence >= this.scorecard;
    this.scorecard = Math.max(this.scorecard, sequence);
    return fresh;
  }

  // True (and recorded) when a push is newer than what the page has. A scorecard push at the page's
  // own sequence is the write the page already has from its ack.
  pushed(sequence) {
    if (sequence <= this.scorecard) return false;
    this.scorecard = sequence;
    return true;
  }

  // The other parts are pushed whole and may be pushed again at one sequence (the room's presence and
  // clock move without a write), so an equal sequence is applied and only an older one refused.
  colleaguesPushed(sequence) { return this.#atOrPast('colleagues', sequence); }

  roomPushed(sequence) { return this.#atOrPast('room', sequence); }

  progressPushed(sequence) { return this.#atOrPast('progress', sequence); }

  #atOrPast(part, sequence) {
    if (sequence < this[part]) return false;
    this[part] = sequence;
    return true;
  }
}
