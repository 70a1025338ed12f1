/**
 * Code vs one model call per record, on the same messy customer records (names, phones, dates):
 *
 * - `sandbox`: the transform the local engine builds from bench/compare/examples.json, run through
 *   the real run path (`TransformService.run`: sandbox workers, schema check).
 * - `plain-js`: the same generated function, types stripped, imported in-process and called in a
 *   loop: the upper bound for code (no isolation, no schema check).
 * - `model`: one call per record through the real provider code (`createModel`, AI SDK over HTTP)
 *   against the local OpenAI-compatible test server. SIMULATED: the server's latency and the price
 *   are a model of a provider, its answers are scripted (computed with the same generated
 *   function); no real model is called. Its time and cost are extrapolated to the code paths'
 *   record count.
 *
 * Each path runs in its own child process, so its peak RSS is its own.
 * Usage: npm run bench:compare -- [--full] [--records N] [--model-records N] [--latency-ms MS]
 *        [--concurrency C] [--input-price USD] [--output-price USD]
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import { runPhase } from './phases.ts';
import type { PhaseOptions, PhaseResult } from './phases.ts';
import { formatTable } from './table.ts';

const { values } = parseArgs({
  options: {
    full: { type: 'boolean', default: false },
    records: { type: 'string' },
    'model-records': { type: 'string' },
    'latency-ms': { type: 'string', default: '800' },
    concurrency: { type: 'string', default: '8' },
    // gpt-4o-mini's list price (USD per million tokens), a typical small model.
    'input-price': { type: 'string', default: '0.15' },
    'output-price': { type: 'string', default: '0.6' },
    // Internal: run one path in this process and print its result as JSON.
    phase: { type: 'string' },
    'service-dir': { type: 'string' },
  },
});

function positiveNumber(name: string, raw: string | undefined, fallback: number): number {
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a non-negative number`);
  return value;
}

const options: PhaseOptions = {
  records: positiveNumber('records', values.records, values.full ? 1_000_000 : 200_000),
  modelRecords: positiveNumber('model-records', values['model-records'], values.full ? 2_000 : 400),
  latencyMs: positiveNumber('latency-ms', values['latency-ms'], 800),
  concurrency: Math.max(1, positiveNumber('concurrency', values.concurrency, 8)),
  price: {
    inputPerMillion: positiveNumber('input-price', values['input-price'], 0.15),
    outputPerMillion: positiveNumber('output-price', values['output-price'], 0.6),
  },
  serviceDir: values['service-dir'] ?? '',
};

if (values.phase) {
  const result = await runPhase(values.phase, options);
  process.stdout.write(`\n@@RESULT ${JSON.stringify(result)}\n`);
  process.exit(0);
}

const root = path.resolve(import.meta.dirname, '../..');
const work = await mkdtemp(path.join(os.tmpdir(), 'codify-compare-'));
const run = promisify(execFile);

async function runChild(phase: string): Promise<PhaseResult> {
  const args = [
    import.meta.filename,
    '--phase',
    phase,
    '--service-dir',
    options.serviceDir,
    '--records',
    String(options.records),
    '--model-records',
    String(options.modelRecords),
    '--latency-ms',
    String(options.latencyMs),
    '--concurrency',
    String(options.concurrency),
    '--input-price',
    String(options.price.inputPerMillion),
    '--output-price',
    String(options.price.outputPerMillion),
  ];
  const { stdout } = await run(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 });
  const line = stdout.split('\n').find((l) => l.startsWith('@@RESULT '));
  if (!line) throw new Error(`phase ${phase} printed no result:\n${stdout}`);
  return JSON.parse(line.slice('@@RESULT '.length)) as PhaseResult;
}

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
  // Imported here so the child processes (one per path) do not load the transform engine.
  const { loadService } = await import('../../src/transform/service.ts');
  const buildStarted = Date.now();
  const built = await (await loadService(serviceDir, { model: 'local' })).build();
  if (built.status !== 'passed') throw new Error(`build failed: ${built.reason}`);
  const buildMs = Date.now() - buildStarted;
  options.serviceDir = serviceDir;

  console.log(
    `built the transform with the local engine in ${buildMs} ms (${built.builtBy}); ` +
      `${options.records} records for the code paths, ${options.modelRecords} for the model path`,
  );
  const results: PhaseResult[] = [];
  for (const phase of ['sandbox', 'plain-js', 'model']) {
    console.log(`running ${phase}…`);
    results.push(await runChild(phase));
  }
  const [sandbox, plainJs, model] = results as [PhaseResult, PhaseResult, PhaseResult];
  const modelPerRecordMs = model.wallMs / model.records;
  const modelCostPerRecord = (model.costUsd ?? 0) / model.records;
  const extrapolated = {
    records: options.records,
    wallMs: Math.round(modelPerRecordMs * options.records),
    modelCalls: options.records,
    inputTokens: Math.round((model.inputTokens / model.records) * options.records),
    outputTokens: Math.round((model.outputTokens / model.records) * options.records),
    costUsd: Number((modelCostPerRecord * options.records).toFixed(2)),
  };
  const ratios = {
    sandboxVsModelThroughput: Math.round(sandbox.recordsPerSecond / model.recordsPerSecond),
    plainJsVsModelThroughput: Math.round(plainJs.recordsPerSecond / model.recordsPerSecond),
    plainJsVsSandboxThroughput: Number((plainJs.recordsPerSecond / sandbox.recordsPerSecond).toFixed(1)),
    modelVsSandboxWallTimeAtFullCount: Math.round(extrapolated.wallMs / sandbox.wallMs),
  };
  const report = {
    benchmark: 'code-vs-model',
    at: new Date().toISOString(),
    modelPathIsSimulated: true,
    simulationNote:
      'The model path is SIMULATED: calls go through the real provider code (createModel, AI SDK over HTTP) to a ' +
      'local OpenAI-compatible test server whose latency and the price are a model of a provider; its answers are ' +
      'scripted (computed with the generated function). No real model was called.',
    settings: { ...options, serviceDir: undefined, full: values.full },
    build: { ms: buildMs, builtBy: built.builtBy },
    paths: { sandbox, plainJs, model },
    modelExtrapolatedToFullCount: { ...extrapolated, extrapolated: true },
    ratios,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      totalMemoryGb: Math.round(os.totalmem() / 1024 ** 3),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      loadAverage: os.loadavg().map((n) => Number(n.toFixed(2))),
    },
  };
  console.log('');
  console.log(formatTable(report));
  await mkdir(path.join(root, 'bench/results'), { recursive: true });
  await writeFile(path.join(root, 'bench/results/compare.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log('wrote bench/results/compare.json');
} finally {
  await rm(work, { recursive: true, force: true });
}
