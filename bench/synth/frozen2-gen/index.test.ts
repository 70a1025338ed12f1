import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { BenchTask, TestRecord } from '../task.ts';
import { frozen2Dir, frozen2Tasks, TEST_RECORDS } from './index.ts';

let cache: BenchTask[] | undefined;
const committed = (): BenchTask[] =>
  (cache ??= readdirSync(frozen2Dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(frozen2Dir, f), 'utf8')) as BenchTask));
const byName = (name: string): BenchTask => {
  const t = committed().find((x) => x.name === name);
  if (!t) throw new Error(`no task ${name}`);
  return t;
};
type Rec = Record<string, unknown>;
const field = (p: { input: unknown }, key: string): string => String((p.input as Rec)[key]);

/** Check digits recomputed here, apart from the generator, to check its labels. */
const bare = (s: string): string =>
  s
    .replace(/^\s*(ISBN|IBAN)\s*/i, '')
    .replace(/[\s-]/g, '')
    .toUpperCase();
const mod10 = (code: string, odd: number, even: number): number =>
  [...code].reverse().reduce((s, c, i) => s + Number(c) * (i % 2 === 0 ? odd : even), 0) % 10;
const gtinOk = (c: string): boolean => /^\d{12,13}$/.test(c) && mod10(c, 1, 3) === 0;
const luhnOk = (c: string): boolean =>
  [...c].reverse().reduce((s, ch, i) => {
    const d = Number(ch) * (i % 2 === 1 ? 2 : 1);
    return s + (d > 9 ? d - 9 : d);
  }, 0) %
    10 ===
  0;
const ibanOk = (c: string): boolean =>
  BigInt(
    [...(c.slice(4) + c.slice(0, 4))]
      .map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch))
      .join(''),
  ) %
    97n ===
  1n;
const isbn10Ok = (c: string): boolean =>
  /^\d{9}[\dX]$/.test(c) &&
  [...c].reduce((s, ch, i) => s + (ch === 'X' ? 10 : Number(ch)) * (10 - i), 0) % 11 === 0;

describe('second frozen held-out set (bench/synth/frozen2)', () => {
  it('is the generator output exactly (deterministic; the generator is the reference)', () => {
    const generated = frozen2Tasks().sort((a, b) => a.name.localeCompare(b.name));
    const files = committed();
    expect(files.map((t) => t.name)).toEqual(generated.map((t) => t.name));
    expect(files).toEqual(JSON.parse(JSON.stringify(generated)));
  });

  it('has ~50 tasks, each with 3–4 examples, a one-line description, a schema and distinct unseen held records', () => {
    const tasks = committed();
    expect(tasks.length).toBeGreaterThanOrEqual(50);
    expect(TEST_RECORDS).toBeGreaterThanOrEqual(200);
    expect(TEST_RECORDS).toBeLessThanOrEqual(300);
    for (const t of tasks) {
      expect(t.name, t.name).toMatch(/^f2-/);
      expect(t.description, t.name).not.toMatch(/\n/);
      expect(t.train.length, t.name).toBeGreaterThanOrEqual(3);
      expect(t.train.length, t.name).toBeLessThanOrEqual(4);
      expect(t.test.length, t.name).toBe(TEST_RECORDS);
      const train = new Set(t.train.map((p) => JSON.stringify(p.input)));
      const inputs = t.test.map((p) => JSON.stringify(p.input));
      expect(new Set(inputs).size, t.name).toBe(inputs.length);
      expect(
        inputs.filter((i) => train.has(i)),
        t.name,
      ).toEqual([]);
    }
  });

  it('labels every example and held record with an output its schema accepts', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    for (const t of committed()) {
      expect(t.schema, t.name).toBeDefined();
      const validate = ajv.compile(t.schema ?? {});
      for (const p of [...t.train, ...t.test]) {
        expect(
          validate(p.output),
          `${t.name}: ${JSON.stringify(p.output)} ${ajv.errorsText(validate.errors)}`,
        ).toBe(true);
      }
    }
  });

  it('labels barcodes, cards, IBANs and ISBNs by their check digits, with both answers common', () => {
    const checks: [string, string, (p: TestRecord) => boolean][] = [
      [
        'f2-barcode-ean-upc-valid',
        'barcode',
        (p) => gtinOk(bare(field(p, 'barcode'))) === (p.output as Rec).valid,
      ],
      ['f2-card-brand-mask-luhn', 'card', (p) => luhnOk(bare(field(p, 'card'))) === (p.output as Rec).valid],
      [
        'f2-iban-country-format-valid',
        'iban',
        (p) => ibanOk(bare(field(p, 'iban'))) === (p.output as Rec).valid,
      ],
      [
        'f2-isbn10-to-isbn13',
        'isbn',
        (p) => isbn10Ok(bare(field(p, 'isbn'))) === ((p.output as Rec).isbn13 !== null),
      ],
    ];
    for (const [name, , check] of checks) {
      const records = byName(name).test;
      for (const p of records) expect(check(p), `${name}: ${JSON.stringify(p)}`).toBe(true);
    }
    for (const name of [
      'f2-barcode-ean-upc-valid',
      'f2-card-brand-mask-luhn',
      'f2-iban-country-format-valid',
    ]) {
      const invalid = byName(name).test.filter((p) => (p.output as Rec).valid === false).length;
      expect(invalid, name).toBeGreaterThan(30);
      expect(TEST_RECORDS - invalid, name).toBeGreaterThan(30);
    }
    for (const p of byName('f2-isbn10-to-isbn13').test) {
      const isbn13 = (p.output as Rec).isbn13;
      if (isbn13 !== null) expect(gtinOk(String(isbn13)), String(isbn13)).toBe(true);
    }
  });

  it('marks review exactly the records no rule can settle, and only in the tasks built around them', () => {
    const marked = committed()
      .filter((t) => t.test.some((p) => p.review))
      .map((t) => t.name);
    expect(marked).toEqual([
      'f2-date-mixed-us-eu-slash',
      'f2-duration-text-to-seconds',
      'f2-kpi-change-percent-label',
      'f2-name-last-first-parts',
      'f2-percent-text-to-fraction',
      'f2-phone-us-to-e164-ext',
      'f2-price-mixed-locale-amount-currency',
      'f2-sku-style-colour-size',
      'f2-timestamp-zone-to-utc',
    ]);
    const markedOnly = (name: string, unknowable: (p: TestRecord) => boolean): void => {
      for (const p of byName(name).test)
        expect(p.review === true, `${name}: ${JSON.stringify(p.input)}`).toBe(unknowable(p));
    };
    // Both parts ≤ 12 and different: month/day or day/month cannot be told.
    markedOnly('f2-date-mixed-us-eu-slash', (p) => {
      const m = /^(\d+)[/.-](\d+)[/.-]\d{4}$/.exec(field(p, 'date'));
      return m !== null && Number(m[1]) <= 12 && Number(m[2]) <= 12 && Number(m[1]) !== Number(m[2]);
    });
    markedOnly('f2-duration-text-to-seconds', (p) => /^\d+:\d\d$/.test(field(p, 'duration')));
    markedOnly(
      'f2-phone-us-to-e164-ext',
      (p) => bare(field(p, 'phone').replace(/(ext\.?|x|#|, extension).*$/, '')).length === 7,
    );
    markedOnly('f2-price-mixed-locale-amount-currency', (p) => /^\s*\$/.test(field(p, 'price')));
    markedOnly('f2-timestamp-zone-to-utc', (p) => /IST/.test(field(p, 'ts')));
    markedOnly('f2-sku-style-colour-size', (p) => !/RED|BLK|WHT|NVY|GRY/i.test(field(p, 'sku')));
    markedOnly('f2-percent-text-to-fraction', (p) => /^\s*0?\.\d+\s*$|^\s*1\s*$/.test(field(p, 'rate')));
    // Each of those tasks still has plenty of records the examples do settle.
    for (const name of marked) {
      const n = byName(name).test.filter((p) => p.review).length;
      expect(n, name).toBeGreaterThan(0);
      expect(n, name).toBeLessThan(TEST_RECORDS / 2);
    }
  });

  it('holds back what the narrow examples never show', () => {
    const unseen = (name: string, key: string): number => {
      const t = byName(name);
      const shown = new Set(t.train.map((p) => JSON.stringify((p.output as Rec)[key])));
      return t.test.filter((p) => !shown.has(JSON.stringify((p.output as Rec)[key]))).length;
    };
    // examples all USD, all ON, all VIC/NSW, all US addresses' states of three, all GB/DE/FR
    expect(unseen('f2-cents-to-display-en-us', 'display')).toBeGreaterThan(200);
    expect(unseen('f2-address-ca-province-postal', 'province')).toBeGreaterThan(100);
    expect(unseen('f2-address-au-suburb-state', 'state')).toBeGreaterThan(100);
    expect(
      byName('f2-cents-to-display-en-us').test.filter((p) => field(p, 'currency') !== 'USD').length,
    ).toBeGreaterThan(50);
    expect(
      byName('f2-utc-to-local-zone').test.filter((p) => /-0[4-9]-/.test(field(p, 'utc'))).length,
    ).toBeGreaterThan(50);
    expect(
      byName('f2-phone-national-country-to-e164').test.filter((p) => field(p, 'country') === 'IT').length,
    ).toBeGreaterThan(10);
  });
});
