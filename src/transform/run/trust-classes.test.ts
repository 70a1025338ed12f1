import { describe, expect, it } from 'vitest';
import { classOf, profileInputs, uncoveredShape } from './trust.ts';

/** The definition classOf's ASCII fast path must agree with. */
function byRegex(ch: string): string {
  if (/\p{L}/u.test(ch)) return 'L';
  if (/\p{N}/u.test(ch)) return 'D';
  if (/\s/u.test(ch)) return 'S';
  return ch;
}

describe('classOf', () => {
  it('classifies every ASCII character as the Unicode regexes do', () => {
    for (let code = 0; code < 0x80; code++) {
      const ch = String.fromCharCode(code);
      expect(classOf(ch), `code ${code}`).toBe(byRegex(ch));
    }
  });

  it('classifies non-ASCII letters, digits and spaces by Unicode', () => {
    for (const ch of ['é', 'ß', 'Ж', '中', '٣', '\u00a0', '\u2003', '€', '😀']) {
      expect(classOf(ch), ch).toBe(byRegex(ch));
    }
  });
});

describe('uncoveredShape', () => {
  it('names each unseen class once, in the order the value shows them', () => {
    const profile = profileInputs([{ input: { phone: '555 0100' }, output: {} }], null);
    expect(uncoveredShape(profile, { phone: 'x+1 (555) é+x' })).toBe(
      '"phone" has letters, "+", "(", ")", which no example\'s "phone" had',
    );
    expect(uncoveredShape(profile, { phone: '0100 555' })).toBeNull();
  });
});
