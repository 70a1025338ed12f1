import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { everyday3Dir, everyday3Tasks, TEST_RECORDS } from './everyday3-gen.ts';
import type { BenchTask } from './task.ts';

const committed = (): BenchTask[] =>
  readdirSync(everyday3Dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(everyday3Dir, f), 'utf8')) as BenchTask);

const byName = (name: string): BenchTask => {
  const t = committed().find((x) => x.name === name);
  if (!t) throw new Error(`no task ${name}`);
  return t;
};
const labels = (t: BenchTask, key: string): unknown[] =>
  [...t.train, ...t.test].map((p) => (p.output as Record<string, unknown>)[key]);

/** Check digits recomputed here, separately from the generator, to check its labels. */
const eanValid = (code: string): boolean =>
  /^\d{13}$/.test(code) && [...code].reduce((s, c, i) => s + Number(c) * (i % 2 === 0 ? 1 : 3), 0) % 10 === 0;
const isbn10Valid = (code: string): boolean =>
  /^\d{9}[\dX]$/.test(code) &&
  [...code].reduce((s, c, i) => s + (c === 'X' ? 10 : Number(c)) * (10 - i), 0) % 11 === 0;

describe('everyday3 tuning tasks (bench/synth/tasks/everyday3)', () => {
  it('are the generator output exactly (the generator is deterministic and is the reference)', () => {
    const generated = everyday3Tasks()
      .slice()
      .sort((a, b) => a.name.localeCompare(b.name));
    const files = committed();
    expect(files.map((t) => t.name)).toEqual(generated.map((t) => t.name));
    expect(files).toEqual(JSON.parse(JSON.stringify(generated)));
  });

  it('have the e3- prefix, 3–5 training examples, the full number of distinct test records and one output shape', () => {
    const tasks = committed();
    expect(tasks.length).toBeGreaterThanOrEqual(36);
    for (const t of tasks) {
      expect(t.name, t.name).toMatch(/^e3-/);
      expect(t.train.length, t.name).toBeGreaterThanOrEqual(3);
      expect(t.train.length, t.name).toBeLessThanOrEqual(5);
      expect(t.test.length, t.name).toBe(TEST_RECORDS);
      const inputs = t.test.map((p) => JSON.stringify(p.input));
      expect(new Set(inputs).size, t.name).toBe(inputs.length);
      const keys = new Set([...t.train, ...t.test].map((p) => Object.keys(p.output as object).join(',')));
      expect(keys.size, t.name).toBe(1);
    }
  });

  it('never give one input two different labels, in training or test', () => {
    for (const t of committed()) {
      const seen = new Map<string, string>();
      for (const p of [...t.train, ...t.test]) {
        const key = JSON.stringify(p.input);
        const label = JSON.stringify(p.output);
        expect(seen.get(key) ?? label, `${t.name}: ${key}`).toBe(label);
        seen.set(key, label);
      }
    }
  });

  it('label EAN-13s and ISBN-13s whose check digits are right (training examples included)', () => {
    for (const code of [
      ...labels(byName('e3-upc-to-ean13'), 'ean13'),
      ...labels(byName('e3-ean13-check-digit'), 'ean13'),
      ...labels(byName('e3-isbn-to-13'), 'isbn13'),
    ])
      expect(eanValid(String(code)), String(code)).toBe(true);
    const check = byName('e3-isbn-check');
    for (const p of [...check.train, ...check.test]) {
      const { isbn, valid } = p.output as { isbn: string; valid: boolean };
      expect(isbn.length === 13 ? eanValid(isbn) : isbn10Valid(isbn), isbn).toBe(valid);
    }
    const invalid = check.test.filter((p) => !(p.output as { valid: boolean }).valid).length;
    expect(invalid).toBeGreaterThan(20);
  });

  it('label "cannot tell" (null) only where the input cannot settle it, and not too rarely', () => {
    const ambiguous = byName('e3-date-slash-ambiguous');
    for (const p of [...ambiguous.train, ...ambiguous.test]) {
      const [a, b] = String((p.input as { posted: string }).posted)
        .split('/')
        .map(Number) as [number, number];
      const both = a <= 12 && b <= 12 && a !== b;
      expect((p.output as { date: string | null }).date === null, JSON.stringify(p.input)).toBe(both);
    }
    for (const [name, key] of [
      ['e3-date-slash-ambiguous', 'date'],
      ['e3-phone-country-sometimes', 'e164'],
      ['e3-money-currency', 'currency'],
      ['e3-rsvp-reply', 'rsvp'],
    ] as const) {
      const nulls = labels(byName(name), key).filter((v) => v === null).length;
      expect(nulls, name).toBeGreaterThan(10);
    }
  });
});
