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
  it('gives the place of the word the text names, a review when none', () => {
    expect(H.rankOf('Tues.', weekdays)).toBe(2);
    expect(H.rankOf('MON', weekdays)).toBe(1);
    expect(() => H.rankOf('Sunday', weekdays)).toThrow(/^rankOf cannot read "Sunday"/);
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
  ])('reads %j as %j', (text, expected) => {
    expect(H.clock24(text, false)).toBe(expected);
  });

  it.each(['13pm', '25:00', 'soon'])('stops %j for review (no time of day)', (text) => {
    expect(() => H.clock24(text, false)).toThrow(/^clock24 cannot read/);
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

describe('ordered sets in other languages and phrasings', () => {
  it('reads month and weekday names in French, German and Spanish', () => {
    const months = learn(
      pairs([
        [{ month: 'March' }, { month: 3 }],
        [{ month: 'Oct' }, { month: 10 }],
        [{ month: 'July' }, { month: 7 }],
      ]),
    );
    for (const [text, n] of [
      ['août', 8],
      ['März', 3],
      ['diciembre', 12],
      ['janvier', 1],
      ['Oktober', 10],
      ['mayo', 5],
    ] as const)
      expect(months.transform({ month: text })).toEqual({ month: n });
    const days = learn(
      pairs([
        [{ weekday: 'Monday' }, { n: 2 }],
        [{ weekday: 'Tuesday' }, { n: 3 }],
        [{ weekday: 'Wed' }, { n: 4 }],
        [{ weekday: 'Friday' }, { n: 6 }],
      ]),
    );
    for (const [text, n] of [
      ['dimanche', 1],
      ['Donnerstag', 5],
      ['sábado', 7],
      ['Su', 1],
    ] as const)
      expect(days.transform({ weekday: text })).toEqual({ n });
  });

  it('reads a phrase of the set inside a longer answer, the longest that fits', () => {
    const likert = [
      ['strongly disagree', 'sd', 'disagree strongly'],
      ['disagree', 'd'],
      ['neutral', 'n', 'neither agree nor disagree'],
      ['agree', 'a'],
      ['strongly agree', 'sa', 'agree strongly'],
    ];
    expect(H.rankOf('1 - Strongly disagree', likert)).toBe(1);
    expect(H.rankOf('Neither agree nor disagree', likert)).toBe(3);
    expect(H.rankOf('SA', likert)).toBe(5);
    expect(() => H.rankOf('Prefer not to say', likert)).toThrow(/^rankOf cannot read/);
  });

  it('learns agreement scores and risk levels from a few words', () => {
    const likert = learn(
      pairs([
        [{ answer: 'Agree' }, { score: 4 }],
        [{ answer: 'Strongly agree' }, { score: 5 }],
        [{ answer: 'Disagree' }, { score: 2 }],
        [{ answer: 'Neutral' }, { score: 3 }],
      ]),
    );
    expect(likert.transform({ answer: '1 - Strongly disagree' })).toEqual({ score: 1 });
    expect(likert.transform({ answer: 'Somewhat agree' })).toEqual({ score: 4 });
    const risk = learn(
      pairs([
        [{ risk: 'low' }, { score: 1 }],
        [{ risk: 'medium' }, { score: 2 }],
        [{ risk: 'high' }, { score: 3 }],
      ]),
    );
    expect(risk.transform({ risk: 'negligible' })).toEqual({ score: 0 });
    expect(risk.transform({ risk: 'Very High' })).toEqual({ score: 4 });
    // Medium on one scale, high on another: not read as either, the record goes to a person.
    expect(() => risk.transform({ risk: 'elevated' })).toThrow(/^rankOf cannot read "elevated"/);
  });
});

describe('international prefixes', () => {
  it.each([
    ['+44 20 7946 0321', '+442079460321'],
    ['0049 30 12345678', '+493012345678'],
    ['011 55 119 04515770', '+5511904515770'],
    ['011-353 15 4581 17', '+35315458117'],
    ['011.81.31.6774.685', '+81316774685'],
  ])('reads %s in E.164 with no country given', (dialed, expected) => {
    expect(H.e164(dialed, '')).toBe(expected);
  });

  it('leaves a national number starting 011 to its country (a Leeds number is not dialled abroad)', () => {
    expect(H.e164('0113 496 0000', 'GB')).toBe('+441134960000');
    expect(() => H.e164('01134960000', '')).toThrow(/^e164 cannot read/);
  });

  it('splits off the calling code after any of the prefixes, with or without its plus', () => {
    expect(H.phonePart('011 55 119 04515770', 'code')).toBe('+55');
    expect(H.phonePart('0049 30 12345678', 'country')).toBe('49');
    expect(H.phonePart('011-353 15 4581 17', 'number')).toBe('15458117');
  });

  it('learns the country code and E.164 of numbers dialled with +, 00 and 011', () => {
    const { transform } = learn(
      pairs([
        [{ dialed: '+44 20 7946 0321' }, { countryCode: '44', e164: '+442079460321' }],
        [{ dialed: '0049 30 12345678' }, { countryCode: '49', e164: '+493012345678' }],
        [{ dialed: '+33 1 42 68 53 00' }, { countryCode: '33', e164: '+33142685300' }],
        [{ dialed: '00 81 3 1234 5678' }, { countryCode: '81', e164: '+81312345678' }],
      ]),
    );
    expect(transform({ dialed: '011 55 119 04515770' })).toEqual({
      countryCode: '55',
      e164: '+5511904515770',
    });
    expect(transform({ dialed: '011-353 15 4581 17' })).toEqual({ countryCode: '353', e164: '+35315458117' });
  });
});

describe('time ranges', () => {
  it.each([
    ['9am-5:30pm', '09:00', '17:30', 510],
    ['09:00 – 17:00', '09:00', '17:00', 480],
    ['9–5', '09:00', '17:00', 480],
    ['8:15–1:45', '08:15', '13:45', 330],
    ['22:00-06:00', '22:00', '06:00', 480],
    ['10 a.m. to 10:30pm', '10:00', '22:30', 750],
    ['7h30 to 16h', '07:30', '16:00', 510],
    ['6:15 AM - 10:30p.m.', '06:15', '22:30', 975],
    ['20:00 – 4:00', '20:00', '04:00', 480],
    ['23:00 – 8:30', '23:00', '08:30', 570],
  ])('reads %j as %s to %s, %d minutes', (text, start, end, minutes) => {
    expect(H.timeRange(text, 'start')).toBe(start);
    expect(H.timeRange(text, 'end')).toBe(end);
    expect(H.rangeMinutes(text)).toBe(minutes);
  });

  it('reads no range in a single time or in words', () => {
    expect(() => H.timeRange('9am', 'start')).toThrow(/^timeRange cannot read "9am"/);
    expect(() => H.rangeMinutes('closed')).toThrow(/^rangeMinutes cannot read "closed"/);
  });

  it('learns the start and end of opening hours, and a shift length in minutes', () => {
    const hours = learn(
      pairs([
        [{ hours: '9am-5:30pm' }, { start: '09:00', end: '17:30' }],
        [{ hours: '10am-6pm' }, { start: '10:00', end: '18:00' }],
        [{ hours: '8:30am-4pm' }, { start: '08:30', end: '16:00' }],
      ]),
    );
    expect(hours.transform({ hours: '10 a.m. to 10:30pm' })).toEqual({ start: '10:00', end: '22:30' });
    expect(hours.transform({ hours: '7:30–22:00' })).toEqual({ start: '07:30', end: '22:00' });
    const shifts = learn(
      pairs([
        [{ shift: '09:00-17:30' }, { minutes: 510 }],
        [{ shift: '08:00-16:00' }, { minutes: 480 }],
        [{ shift: '10:00-18:45' }, { minutes: 525 }],
      ]),
    );
    expect(shifts.transform({ shift: '22:00–06:00' })).toEqual({ minutes: 480 });
    expect(shifts.transform({ shift: '8am - 4:30pm' })).toEqual({ minutes: 510 });
  });
});
