// The round sequence numbers a page has applied, so it never steps back to an older state: the
// scorecard (from acks, pushes and joins) and the colleagues' list (from joins and pushes).
export class Sequences {
  scorecard = 0;
  colleagues = 0;

  // Which parts of a join's answer are at or past what the page shows: a push that arrived while the
  // join was under way (a write from another device) may already be newer than the answer.
  joined(sequence) {
    const fresh = { scorecard: sequence >= this.scorecard, colleagues: sequence >= this.colleagues };
    this.scorecard = Math.max(this.scorecard, sequence);
    this.colleagues = Math.max(this.colleagues, sequence);
    return fresh;
  }

  // True when the ack is at or past everything applied (another device may have written since).
  acked(sequence) {
    const fresh = sequence >= this.scorecard;
    this.scorecard = Math.max(this.scorecard, sequence);
    return fresh;
  }

  // True (and recorded) when a push is newer than what the page has.
  pushed(sequence) {
    if (sequence <= this.scorecard) return false;
    this.scorecard = sequence;
    return true;
  }

  colleaguesPushed(sequence) {
    if (sequence < this.colleagues) return false;
    this.colleagues = sequence;
    return true;
  }
}
