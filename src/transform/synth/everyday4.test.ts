import { describe, expect, it } from 'vitest';
import * as H from './helpers.ts';
import { loadTransform, synthesize, type SynthExample } from './index.ts';

const pairs = (rows: [unknown, unknown][]): SynthExample[] =>
  rows.map(([input, output]) => ({ input, output }));

function learn(train: SynthExample[], options: Parameters<typeof synthesize>[1] = {}) {
  const result = synthesize(train, { timeoutMs: 4000, ...options });
  expect(result.unsolved).toEqual([]);
  expect(result.code).not.toBeNull();
  return { result, transform: loadTransform(result.code ?? '') };
}

describe('file sizes', () => {
  it.each([
    ['1.5 GB', 'b', 1.5e9],
    ['512KB', 'b', 512000],
    ['2 GiB', 'b', 2 * 1024 ** 3],
    ['1,024 bytes', 'b', 1024],
    ['3.2 TB', 'gb', 3200],
    ['624 KiB', 'kb', 638.976],
    ['1 MiB', 'kib', 1024],
  ] as const)('reads %s in %s', (text, unit, expected) => {
    expect(H.toUnit(text, unit)).toBeCloseTo(expected, 6);
  });

  it('is NaN for a size in another kind of unit', () => {
    expect(H.toUnit('5 kg', 'b')).toBeNaN();
    expect(H.toUnit('5 GB', 'kg')).toBeNaN();
  });

  it('learns bytes from sizes in decimal and binary units, and reads units it was not shown', () => {
    const { transform } = learn(
      pairs([
        [{ size: '1.5 GB' }, { bytes: 1500000000 }],
        [{ size: '512 KB' }, { bytes: 512000 }],
        [{ size: '2 GiB' }, { bytes: 2147483648 }],
        [{ size: '800 bytes' }, { bytes: 800 }],
      ]),
    );
    expect(transform({ size: '624 KiB' })).toEqual({ bytes: 638976 });
    expect(transform({ size: '3.2 TB' })).toEqual({ bytes: 3.2e12 });
    expect(transform({ size: '536.3 MiB' })).toEqual({ bytes: 562351309 });
  });
});

describe('words of an ordered set read as numbers', () => {
  const weekdays = [
    ['monday', 'mon', 'mo'],
    ['tuesday', 'tue', 'tues', 'tu'],
  ];
  it('gives the place of the word the text names, NaN when none', () => {
    expect(H.rankOf('Tues.', weekdays)).toBe(2);
    expect(H.rankOf('MON', weekdays)).toBe(1);
    expect(H.rankOf('Sunday', weekdays)).toBeNaN();
  });

  it('learns ISO weekday numbers and reads abbreviations it was not shown', () => {
    const { transform } = learn(
      pairs([
        [{ closed_on: 'Monday' }, { isoWeekday: 1 }],
        [{ closed_on: 'Sun' }, { isoWeekday: 7 }],
        [{ closed_on: 'Wed' }, { isoWeekday: 3 }],
      ]),
    );
    expect(transform({ closed_on: 'Th' })).toEqual({ isoWeekday: 4 });
    expect(transform({ closed_on: 'sat.' })).toEqual({ isoWeekday: 6 });
    expect(transform({ closed_on: 'Tues' })).toEqual({ isoWeekday: 2 });
  });

  it('learns weekdays counted from Sunday at 0, as a calendar API does', () => {
    const { transform } = learn(
      pairs([
        [{ day: 'Sunday' }, { n: 0 }],
        [{ day: 'Mon' }, { n: 1 }],
        [{ day: 'Saturday' }, { n: 6 }],
      ]),
    );
    expect(transform({ day: 'Wednesday' })).toEqual({ n: 3 });
  });

  it('reads priority words most urgent first, and months and garment sizes in their order', () => {
    const priority = learn(
      pairs([
        [{ p: 'urgent' }, { rank: 1 }],
        [{ p: 'high' }, { rank: 2 }],
        [{ p: 'low' }, { rank: 4 }],
      ]),
    );
    expect(priority.transform({ p: 'Normal' })).toEqual({ rank: 3 });
    const months = learn(
      pairs([
        [{ m: 'January' }, { month: 1 }],
        [{ m: 'Mar' }, { month: 3 }],
        [{ m: 'oct.' }, { month: 10 }],
      ]),
    );
    expect(months.transform({ m: 'Sept' })).toEqual({ month: 9 });
    const sizes = learn(
      pairs([
        [{ size: 'Small' }, { order: 2 }],
        [{ size: 'XL' }, { order: 5 }],
        [{ size: 'medium' }, { order: 3 }],
      ]),
    );
    expect(sizes.transform({ size: 'XS' })).toEqual({ order: 1 });
  });
});

describe('check digits valid', () => {
  it.each([
    ['0-306-40615-2', 'isbn', true],
    ['0-306-40615-3', 'isbn', false],
    ['080442957X', 'isbn', true],
    ['978-0-306-40615-7', 'isbn', true],
    ['978-0-306-40615-8', 'isbn', false],
    ['4006381333931', 'gs1', true],
    ['036000291452', 'gs1', true],
    ['036000291453', 'gs1', false],
    ['4539 1488 0343 6467', 'luhn', true],
    ['4539 1488 0343 6468', 'luhn', false],
    ['12', 'gs1', false],
  ] as const)('%s by %s: %s', (code, scheme, expected) => {
    expect(H.checkDigitValid(code, scheme)).toBe(expected);
  });

  it('learns whether an ISBN check digit is right, for ISBN-10s and ISBN-13s', () => {
    const { transform } = learn(
      pairs([
        [{ isbn: '0-306-40615-2' }, { valid: true }],
        [{ isbn: '978-0-306-40615-7' }, { valid: true }],
        [{ isbn: '0-306-40615-3' }, { valid: false }],
        [{ isbn: '978-1-86197-876-9' }, { valid: true }],
      ]),
    );
    expect(transform({ isbn: '080442957x' })).toEqual({ valid: true });
    expect(transform({ isbn: '9780804429573' })).toEqual({ valid: true });
    expect(transform({ isbn: '9780804429574' })).toEqual({ valid: false });
  });

  it('learns a card number check (Luhn)', () => {
    const { transform } = learn(
      pairs([
        [{ card: '4539 1488 0343 6467' }, { ok: true }],
        [{ card: '4539 1488 0343 6468' }, { ok: false }],
        [{ card: '6011-0009-9013-9424' }, { ok: true }],
      ]),
    );
    expect(transform({ card: '3714 496353 98431' })).toEqual({ ok: true });
    expect(transform({ card: '3714 496353 98432' })).toEqual({ ok: false });
  });
});

describe('times of day in 24 hours', () => {
  it.each([
    ['9am', '09:00'],
    ['5:30 PM', '17:30'],
    ['12:15 a.m.', '00:15'],
    ['12pm', '12:00'],
    ['9.15am', '09:15'],
    ['15:30', '15:30'],
    ['0930h', '09:30'],
    ['9h30', '09:30'],
    ['Noon', '12:00'],
    ['midnight', '00:00'],
    ['13pm', ''],
    ['25:00', ''],
    ['soon', ''],
  ])('reads %j as %j', (text, expected) => {
    expect(H.clock24(text, false)).toBe(expected);
  });

  it('adds seconds when asked', () => {
    expect(H.clock24('7:05:09 pm', true)).toBe('19:05:09');
    expect(H.clock24('7:05 pm', true)).toBe('19:05:00');
  });

  it('learns opening times written many ways as HH:MM', () => {
    const { transform } = learn(
      pairs([
        [{ opens: '9am' }, { time: '09:00' }],
        [{ opens: '5:30 PM' }, { time: '17:30' }],
        [{ opens: '14:00' }, { time: '14:00' }],
        [{ opens: 'noon' }, { time: '12:00' }],
      ]),
    );
    expect(transform({ opens: '2:15 AM' })).toEqual({ time: '02:15' });
    expect(transform({ opens: '8.45pm' })).toEqual({ time: '20:45' });
    expect(transform({ opens: 'Midnight' })).toEqual({ time: '00:00' });
  });
});
