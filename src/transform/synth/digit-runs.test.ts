import { describe, expect, it } from 'vitest';
import { loadTransform, synthesize } from './index.ts';

describe('digits joined by two dots or more are numbers of their own', () => {
  it('reads the parts of a dotted code as a person splitting at the dots does', () => {
    const builds = [
      { input: { build: 'r4.12.7' }, output: { major: 4, minor: 12 } },
      { input: { build: 'r2.0.31' }, output: { major: 2, minor: 0 } },
      { input: { build: 'r6.3.5' }, output: { major: 6, minor: 3 } },
    ];
    const result = synthesize(builds, { timeoutMs: 3000 });
    expect(result.complete).toBe(true);
    const run = loadTransform(result.code ?? '');
    expect(run({ build: 'r17.41.2' })).toEqual({ major: 17, minor: 41 });
    expect(run({ build: 'r0.9.0' })).toEqual({ major: 0, minor: 9 });
  });

  it('reads an octet of an address', () => {
    const hosts = [
      { input: { ip: '172.16.4.20' }, output: { subnet: 4 } },
      { input: { ip: '172.16.9.3' }, output: { subnet: 9 } },
      { input: { ip: '172.16.12.77' }, output: { subnet: 12 } },
    ];
    const run = loadTransform(synthesize(hosts, { timeoutMs: 3000 }).code ?? '');
    expect(run({ ip: '172.16.250.1' })).toEqual({ subnet: 250 });
  });
});

describe('a fitted factor whose rounding makes the answer', () => {
  it('is not a program: a scale that only fits because a rounding moves 0.096 to 1 is refused', () => {
    // ceil(x × 0.0009) fits all three (ceil(0.096) = 1), and so does round(x × 0.0005 + 0.9), as
    // do factors 1% off: coincidences the rounding makes, which no person would write.
    const tags = [
      { input: { tag: 'A-2143' }, output: { n: 2 } },
      { input: { tag: 'A-107' }, output: { n: 1 } },
      { input: { tag: 'A-3211' }, output: { n: 3 } },
    ];
    const result = synthesize(tags, { timeoutMs: 3000 });
    expect(result.code ?? '').not.toMatch(
      /Math\.(?:ceil|floor|round)\(parseNumber\(input\.tag\) \* -?0\.000/,
    );
  });

  it('still fits a factor the rounding only tidies (a 20% discount to whole cents)', () => {
    const sale = [
      { input: { price: 12.5 }, output: { now: 10 } },
      { input: { price: 19.99 }, output: { now: 15.99 } },
      { input: { price: 7.45 }, output: { now: 5.96 } },
    ];
    const run = loadTransform(synthesize(sale, { timeoutMs: 3000 }).code ?? '');
    expect(run({ price: 100 })).toEqual({ now: 80 });
  });
});
