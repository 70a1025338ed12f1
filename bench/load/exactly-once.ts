/**
 * The accounting that makes the load benchmark a proof rather than a stopwatch: every input id came
 * back exactly once, and every viewer saw every event exactly once, in order.
 */

export interface IdAccounting {
  expected: number;
  seen: number;
  /** Expected ids never seen (first few). */
  missing: string[];
  missingCount: number;
  /** Ids seen more than once (first few). */
  duplicated: string[];
  duplicatedCount: number;
  /** Ids seen that were never sent (first few). */
  unexpected: string[];
  unexpectedCount: number;
  ok: boolean;
}

const SAMPLE = 5;

/** Checks that `seen` holds every id of `expected` exactly once and nothing else. */
export function checkExactlyOnce(expected: Iterable<string>, seen: Iterable<string>): IdAccounting {
  const counts = new Map<string, number>();
  let expectedCount = 0;
  for (const id of expected) {
    if (counts.has(id)) throw new Error(`expected ids must be unique; "${id}" appears twice`);
    counts.set(id, 0);
    expectedCount += 1;
  }
  const result: IdAccounting = {
    expected: expectedCount,
    seen: 0,
    missing: [],
    missingCount: 0,
    duplicated: [],
    duplicatedCount: 0,
    unexpected: [],
    unexpectedCount: 0,
    ok: false,
  };
  for (const id of seen) {
    result.seen += 1;
    const count = counts.get(id);
    if (count === undefined) {
      result.unexpectedCount += 1;
      if (result.unexpected.length < SAMPLE) result.unexpected.push(id);
      continue;
    }
    if (count >= 1) {
      result.duplicatedCount += 1;
      if (result.duplicated.length < SAMPLE) result.duplicated.push(id);
    }
    counts.set(id, count + 1);
  }
  for (const [id, count] of counts) {
    if (count > 0) continue;
    result.missingCount += 1;
    if (result.missing.length < SAMPLE) result.missing.push(id);
  }
  result.ok = result.missingCount === 0 && result.duplicatedCount === 0 && result.unexpectedCount === 0;
  return result;
}

export interface SequenceAccounting {
  /** The seq the stream said was last (from its `end` event). */
  lastSeq: number;
  received: number;
  /** Seqs in 1..lastSeq never received. */
  lost: number;
  /** Seqs received more than once. */
  duplicated: number;
  /** Seqs received after a higher one. */
  outOfOrder: number;
  /** Seqs outside 1..lastSeq. */
  outOfRange: number;
  ok: boolean;
}

/**
 * Checks that `seqs`, in the order received, is exactly 1, 2, …, lastSeq: nothing lost, repeated,
 * reordered or invented. A viewer that reconnected passes the concatenation of its connections.
 */
export function checkSequence(seqs: readonly number[], lastSeq: number): SequenceAccounting {
  const seen = new Set<number>();
  let duplicated = 0;
  let outOfOrder = 0;
  let outOfRange = 0;
  let highest = 0;
  for (const seq of seqs) {
    if (!Number.isInteger(seq) || seq < 1 || seq > lastSeq) {
      outOfRange += 1;
      continue;
    }
    if (seen.has(seq)) {
      duplicated += 1;
      continue;
    }
    if (seq < highest) outOfOrder += 1;
    highest = Math.max(highest, seq);
    seen.add(seq);
  }
  const lost = lastSeq - seen.size;
  return {
    lastSeq,
    received: seqs.length,
    lost,
    duplicated,
    outOfOrder,
    outOfRange,
    ok: lost === 0 && duplicated === 0 && outOfOrder === 0 && outOfRange === 0,
  };
}
