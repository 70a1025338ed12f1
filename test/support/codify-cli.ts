/**
 * The real `codify` CLI as a child process, for tests that need its exit codes, signals and
 * stderr (runs killed mid-way, bad input, model faults). It runs on the pinned Node with the
 * machine's environment minus `CODIFY_MODEL`, so a developer's default model never leaks in.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface CodifyResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** What the CLI printed on stdout, when `stdout: true` asked for it (else empty). */
  stdout: string;
}

export interface CodifyOptions {
  /** Written to the CLI's stdin, which is then closed. */
  stdin?: Buffer;
  /** Capture stdout (default: discarded, as a run's JSONL can be large). */
  stdout?: boolean;
  /** Variables added to (or, as undefined, removed from) the environment. */
  env?: Record<string, string | undefined>;
}

export interface CodifyProcess {
  child: ChildProcess;
  done: Promise<CodifyResult>;
}

/** Start `codify <args>`; `stdin` (when given) is written and closed, stdout is discarded unless asked for. */
export function startCodify(args: string[], options: CodifyOptions = {}): CodifyProcess {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['CODIFY_MODEL'];
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const child = spawn(
    path.join(ROOT, 'node_modules/.bin/node'),
    [path.join(ROOT, 'bin/codify.js'), ...args],
    {
      cwd: ROOT,
      env,
      stdio: [options.stdin ? 'pipe' : 'ignore', options.stdout ? 'pipe' : 'ignore', 'pipe'],
    },
  );
  if (options.stdin) child.stdin?.end(options.stdin);
  let stderr = '';
  let stdout = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const done = new Promise<CodifyResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr, stdout }));
  });
  return { child, done };
}

/** Run `codify <args>` to its end. */
export function runCodify(args: string[], options: CodifyOptions = {}): Promise<CodifyResult> {
  return startCodify(args, options).done;
}
