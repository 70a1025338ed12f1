import { describe, expect, it } from 'vitest';
import { loadTransform, synthesize, type SynthExample } from './index.ts';

const pairs = (rows: [unknown, unknown][]): SynthExample[] =>
  rows.map(([input, output]) => ({ input, output }));

function learn(train: SynthExample[]) {
  const result = synthesize(train, { timeoutMs: 4000 });
  expect(result.unsolved).toEqual([]);
  return { result, transform: loadTransform(result.code ?? '') };
}

/** An amount with a rate in percent added or taken off: a tip, a surcharge, a discount. */
describe('an amount raised or lowered by a percentage held in another field', () => {
  it('adds a tip in percent to the bill, to the cent', () => {
    const { transform } = learn(
      pairs([
        [{ bill: 60, tip_percent: 15 }, { paid: 69 }],
        [{ bill: 33.33, tip_percent: 15 }, { paid: 38.33 }],
        [{ bill: 135, tip_percent: 18 }, { paid: 159.3 }],
      ]),
    );
    expect(transform({ bill: 47.9, tip_percent: 12 })).toEqual({ paid: 53.65 });
    expect(transform({ bill: 10, tip_percent: 0 })).toEqual({ paid: 10 });
  });

  it('takes a discount in percent off the list price', () => {
    const { transform } = learn(
      pairs([
        [{ list_price: 80, discount: 25 }, { sale_price: 60 }],
        [{ list_price: 19.99, discount: 10 }, { sale_price: 17.99 }],
        [{ list_price: 250, discount: 30 }, { sale_price: 175 }],
      ]),
    );
    expect(transform({ list_price: 44, discount: 15 })).toEqual({ sale_price: 37.4 });
  });
});
