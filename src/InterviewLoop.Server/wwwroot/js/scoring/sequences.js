// The round sequence numbers a page has applied, so it never steps back to an older state: the
// scorecard (from acks, pushes and joins) and the colleagues' list (from joins and pushes).
export class Sequences {
  scorecard = 0;
  colleagues = 0;

  joined(sequence) {
    this.scorecard = Math.max(this.scorecard, sequence);
    this.colleagues = Math.max(this.colleagues, sequence);
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
