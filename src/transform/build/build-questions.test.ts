import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadService } from '../service.ts';
import { makeServiceDir } from '../testing/fixtures.ts';
import { readServiceFiles } from '../service/files.ts';
import { buildTransform } from './build.ts';
import type { Question } from './questions.ts';
import { defaultSynthesizer } from './synth-adapter.ts';
import type { SynthesisOptions } from './synth-adapter.ts';

const LOCAL = { name: 'dates', model: 'local', settings: { qaRate: 0, qaMin: 0 } };

// Every example date is written year-month-day with dashes.
const ISO_DATES = [
  { input: { id: 1, date: '2024-03-05' }, output: { year: '2024', month: '03' } },
  { input: { id: 2, date: '2023-11-20' }, output: { year: '2023', month: '11' } },
  { input: { id: 3, date: '2022-07-14' }, output: { year: '2022', month: '07' } },
];

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('build --sample asks what the product does not know', { timeout: 180_000 }, () => {
  it('asks about sample records of a date shape no example had, with why', async () => {
    const dir = await makeServiceDir({ 'examples.json': ISO_DATES, 'codify.json': LOCAL });
    dirs.push(dir);
    const svc = await loadService(dir);
    const built = await svc.build({
      sample: [
        { id: 9, date: '2021-01-30' },
        { id: 10, date: '05.03.2024' },
        { id: 11, date: '17.12.2020' },
      ],
    });
    expect(built.status).toBe('passed');
    const asked = built.ambiguity?.questions ?? [];
    // One question covers both dotted dates (one answer settles the format), asked because no
    // example had their shape (the code's date reader reads them another way than the examples') or because the rival programs (ranked on the sample too) disagree on
    // them; the dashed sample date is settled.
    const dotted = asked.filter((q) => /^\d\d\.\d\d\.\d{4}$/.test((q.input as { date: string }).date));
    expect(dotted, JSON.stringify(asked)).toHaveLength(1);
    expect(dotted[0]?.settles).toBe(2);
    expect(dotted[0]?.reason).toMatch(
      /no example had this shape: "date" reads as|programs that fit every example disagree on year/,
    );
    expect(asked.some((q) => (q.input as { id: number }).id === 9)).toBe(false);
    // The same questions reach questions.json (the server, the web tab and model answers read it).
    const written = JSON.parse(await readFile(path.join(dir, 'questions.json'), 'utf8')) as Question[];
    expect(written.map((q) => q.input)).toEqual(asked.map((q) => q.input));
  });

  it('gives the sample to the synthesizer, as the trust benchmark measures it (programs total on it rank first)', async () => {
    const dir = await makeServiceDir({ 'examples.json': ISO_DATES, 'codify.json': LOCAL });
    dirs.push(dir);
    const seen: SynthesisOptions[] = [];
    const sample = [{ id: 10, date: '2024-03-5' }];
    const result = await buildTransform(await readServiceFiles(dir), {
      model: null,
      useLocal: true,
      sample,
      synthesizer: (examples, options) => {
        seen.push(options ?? {});
        return defaultSynthesizer(examples, options);
      },
    });
    expect(result.status).toBe('passed');
    expect(seen.length).toBeGreaterThan(0);
    for (const options of seen) expect(options.inputs).toEqual(expect.arrayContaining(sample));
  });
});
