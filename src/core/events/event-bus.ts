import type { CodifyEvent, PublishedEvent } from './types.ts';

export type EventListener<E extends CodifyEvent> = (published: PublishedEvent<E>) => void;

/**
 * The one way progress leaves a run: the CLI's progress display, the server's live stream and the
 * stored history all subscribe to the same bus. Keeps a bounded history so a late subscriber (or a
 * reconnecting SSE client with Last-Event-ID) can catch up.
 */
export class EventBus<E extends CodifyEvent = CodifyEvent> {
  private readonly listeners = new Set<EventListener<E>>();
  private readonly history: PublishedEvent<E>[] = [];
  private nextSeq = 1;
  private readonly historyLimit: number;

  /**
   * @param options.historyLimit events kept for late subscribers (default 10 000).
   * @param options.firstSeq seq of the first event (default 1); a run resumed after a restart
   *   continues after the last seq it stored, so `Last-Event-ID` stays valid across the resume.
   */
  constructor(options: { historyLimit?: number; firstSeq?: number } = {}) {
    this.historyLimit = options.historyLimit ?? 10_000;
    const first = options.firstSeq ?? 1;
    if (!Number.isInteger(first) || first < 1)
      throw new RangeError(`firstSeq must be a whole number ≥ 1, got ${first}`);
    this.nextSeq = first;
  }

  publish(event: E): PublishedEvent<E> {
    const published: PublishedEvent<E> = { seq: this.nextSeq++, at: new Date().toISOString(), event };
    this.history.push(published);
    if (this.history.length > this.historyLimit) this.history.shift();
    for (const listener of this.listeners) {
      try {
        listener(published);
      } catch {
        // A faulty subscriber must not break the run or the other subscribers.
      }
    }
    return published;
  }

  /** Subscribe; with `afterSeq`, first replays the kept events newer than it. Returns an unsubscribe function. */
  subscribe(listener: EventListener<E>, options: { afterSeq?: number } = {}): () => void {
    if (options.afterSeq !== undefined) {
      for (const published of this.history) if (published.seq > options.afterSeq) listener(published);
    }
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Events kept so far, oldest first. */
  events(): readonly PublishedEvent<E>[] {
    return this.history;
  }
}
