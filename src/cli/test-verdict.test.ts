import { describe, expect, it } from 'vitest';
import { exportRefusal, type RunGoalResult, type Spec } from '../browser/index.ts';
import { exportLines, runVerdictLines } from './test-commands.ts';

const spec = (
  outcome: 'passed' | 'unverified' | 'failed' | undefined,
  assertions: Spec['assertions'],
): Spec => ({
  version: 1,
  goal: 'Add a todo "Buy bread"',
  url: 'http://127.0.0.1:1/',
  viewport: { width: 1280, height: 800 },
  variables: {},
  files: {},
  steps: [],
  assertions,
  recordedWith: { planner: 'local', at: '2026-01-01T00:00:00Z', ...(outcome ? { outcome } : {}) },
});

const result = (status: RunGoalResult['status'], extra: Partial<RunGoalResult> = {}): RunGoalResult => ({
  status,
  reason: 'why',
  did: ['fill textbox "New todo" "Buy bread"', 'press "Enter"'],
  spec: spec(status, []),
  runDir: null,
  counts: { steps: 2, actions: 2, pageViews: 3 },
  usage: [],
  ...extra,
});

describe('export refuses what did not pass', () => {
  const text = { type: 'text-visible' as const, text: 'Buy bread' };
  it('refuses unverified and failed recordings, and specs with no assertion', () => {
    expect(exportRefusal(spec('unverified', [text]))).toMatch(/unverified/);
    expect(exportRefusal(spec('failed', [text]))).toMatch(/failed/);
    expect(exportRefusal(spec('passed', []))).toMatch(/no assertions/);
  });
  it('exports a passed recording, and a hand-written spec with assertions', () => {
    expect(exportRefusal(spec('passed', [text]))).toBeNull();
    expect(exportRefusal(spec(undefined, [text]))).toBeNull();
  });
});

describe('the CLI says the three verdicts plainly', () => {
  it('unverified: what it did and what it could not confirm', () => {
    const lines = runVerdictLines(
      result('unverified', {
        evidence: { confirmed: [], unconfirmed: ['"Clear completed": no item'], problems: [] },
      }),
    );
    expect(lines[0]).toMatch(/^\? unverified/);
    expect(lines.join('\n')).toContain('did: fill textbox "New todo" "Buy bread"; press "Enter"');
    expect(lines.join('\n')).toContain('could not confirm "Clear completed": no item');
  });
  it('failed: the step and the reason', () => {
    const lines = runVerdictLines(
      result('failed', { failedStep: 3, reason: 'Not done: the page shows an error' }),
    );
    expect(lines[0]).toBe('✗ failed at step 3: Not done: the page shows an error');
  });
  it('failed: a checker problem the reason already says is not printed again', () => {
    const problem = 'text "Order #42" is visible does not hold';
    const lines = runVerdictLines(
      result('failed', {
        failedStep: 4,
        reason: `The planner gave up: Not done: ${problem}.`,
        evidence: { confirmed: [], unconfirmed: [], problems: [problem, 'a password field is still shown'] },
      } as Partial<RunGoalResult>),
    );
    expect(lines.filter((line) => line.includes(problem))).toHaveLength(1);
    expect(lines).toContain('  checker: a password field is still shown');
  });
  it('passed: what confirmed it', () => {
    const lines = runVerdictLines(
      result('passed', {
        evidence: { confirmed: ['"Add": text "Buy bread" is visible'], unconfirmed: [], problems: [] },
      }),
    );
    expect(lines[0]).toMatch(/^✓ passed/);
    expect(lines[1]).toContain('text "Buy bread" is visible');
  });
});

describe('codify test export output', () => {
  it('says how to run the test and how to shard the folder with Playwright Test’s own --shard', () => {
    const lines = exportLines({
      exported: true,
      test: '/w/signup.spec.ts',
      config: '/w/playwright.config.ts',
      packageJson: null,
      env: ['EMAIL', 'PASSWORD'],
      runCommand: 'npx playwright test -c playwright.config.ts signup.spec.ts',
      shardCommand: 'npx playwright test -c playwright.config.ts',
    });
    expect(lines[0]).toBe('✓ wrote /w/signup.spec.ts and /w/playwright.config.ts');
    expect(lines[1]).toBe(
      '  run it: EMAIL=… PASSWORD=… npx playwright test -c playwright.config.ts signup.spec.ts',
    );
    expect(lines.slice(2).join('\n')).toContain(
      'EMAIL=… PASSWORD=… npx playwright test -c playwright.config.ts --shard=i/N',
    );
  });

  it('names the package.json it wrote and the plain npx command that works once it is installed', () => {
    const lines = exportLines({
      exported: true,
      test: '/w/signup.spec.ts',
      config: '/w/playwright.config.ts',
      packageJson: '/w/package.json',
      env: [],
      runCommand:
        'NODE_PATH=/c/node_modules /c/node_modules/.bin/playwright test -c /w/playwright.config.ts signup.spec.ts',
      shardCommand: null,
    });
    expect(lines[0]).toBe('✓ wrote /w/signup.spec.ts and /w/playwright.config.ts and /w/package.json');
    expect(lines[1]).toMatch(/^ {2}run it: NODE_PATH=/);
    expect(lines[2]).toBe('  or with its own Playwright: cd /w && npm install && npx playwright test');
  });
});
