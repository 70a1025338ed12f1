/**
 * Where a record's time goes in the sandbox, on bench:compare's records and transform: CPU time
 * per record of one QuickJS guest on this thread (no workers, no messaging) for
 *
 * - `constant`: a transform returning 1: loading the batch's JSON, the batch loop, the result;
 * - `flat result`: returning a constant four-field object: adds encoding a flat result;
 * - `transform`: the generated transform, everything included;
 * - `transform ×10`: the transform called ten times per record, one result: (this − transform) ÷ 9
 *   is the transform's own compute in QuickJS;
 *
 * against the same function as plain in-process JavaScript (V8). CPU time of this thread, not
 * wall time, so other processes on the machine disturb it less (they still share caches and
 * cores). Usage: node bench/compare/breakdown.ts [--records N] [--rounds R]
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GuestSession } from '../../src/core/sandbox/guest.ts';
import { resolveLimits } from '../../src/core/sandbox/limits.ts';
import { prepareSource } from '../../src/core/sandbox/prepare-source.ts';
import { messyRecords } from './records.ts';
import { importTransform } from './transform-module.ts';

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '3' },
  },
});
const count = Number(values.records);
const rounds = Number(values.rounds);
const BATCH = 2000;

function cpuMs(): number {
  const usage = process.threadCpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Best CPU µs per record over `rounds` passes of `run`. */
function best(run: () => void): number {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = cpuMs();
    run();
    times.push(((cpuMs() - started) * 1000) / count);
  }
  return Number(Math.min(...times).toFixed(2));
}

const root = path.resolve(import.meta.dirname, '../..');
const work = await mkdtemp(path.join(os.tmpdir(), 'codify-breakdown-'));
try {
  const serviceDir = path.join(work, 'customers');
  await mkdir(serviceDir);
  for (const file of ['examples.json', 'schema.json']) {
    await copyFile(path.join(import.meta.dirname, file), path.join(serviceDir, file));
  }
  await writeFile(
    path.join(serviceDir, 'codify.json'),
    JSON.stringify({ name: 'customers', model: 'local' }),
  );
  const { loadService } = await import('../../src/transform/service.ts');
  const built = await (await loadService(serviceDir, { model: 'local' })).build();
  if (built.status !== 'passed') throw new Error(`build failed: ${built.reason}`);
  const source = await readFile(path.join(serviceDir, 'transform.ts'), 'utf8');
  const inner = source.replace('export default function transform(', 'function transform(');
  if (inner === source) throw new Error('transform.ts has no `export default function transform(`');

  const variants: [string, string][] = [
    ['constant', 'export default function t(input: unknown) { return 1; }'],
    [
      'flat result',
      "export default function t(input: unknown) { return { first_name: 'a', last_name: 'b', phone: '+15555550100', signed_up_on: '2020-01-01' }; }",
    ],
    ['transform', source],
    [
      'transform ×10',
      `${inner}\nexport default function t10(input: Input) { for (let i = 0; i < 9; i++) transform(input); return transform(input); }\n`,
    ],
  ];
  const texts = [...messyRecords(count)].map((record) => JSON.stringify(record));
  const guest: Record<string, number> = {};
  for (const [label, code] of variants) {
    const prepared = await prepareSource(code, 'transform.ts');
    const session = await GuestSession.create({
      code: prepared.code,
      filename: 'transform.ts',
      limits: resolveLimits({}),
    });
    guest[label] = best(() => {
      for (let at = 0; at < texts.length; at += BATCH)
        session.runBatch(texts.slice(at, at + BATCH), () => {});
    });
    session.dispose();
  }
  const plain = await importTransform(serviceDir);
  const records = [...messyRecords(count)];
  let sink = 0;
  const plainUs = best(() => {
    for (const record of records) sink += (plain(record) as { phone: string }).phone.length;
  });
  if (sink < 0) console.log(sink);

  const transformAlone = Number((((guest['transform ×10'] ?? 0) - (guest['transform'] ?? 0)) / 9).toFixed(2));
  const report = {
    benchmark: 'sandbox-breakdown',
    at: new Date().toISOString(),
    records: count,
    rounds,
    cpuMicrosecondsPerRecord: {
      guest,
      transformComputeInQuickJS: transformAlone,
      plainJsV8: plainUs,
    },
    ratios: {
      quickJsComputeVsV8: Number((transformAlone / plainUs).toFixed(1)),
      guestTotalVsV8: Number(((guest['transform'] ?? 0) / plainUs).toFixed(1)),
      /** Upper bound of sandbox ÷ plain with N cores running guests and nothing else. */
      ceilingOnTwoCores: Number(((2 * plainUs) / (guest['transform'] ?? 1)).toFixed(3)),
    },
    loadAverage: os.loadavg().map((n) => Number(n.toFixed(2))),
    cpus: os.cpus().length,
    node: process.version,
  };
  console.log(JSON.stringify(report, null, 2));
  await writeFile(
    path.join(root, 'bench/results/sandbox-breakdown.json'),
    `${JSON.stringify(report, null, 2)}\n`,
  );
  console.log('wrote bench/results/sandbox-breakdown.json');
} finally {
  await rm(work, { recursive: true, force: true });
}
