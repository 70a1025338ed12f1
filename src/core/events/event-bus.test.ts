import { describe, expect, it } from 'vitest';
import { EventBus } from './event-bus.ts';

describe('EventBus', () => {
  it('numbers events and delivers them to every subscriber', () => {
    const bus = new EventBus();
    const a: number[] = [];
    const b: string[] = [];
    bus.subscribe((p) => a.push(p.seq));
    bus.subscribe((p) => b.push(p.event.type));
    bus.publish({ type: 'one' });
    bus.publish({ type: 'two' });
    expect(a).toEqual([1, 2]);
    expect(b).toEqual(['one', 'two']);
  });

  it('replays kept events after a given sequence number, then continues live', () => {
    const bus = new EventBus();
    bus.publish({ type: 'a' });
    bus.publish({ type: 'b' });
    bus.publish({ type: 'c' });
    const seen: string[] = [];
    bus.subscribe((p) => seen.push(p.event.type), { afterSeq: 1 });
    bus.publish({ type: 'd' });
    expect(seen).toEqual(['b', 'c', 'd']);
  });

  it('keeps a faulty subscriber from breaking the others, and unsubscribes', () => {
    const bus = new EventBus({ historyLimit: 2 });
    const seen: string[] = [];
    bus.subscribe(() => {
      throw new Error('boom');
    });
    const off = bus.subscribe((p) => seen.push(p.event.type));
    bus.publish({ type: 'x' });
    off();
    bus.publish({ type: 'y' });
    bus.publish({ type: 'z' });
    expect(seen).toEqual(['x']);
    expect(bus.events().map((p) => p.event.type)).toEqual(['y', 'z']);
  });

  it('starts numbering at firstSeq, so a resumed run continues its stored history', () => {
    const bus = new EventBus({ firstSeq: 42 });
    const seen: number[] = [];
    bus.subscribe((p) => seen.push(p.seq));
    bus.publish({ type: 'a' });
    bus.publish({ type: 'b' });
    expect(seen).toEqual([42, 43]);
    const late: number[] = [];
    bus.subscribe((p) => late.push(p.seq), { afterSeq: 42 });
    expect(late).toEqual([43]);
    expect(() => new EventBus({ firstSeq: 0 })).toThrow(RangeError);
  });
});
