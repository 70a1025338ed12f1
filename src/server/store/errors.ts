import { CodifyError } from '../../core/errors.ts';

/** No run has this id. */
export class RunNotFoundError extends CodifyError {
  readonly runId: string;
  constructor(runId: string) {
    super('not-found', `No run with id "${runId}".`, { hint: 'List runs with GET /api/v1/runs.' });
    this.runId = runId;
  }
}

/** An event with this sequence number is already stored for the run (events are append-only). */
export class EventSequenceError extends CodifyError {
  constructor(runId: string, seq: number) {
    super('event-sequence', `Run "${runId}" already has an event with seq ${seq}.`, {
      hint: 'Let the store assign sequence numbers, or publish through one EventBus per run.',
    });
  }
}
