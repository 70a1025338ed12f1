import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp, type DemoApp } from '../../examples/demo-app/server.ts';
import { signupSpec } from '../../test/support/signup-spec.ts';
import { saveSpec } from '../browser/index.ts';
import { main } from './main.ts';
import { batchSummary, batchVerdictLines } from './test-replay-batch.ts';

let app: DemoApp;
let dir: string;

beforeAll(async () => {
  app = await startDemoApp({ port: 0 });
  dir = await mkdtemp(join(tmpdir(), 'codify-replay-batch-'));
});
afterAll(async () => {
  await app?.close();
  await rm(dir, { recursive: true, force: true });
});

async function runCli(args: string[]): Promise<{ code: number; out: string[] }> {
  const lines: string[] = [];
  const original = console.log;
  console.log = (...parts: unknown[]) => void lines.push(parts.join(' '));
  try {
    const code = await main(['node', 'codify', ...args]);
    return { code, out: lines };
  } finally {
    console.log = original;
  }
}

describe('codify test replay a.spec.json b.spec.json … --workers N', () => {
  it(
    'prints a verdict line per spec and a summary; exits 0 only when every spec passed',
    { timeout: 180_000 },
    async () => {
      const good = [1, 2].map((n) => join(dir, `ok-${n}.spec.json`));
      const broken = join(dir, 'renamed.spec.json');
      await saveSpec(good[0]!, signupSpec(app.url, 'ada.batch1@example.com'));
      await saveSpec(good[1]!, signupSpec(app.url, 'ada.batch2@example.com'));
      await saveSpec(broken, signupSpec(app.url, 'ada.batch3@example.com', 'Sign me up'));
      const common = ['--var', 'password=hunter22', '--runs-dir', join(dir, 'runs')];

      const mixed = await runCli(['test', 'replay', ...good, broken, '--workers', '2', ...common]);
      expect(mixed.code, mixed.out.join('\n')).toBe(1);
      const verdictLines = mixed.out.filter((l) => /^[✓?✗] /.test(l));
      expect(verdictLines).toHaveLength(3);
      expect(
        verdictLines
          .filter((l) => l.startsWith('✓ passed'))
          .map((l) => /ok-\d/.exec(l)?.[0])
          .sort(),
      ).toEqual(['ok-1', 'ok-2']);
      const failed = mixed.out.findIndex((l) => l.startsWith('✗ failed') && l.includes('renamed.spec.json'));
      expect(failed).toBeGreaterThanOrEqual(0);
      expect(mixed.out[failed + 1]).toMatch(/step 5: click button "Sign me up"/);
      expect(mixed.out.at(-1)).toMatch(
        /^2 of 3 spec\(s\) passed, 1 did not in [\d.]+ s \(2 parallel context\(s\) in one browser\)$/,
      );

      // Their email addresses are taken now: the app refuses a second sign-up, so the one spec fails.
      const again = await runCli(['test', 'replay', good[0]!, '--workers', '1', ...common]);
      expect(again.code).toBe(1);
    },
  );
});

describe('batch presentation', () => {
  it('exits 0 only when every requested spec has a passing verdict', () => {
    const pass = { specPath: '/a.spec.json', status: 'passed' as const, reason: 'ok', wallMs: 1200 };
    expect(batchSummary([pass, { ...pass, specPath: '/b' }], 2, 3000, 'x').exitCode).toBe(0);
    expect(batchSummary([pass, { ...pass, status: 'unverified' }], 2, 3000, 'x').exitCode).toBe(1);
    // A verdict that never came (an interrupted queue) is not a pass.
    const partial = batchSummary([pass], 2, 3000, 'x');
    expect(partial).toEqual({
      line: '1 of 2 spec(s) passed, 1 got no verdict in 3.00 s (x)',
      exitCode: 1,
    });
    expect(batchSummary([], 0, 0, 'x').exitCode).toBe(1);
  });

  it('names the worker on a queue and says where a failed spec broke', () => {
    const lines = batchVerdictLines(
      {
        specPath: '/w/a.spec.json',
        status: 'failed',
        reason: 'Step 2 failed',
        wallMs: 2500,
        worker: 'host:42',
        failure: { step: 2, description: 'click button "Go"', error: 'no such button', kind: 'not-found' },
      },
      '/w',
    );
    expect(lines).toEqual([
      '✗ failed     a.spec.json  (2.50 s, worker host:42): Step 2 failed',
      '    step 2: click button "Go"',
    ]);
  });
});
