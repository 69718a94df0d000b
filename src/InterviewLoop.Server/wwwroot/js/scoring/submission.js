import { newOperationId } from '../ids.js';

// Submitting and amending the interviewer's own scorecard through a ScoringSession.
export class Submission {
  constructor(session) { this.session = session; }

  // Every change must be on the server before the check, so it judges what will be submitted.
  async checkCoherence() {
    await this.session.drain();
    return this.session.invoke('CheckCoherence');
  }

  // Without a reason the server refuses while the coherence check finds issues.
  async submit(reason = null) {
    await this.session.drain();
    const operationId = newOperationId();
    this.session.own(operationId);
    this.session.handlers.onStatus('saving');
    const ack = reason === null
      ? await this.session.invoke('Submit', operationId)
      : await this.session.invoke('SubmitWithReason', operationId, reason);
    this.session.accept(ack);
    return ack;
  }

  async amend(change, reason) {
    const op = { operationId: newOperationId(), dimension: null, ...change };
    this.session.own(op.operationId);
    const ack = await this.session.invoke('Amend', op, reason);
    this.session.accept(ack);
    return ack;
  }
}
