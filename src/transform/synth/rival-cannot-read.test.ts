import { describe, expect, it } from 'vitest';
import { cannotRead } from './helpers.ts';
import { loadTransform } from './index.ts';
import { disagreementsOf, rivalsModule, type FieldSpace } from './version-space.ts';
import type { Expr } from './expr.ts';

// A chosen program that copies a word, beside a rival reader that knows a closed set of words and
// cannot read any other. Before readers threw, the rival's "" was a disagreement; its "cannot read"
// must stay one, or the chosen program's guess is written on exactly the inputs nobody can read.
const copy: Expr = {
  code: (root) => `${root}.tier`,
  run: (root) => (root as { tier: string }).tier,
  cost: 1,
  helpers: [],
  describe: (root) => `${root}.tier`,
};
const knownTier: Expr = {
  code: (root) =>
    `(['gold', 'silver'].includes(${root}.tier) ? ${root}.tier : cannotRead('tier', ${root}.tier, 'no known tier'))`,
  run: (root) => {
    const tier = (root as { tier: string }).tier;
    return ['gold', 'silver'].includes(tier) ? tier : cannotRead('tier', tier, 'no known tier');
  },
  cost: 2,
  helpers: ['cannotRead'],
  describe: () => 'a known tier',
};
const field: FieldSpace = {
  field: 'tier',
  segments: ['tier'],
  chosen: copy,
  rivals: [knownTier],
  tolerance: 0,
};

describe('a rival that cannot read an input', () => {
  it('disagrees with a chosen program that answers', () => {
    expect(disagreementsOf([field], { tier: 'gold' })).toEqual([]);
    const found = disagreementsOf([field], { tier: 'platinum' });
    expect(found).toHaveLength(1);
    expect(found[0]?.outputs[0]).toBe('platinum');
    expect(found[0]?.outputs[1]).toEqual({ cannotRead: expect.stringContaining('platinum') as unknown });
  });

  it('says so in the rivals module a run uses', () => {
    const rivals = loadTransform(rivalsModule([field], []));
    const out = (rivals({ tier: 'platinum' }) as { rivals: Record<string, unknown[]> }).rivals;
    expect(out['tier']?.[0]).toEqual({ cannotRead: expect.stringContaining('platinum') as unknown });
    const settled = (rivals({ tier: 'silver' }) as { rivals: Record<string, unknown[]> }).rivals;
    expect(settled['tier']).toEqual(['silver']);
  });
});
