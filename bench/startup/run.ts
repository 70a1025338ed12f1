/**
 * Start-up of the CLI, as a user feels it: each command is started as a whole process, in turn
 * with bare `node -e 0` on the same Node (A B A B …), so the ratio holds when the machine's speed
 * drifts. Figures: wall time (median, min, max) and peak RSS per command, and the ratio of each
 * command's median to bare Node's.
 *
 * - `--help`: `codify --help`.
 * - `frozen run`: `codify transform run --frozen` over a 1-record JSONL file (examples/name-split).
 * - `replay → first action`: `codify test replay` of a one-page spec, timed until the page's
 *   first request reaches a local server (the replay's first action); the whole replay too.
 *
 * Usage: npm run bench:startup [-- --runs N] [-- --baseline DIR]
 * `--baseline DIR`: also time the same codify commands from another checkout (e.g. a worktree at
 * an older commit, with its own or a linked node_modules), interleaved in the same run.
 * Writes bench/results/startup.json.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { machineInfo } from '../load/machine.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const NODE = path.join(ROOT, 'node_modules/.bin/node');
const CODIFY = path.join(ROOT, 'bin/codify.js');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, baseline: { type: 'string' } },
});
const runs = Math.max(1, Number(values.runs));

interface Sample {
  wallMs: number;
  /** Peak RSS in MB, from GNU time when the machine has it. */
  peakMb?: number;
  /** Milliseconds from spawn to the first request the page server saw (replay only). */
  firstActionMs?: number;
  code: number | null;
}

/** Starts `argv` and measures it; `firstRequest` resolves with the time the page server was first hit. */
async function measure(
  argv: string[],
  cwd: string,
  firstRequest?: () => number | undefined,
): Promise<Sample> {
  const command = TIME ? [TIME, '-f', '%M', ...argv] : argv;
  const started = performance.now();
  const child = spawn(command[0] as string, command.slice(1), { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = performance.now() - started;
  const lastLine = stderr.trim().split('\n').at(-1) ?? '';
  const sample: Sample = { wallMs, code };
  if (TIME && /^\d+$/.test(lastLine)) sample.peakMb = Number(lastLine) / 1024;
  const hit = firstRequest?.();
  if (hit !== undefined) sample.firstActionMs = hit - started;
  if (code !== 0) process.stderr.write(`exit ${code}: ${argv.slice(1).join(' ')}\n${stderr}\n`);
  return sample;
}

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
};
const summary = (xs: number[]) => ({
  median: Math.round(median(xs)),
  min: Math.round(Math.min(...xs)),
  max: Math.round(Math.max(...xs)),
});

const work = await mkdtemp(path.join(os.tmpdir(), 'codify-bench-startup-'));
try {
  // A frozen run needs a service with its code: the name-split example, and one record.
  const service = path.join(work, 'name-split');
  await cp(path.join(ROOT, 'examples/name-split'), service, { recursive: true });
  const input = path.join(work, 'one.jsonl');
  await writeFile(input, `${JSON.stringify({ id: '201', full_name: 'Linus Torvalds' })}\n`);

  // A page server that notes when the replay's browser first reaches it.
  let firstHit: number | undefined;
  const pages = createServer((_request, response) => {
    firstHit ??= performance.now();
    response.setHeader('content-type', 'text/html');
    response.end('<!doctype html><title>Start</title><h1>Hello</h1>');
  });
  await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(pages.address() as AddressInfo).port}/`;
  const spec = path.join(work, 'hello.spec.json');
  await writeFile(
    spec,
    JSON.stringify({
      version: 1,
      goal: 'See the greeting',
      url,
      viewport: { width: 1280, height: 800 },
      variables: {},
      files: {},
      steps: [],
      assertions: [{ type: 'text-visible', text: 'Hello' }],
    }),
  );
  await mkdir(path.join(work, 'runs'), { recursive: true });

  const codifyCommands = (codify: string, label: string) => [
    { name: `codify --help${label}`, argv: [NODE, codify, '--help'] },
    {
      name: `codify transform run --frozen (1 record)${label}`,
      argv: [
        NODE,
        codify,
        'transform',
        'run',
        service,
        '--input',
        input,
        '--output',
        path.join(work, 'out.jsonl'),
        '--frozen',
      ],
    },
    {
      name: `codify test replay (1 page)${label}`,
      argv: [NODE, codify, 'test', 'replay', spec, '--runs-dir', path.join(work, 'runs')],
      firstRequest: () => firstHit,
    },
  ];
  const commands: { name: string; argv: string[]; firstRequest?: () => number | undefined }[] = [
    { name: 'node -e 0', argv: [NODE, '-e', '0'] },
    ...codifyCommands(CODIFY, ''),
    ...(values.baseline ? codifyCommands(path.resolve(values.baseline, 'bin/codify.js'), ' [baseline]') : []),
  ];

  const samples = new Map<string, Sample[]>(commands.map((c) => [c.name, []]));
  // One warm-up round (disk cache), then the counted rounds, commands interleaved.
  for (let round = 0; round <= runs; round++) {
    for (const command of commands) {
      firstHit = undefined;
      const sample = await measure(command.argv, work, command.firstRequest);
      if (round > 0) samples.get(command.name)?.push(sample);
    }
  }
  pages.close();

  const bare = median((samples.get('node -e 0') ?? []).map((s) => s.wallMs));
  const rows = commands.map(({ name }) => {
    const list = samples.get(name) ?? [];
    const wall = summary(list.map((s) => s.wallMs));
    const peaks = list.flatMap((s) => (s.peakMb === undefined ? [] : [s.peakMb]));
    const firsts = list.flatMap((s) => (s.firstActionMs === undefined ? [] : [s.firstActionMs]));
    return {
      command: name,
      wallMs: wall,
      ratioToBareNode: Number((wall.median / bare).toFixed(2)),
      peakRssMb: peaks.length ? Math.round(median(peaks)) : null,
      firstActionMs: firsts.length ? summary(firsts) : null,
      failures: list.filter((s) => s.code !== 0).length,
    };
  });

  const machine = machineInfo();
  console.log(`\nStart-up, ${runs} runs each, interleaved (load average ${machine.loadAverage.join(' ')})\n`);
  console.log(
    `${'command'.padEnd(54)}${'median ms'.padStart(10)}${'min–max'.padStart(14)}${'× node'.padStart(8)}${'peak MB'.padStart(9)}`,
  );
  for (const row of rows) {
    console.log(
      `${row.command.padEnd(54)}${String(row.wallMs.median).padStart(10)}${`${row.wallMs.min}–${row.wallMs.max}`.padStart(14)}${String(row.ratioToBareNode).padStart(8)}${String(row.peakRssMb ?? '-').padStart(9)}`,
    );
    if (row.firstActionMs)
      console.log(
        `${'  … to its first action'.padEnd(54)}${String(row.firstActionMs.median).padStart(10)}${`${row.firstActionMs.min}–${row.firstActionMs.max}`.padStart(14)}`,
      );
    if (row.failures > 0) console.log(`  ${row.failures} run(s) exited non-zero: see above`);
  }
  const file = path.join(ROOT, 'bench/results/startup.json');
  await writeFile(file, `${JSON.stringify({ machine, runs, rows }, null, 2)}\n`);
  console.log(`\nWritten to ${path.relative(process.cwd(), file)}`);
} finally {
  await rm(work, { recursive: true, force: true });
}
