import { describe, expect, it } from 'vitest';
import { profileInputs } from './trust.ts';

describe("the trust gate and the code's own unit check", () => {
  const examples = [
    { input: { fill: '12 l' }, output: { litres: 12 } },
    { input: { fill: '7.5 l' }, output: { litres: 7.5 } },
    { input: { fill: '30 l' }, output: { litres: 30 } },
  ];

  it('reads a value passed through inUnits as read by the reader inside (here: only a number)', () => {
    const plain = profileInputs(examples, 'const litres = parseNumber(input.fill);');
    const checked = profileInputs(examples, "const litres = parseNumber(inUnits(input.fill, 'l'));");
    expect(plain.keys[0]?.numberOnly).toBe(true);
    expect(checked.keys[0]?.numberOnly).toBe(true);
    expect(checked.keys[0]?.classes).toEqual(plain.keys[0]?.classes);
  });
});
