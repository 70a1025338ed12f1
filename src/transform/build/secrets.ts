/**
 * Known secrets (API keys, the server token) kept out of everything a build writes. A model that
 * echoes its request headers can put a key into its answer; the answer is redacted as soon as it
 * is proposed, before it is checked, so the code that is checked is the code that is written: a
 * redacted value can make a candidate fail its checks, never change behaviour unseen.
 */
import type { Proposal, ProposeContext, Proposer } from '../../core/loop/types.ts';
import { REDACTED, describeSecret, secretsIn } from '../../core/secrets/index.ts';
import type { Redactor } from '../../core/secrets/index.ts';
import type { TransformEvent } from '../events.ts';
import type { TransformCandidate, TransformProblem } from './problem.ts';

/** Wraps a proposer so its proposals carry no known secret, and says so when one had to go. */
export class RedactingProposer implements Proposer<TransformProblem, TransformCandidate> {
  readonly #inner: Proposer<TransformProblem, TransformCandidate>;
  readonly #secrets: readonly string[];
  readonly #redact: Redactor;
  readonly #warn: (message: string) => void;

  constructor(
    inner: Proposer<TransformProblem, TransformCandidate>,
    secrets: readonly string[],
    redact: Redactor,
    warn: (message: string) => void,
  ) {
    this.#inner = inner;
    this.#secrets = secrets;
    this.#redact = redact;
    this.#warn = warn;
  }

  get name(): string {
    return this.#inner.name;
  }

  async propose(
    context: ProposeContext<TransformProblem, TransformCandidate>,
  ): Promise<Proposal<TransformCandidate> | null> {
    const proposal = await this.#inner.propose(context);
    if (!proposal) return null;
    const inCode = secretsIn(proposal.candidate.code, this.#secrets);
    const inAnswer = secretsIn(proposal.rawResponse ?? '', this.#secrets);
    const found = inCode.length > 0 ? inCode : inAnswer;
    if (found.length === 0) return this.#redact(proposal);
    const what = [...new Set(found.map((secret) => describeSecret(secret)))].join(', ');
    const message =
      `Attempt ${context.attempt} (${this.name}): the ${inCode.length > 0 ? 'code' : 'answer'} held the value of a secret (${what}); ` +
      `it was replaced with ${REDACTED} before the code was checked, so what is written is what passed the checks. ` +
      'A model that repeats request headers or keys is misbehaving: check the base URL and the model.';
    this.#warn(message);
    const clean = this.#redact(proposal);
    return { ...clean, notes: [...(clean.notes ?? []), 'a secret value was redacted from this proposal'] };
  }
}

/**
 * Redacts events on their way out. Streamed text arrives in pieces that can split a secret, so
 * the tail of an attempt's stream that could still be the start of one is held back until the
 * next piece (or any other event of the build) shows what it was.
 */
export function redactingEmitter(
  onEvent: (event: TransformEvent) => void,
  secrets: readonly string[],
  redact: Redactor,
): (event: TransformEvent) => void {
  const hold = Math.max(0, ...secrets.map((secret) => secret.length - 1));
  let pending: { attempt: number; text: string } | null = null;
  const flush = () => {
    if (pending && pending.text) onEvent({ type: 'candidate-delta', ...pending });
    pending = null;
  };
  return (event) => {
    if (event.type !== 'candidate-delta' || hold === 0) {
      flush();
      onEvent(redact(event));
      return;
    }
    if (pending && pending.attempt !== event.attempt) flush();
    // Every secret wholly inside the buffer is redacted; one cut off at its end is shorter than `hold`.
    const text = redact((pending?.text ?? '') + event.text);
    const ready = Math.max(0, text.length - hold);
    if (ready > 0) onEvent({ type: 'candidate-delta', attempt: event.attempt, text: text.slice(0, ready) });
    pending = { attempt: event.attempt, text: text.slice(ready) };
  };
}
