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
}

export interface CodifyProcess {
  child: ChildProcess;
  done: Promise<CodifyResult>;
}

/** Start `codify <args>`; `stdin` (when given) is written and closed, stdout is discarded. */
export function startCodify(args: string[], options: { stdin?: Buffer } = {}): CodifyProcess {
  const env = { ...process.env };
  delete env['CODIFY_MODEL'];
  const child = spawn(
    path.join(ROOT, 'node_modules/.bin/node'),
    [path.join(ROOT, 'bin/codify.js'), ...args],
    {
      cwd: ROOT,
      env,
      stdio: [options.stdin ? 'pipe' : 'ignore', 'ignore', 'pipe'],
    },
  );
  if (options.stdin) child.stdin?.end(options.stdin);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CodifyResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
  return { child, done };
}

/** Run `codify <args>` to its end. */
export function runCodify(args: string[], options: { stdin?: Buffer } = {}): Promise<CodifyResult> {
  return startCodify(args, options).done;
}
