/** The three paths of the comparison; each runs alone in a child process (see run.ts). */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { ModelPrice } from '../../src/core/models/types.ts';
import { messyRecords } from './records.ts';
import { importTransform } from './transform-module.ts';

export interface PhaseOptions {
  records: number;
  modelRecords: number;
  latencyMs: number;
  concurrency: number;
  price: ModelPrice;
  serviceDir: string;
}

export interface PhaseResult {
  path: 'sandbox' | 'plain-js' | 'model';
  records: number;
  ok: number;
  errors: number;
  wallMs: number;
  recordsPerSecond: number;
  modelCalls: number;
  inputTokens: number;
  outputTokens: number;
  /** Null for the code paths: running code has no per-record price. */
  costUsd: number | null;
  peakRssMb: number;
  /** Model path only: answers equal to the generated function's (they are scripted, so all should). */
  matchesCode?: number;
}

/** Samples RSS every 50 ms; `peakMb()` also takes a last sample. */
function rssSampler(): { peakMb: () => number; stop: () => void } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  return {
    peakMb: () => Math.round(Math.max(peak, process.memoryUsage().rss) / 1024 / 1024),
    stop: () => clearInterval(timer),
  };
}

function finish(
  base: Omit<PhaseResult, 'recordsPerSecond' | 'peakRssMb'>,
  sampler: ReturnType<typeof rssSampler>,
): PhaseResult {
  const peakRssMb = sampler.peakMb();
  sampler.stop();
  return { ...base, recordsPerSecond: Math.round((base.records / base.wallMs) * 1000), peakRssMb };
}

async function runSandbox(options: PhaseOptions): Promise<PhaseResult> {
  // Imported here, not at the top, so the other paths' RSS does not include the transform engine.
  const { loadService } = await import('../../src/transform/service.ts');
  const service = await loadService(options.serviceDir, { model: 'local' });
  const sampler = rssSampler();
  const started = performance.now();
  const handle = service.run(messyRecords(options.records), { frozen: true, batchSize: 2000 });
  let ok = 0;
  let errors = 0;
  for await (const result of handle) {
    if (result.ok) ok += 1;
    else errors += 1;
  }
  await handle.summary;
  const wallMs = performance.now() - started;
  const zero = { modelCalls: 0, inputTokens: 0, outputTokens: 0, costUsd: null };
  return finish({ path: 'sandbox', records: options.records, ok, errors, wallMs, ...zero }, sampler);
}

async function runPlainJs(options: PhaseOptions): Promise<PhaseResult> {
  const transform = await importTransform(options.serviceDir);
  const sampler = rssSampler();
  const started = performance.now();
  let ok = 0;
  let errors = 0;
  // Keeps the outputs observable so the calls cannot be optimised away.
  let checksum = 0;
  for (const record of messyRecords(options.records)) {
    try {
      const output = transform(record) as { phone?: unknown };
      checksum += typeof output.phone === 'string' ? output.phone.length : 0;
      ok += 1;
    } catch {
      errors += 1;
    }
  }
  const wallMs = performance.now() - started;
  if (checksum < 0) console.log(checksum);
  const zero = { modelCalls: 0, inputTokens: 0, outputTokens: 0, costUsd: null };
  return finish({ path: 'plain-js', records: options.records, ok, errors, wallMs, ...zero }, sampler);
}

/** The instructions a per-record model call gets: the task and the service's examples (few-shot). */
async function systemPrompt(serviceDir: string): Promise<string> {
  const examples = await readFile(path.join(serviceDir, 'examples.json'), 'utf8');
  return [
    'Normalize one customer record. Split "customer" into first_name and last_name (it may be written',
    '"Last, First"); write "phone" in E.164 (+1 and the ten-digit US number); write "signed_up" as an',
    'ISO date (YYYY-MM-DD) in "signed_up_on". Answer with the JSON object only. Examples:',
    JSON.stringify(JSON.parse(examples)),
  ].join('\n');
}

/** Starts the simulated provider (provider.ts) in its own process; resolves with its base URL. */
async function startProvider(options: PhaseOptions): Promise<{ baseUrl: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    [path.join(import.meta.dirname, 'provider.ts'), options.serviceDir, String(options.latencyMs)],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const stop = (): void => {
    child.stdin.end();
  };
  let seen = '';
  const baseUrl = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`the simulated provider exited (${code}) before listening`)),
    );
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /@@URL (\S+)/.exec(seen);
      if (match?.[1]) resolve(match[1]);
    });
  });
  return { baseUrl, stop };
}

async function runModel(options: PhaseOptions): Promise<PhaseResult> {
  const transform = await importTransform(options.serviceDir);
  const schema = JSON.parse(await readFile(path.join(options.serviceDir, 'schema.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const { createModel } = await import('../../src/core/models/index.ts');
  const provider = await startProvider(options);
  try {
    let modelCalls = 0;
    const model = createModel('openai-compatible:bench-model', {
      baseUrl: provider.baseUrl,
      prices: { 'openai-compatible:bench-model': options.price },
      // Counts every call, retried attempts included.
      onUsage: () => {
        modelCalls += 1;
      },
    });
    if (!model) throw new Error('createModel returned no model for openai-compatible:bench-model');
    const system = await systemPrompt(options.serviceDir);
    const records = messyRecords(options.modelRecords);
    const matches = (answer: unknown, record: unknown): boolean => {
      try {
        return isDeepStrictEqual(answer, transform(record));
      } catch {
        return false;
      }
    };
    const sampler = rssSampler();
    let ok = 0;
    let errors = 0;
    let matchesCode = 0;
    let inputTokens = 0;
    let outputTokens = 0;
    let costUsd = 0;
    const started = performance.now();
    // `concurrency` callers share one record iterator: at most that many calls are in flight.
    const caller = async (): Promise<void> => {
      for (const record of records) {
        try {
          const result = await model.generate({
            messages: [
              { role: 'system', content: system },
              { role: 'user', content: JSON.stringify(record) },
            ],
            output: { name: 'customer', jsonSchema: schema },
            temperature: 0,
          });
          inputTokens += result.usage.inputTokens;
          outputTokens += result.usage.outputTokens;
          costUsd += result.usage.costUsd ?? 0;
          ok += 1;
          if (matches(result.object, record)) matchesCode += 1;
        } catch {
          errors += 1;
        }
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, caller));
    const wallMs = performance.now() - started;
    return finish(
      {
        path: 'model',
        records: options.modelRecords,
        ok,
        errors,
        wallMs,
        modelCalls,
        inputTokens,
        outputTokens,
        costUsd,
        matchesCode,
      },
      sampler,
    );
  } finally {
    provider.stop();
  }
}

/** Runs one path by name. */
export async function runPhase(phase: string, options: PhaseOptions): Promise<PhaseResult> {
  if (phase === 'sandbox') return runSandbox(options);
  if (phase === 'plain-js') return runPlainJs(options);
  if (phase === 'model') return runModel(options);
  throw new Error(`unknown phase "${phase}" (sandbox, plain-js, model)`);
}
