import { requiredOption } from './required-option.ts';
import { resolve, dirname } from 'node:path';
import type { Command } from 'commander';
import { parsePositiveInt } from './flag-parsers.ts';
import { addCassetteFlags, modelOptionsFrom } from './model-flags.ts';
import { requireReachable } from './reachable.ts';
import { ConfigError } from '../core/errors.ts';
import { EventBus } from '../core/events/event-bus.ts';
import { summarizeUsage } from '../core/models/index.ts';
import type { Usage } from '../core/models/types.ts';
import {
  choosePlanner,
  describeHeal,
  exportTest,
  recordTest,
  replayTest,
  type BrowserEvent,
  type Planner,
  type ReplayTestRequest,
  type ExportTestResult,
  type RunGoalResult,
} from '../browser/index.ts';

const collect = (value: string, previous: string[]) => [...previous, value];

/** `name=value` pairs → record. @throws ConfigError on a pair without `=`. */
export function parsePairs(pairs: string[], flag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0)
      throw new ConfigError(`${flag} expects name=value, got "${pair}".`, {
        hint: `Example: ${flag} email=ada@example.com`,
      });
    out[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return out;
}

/** The planner the model flags name (the product's one rule: `local` or a model spec). */
export function plannerFor(
  modelOption: string | undefined,
  flags: { modelBaseUrl?: string; record?: string; replay?: string; vision?: boolean } = {},
): Planner {
  return choosePlanner(modelOption, {
    model: modelOptionsFrom(flags.modelBaseUrl, flags),
    vision: flags.vision === true,
  });
}

/** The model flags of `test run` and `test replay --heal` (`--base-url` already means the app's address in replay). */
function addPlannerModelOptions(command: Command): Command {
  command.option('--vision', 'also send a screenshot of the page with each step (vision-capable models)');
  return addCassetteFlags(
    command.option(
      '--model-base-url <url>',
      'base URL of an OpenAI-compatible server (default: $CODIFY_BASE_URL, else $OPENAI_BASE_URL)',
    ),
  );
}

/** One line on what the planner's model calls cost (nothing with the local planner). */
function usageLine(usage: readonly Usage[]): string {
  const total = summarizeUsage(usage);
  const cost = total.costIncomplete ? 'unknown' : `$${total.costUsd.toFixed(4)}`;
  return `  model calls: ${total.calls}, tokens: ${total.inputTokens} in / ${total.outputTokens} out, estimated cost: ${cost}`;
}

/** Prints progress lines from the run's events. */
function progress(bus: EventBus<BrowserEvent>): void {
  bus.subscribe(({ event }) => {
    if (event.type === 'action')
      console.error(`  step ${event.step}.${event.attempt}  ${event.description}  — ${event.reason}`);
    if (event.type === 'action-failed') console.error(`    ✗ ${event.error}`);
  });
}

/**
 * The verdict as a person reads it: passed (✓, with what proved it), unverified (?, what was done
 * and what could not be confirmed) or failed (✗, the step and the reason).
 */
export function runVerdictLines(result: RunGoalResult): string[] {
  const lines: string[] = [];
  if (result.status === 'passed') {
    lines.push(`✓ passed: ${result.reason}`);
    for (const c of result.evidence?.confirmed ?? []) lines.push(`  confirmed ${c}`);
  } else if (result.status === 'unverified') {
    lines.push(`? unverified: the actions ran, but the goal's outcome could not be confirmed.`);
    lines.push(`  did: ${result.did.length ? result.did.join('; ') : 'nothing'}`);
    for (const c of result.evidence?.confirmed ?? []) lines.push(`  confirmed ${c}`);
    for (const u of result.evidence?.unconfirmed ?? []) lines.push(`  could not confirm ${u}`);
  } else {
    lines.push(
      `✗ failed${result.failedStep !== undefined ? ` at step ${result.failedStep}` : ''}: ${result.reason}`,
    );
    if (result.did.length) lines.push(`  did: ${result.did.join('; ')}`);
    // The reason often quotes the checker already: a problem is printed once.
    for (const p of result.evidence?.problems ?? [])
      if (!result.reason.includes(p)) lines.push(`  checker: ${p}`);
  }
  return lines;
}

/** Registers `codify test run|replay|export`. */
export function registerTestCommands(program: Command): void {
  const test = program.command('test').description('Record, replay, heal and export browser tests.');

  const start = test
    .command('run')
    // "Record a test" is how the docs and the command's own description say it.
    .alias('record')
    .description('Drive Chromium toward a goal and record what worked as a spec.');
  requiredOption(start, '--url <url>', 'where the test starts');
  const run = requiredOption(
    start,
    '--goal <text>',
    'what to achieve, in plain words (quote values: search for "lamp")',
  )
    .option('--var <name=value>', 'a variable (repeatable); only its name is stored', collect, [])
    .option('--file <name=path>', 'a file for uploads (repeatable)', collect, [])
    .option('--model <spec>', 'planner: local (default) or a model spec such as openai:gpt-4o-mini')
    .option('--out <file>', 'where to write the spec', 'test.spec.json')
    .option('--headed', 'show the browser')
    .option('--max-steps <n>', 'step limit', parsePositiveInt)
    .option('--max-actions <n>', 'action limit (failed ones count)', parsePositiveInt)
    .option('--max-page-views <n>', 'observation limit', parsePositiveInt)
    .option('--max-attempts <n>', 'attempts per step', parsePositiveInt)
    .option('--timeout <seconds>', 'wall-time limit of the run', parsePositiveInt)
    .option('--runs-dir <dir>', 'where run artifacts go', 'runs');
  addPlannerModelOptions(run).action(async (opts) => {
    const planner = plannerFor(opts.model, opts);
    await requireReachable(opts.url, '--url');
    const files = Object.fromEntries(
      Object.entries(parsePairs(opts.file, '--file')).map(([k, v]) => [k, resolve(v)]),
    );
    const bus = new EventBus<BrowserEvent>();
    progress(bus);
    console.error(`codify: running "${opts.goal}" with the ${planner.name} planner`);
    const result = await recordTest(
      {
        url: opts.url,
        goal: opts.goal,
        variables: parsePairs(opts.var, '--var'),
        files,
        headed: Boolean(opts.headed),
        runsDir: opts.runsDir,
        specPath: opts.out,
        limits: {
          ...(opts.maxSteps ? { maxSteps: opts.maxSteps } : {}),
          ...(opts.maxActions ? { maxActions: opts.maxActions } : {}),
          ...(opts.maxPageViews ? { maxPageViews: opts.maxPageViews } : {}),
          ...(opts.maxAttempts ? { maxAttemptsPerStep: opts.maxAttempts } : {}),
          ...(opts.timeout ? { maxWallMs: opts.timeout * 1000 } : {}),
        },
      },
      { planner, bus },
    );
    for (const line of runVerdictLines(result)) console.log(line);
    if (result.savedTo) console.log(`  spec: ${result.savedTo}`);
    else
      console.log(
        `  spec: not saved (only a passing recording is saved to ${resolve(opts.out)})${result.unfinishedAt ? `; the steps so far: ${result.unfinishedAt}` : ''}`,
      );
    if (result.runDir) console.log(`  artifacts: ${result.runDir}`);
    console.log(usageLine(result.usage));
    process.exitCode = result.status === 'passed' ? 0 : 1;
  });

  const replay = test
    .command('replay <specs...>')
    .description(
      'Replay specs with no model calls; several replay in one browser (--workers) or on a queue (--queue); --heal repairs steps the app broke.',
    )
    .option('--var <name=value>', 'a variable value (repeatable)', collect, [])
    .option('--file <name=path>', 'override an upload file (repeatable)', collect, [])
    .option('--base-url <url>', 'run against another address of the same app')
    .option('--heal', 'when a step fails, let the planner re-decide it and write X.healed.spec.json')
    .option('--model <spec>', 'planner used to heal: local (default) or a model spec')
    .option(
      '--workers <n>',
      'specs replayed at once, each in its own context of one browser (default 1)',
      parsePositiveInt,
    )
    .option(
      '--queue <url>',
      'replay each spec as a job on a BullMQ queue on Redis (redis://HOST:PORT), served by `codify worker`',
    )
    .option('--headed', 'show the browser')
    .option('--runs-dir <dir>', 'where run artifacts go', 'runs');
  addPlannerModelOptions(replay).action(async (specPaths: string[], opts) => {
    if (opts.baseUrl) await requireReachable(opts.baseUrl, '--base-url');
    const shared = {
      variables: parsePairs(opts.var, '--var'),
      files: Object.fromEntries(
        Object.entries(parsePairs(opts.file, '--file')).map(([k, v]) => [k, resolve(v)]),
      ),
      ...(opts.baseUrl ? { baseUrl: opts.baseUrl } : {}),
      headed: Boolean(opts.headed),
      runsDir: opts.runsDir,
    };
    if (specPaths.length > 1 || opts.workers !== undefined || opts.queue !== undefined) {
      const { replayBatch } = await import('./test-replay-batch.ts');
      process.exitCode = await replayBatch(
        specPaths.map((specPath) => ({ specPath, ...shared })),
        opts,
        () => plannerFor(opts.model, opts),
      );
      return;
    }
    await replayOne(specPaths[0]!, shared, opts);
  });

  test
    .command('export <spec>')
    .description(
      'Export a spec as a Playwright Test file (plus a playwright.config.ts for the system Chromium).',
    )
    .option('-o, --out <file>', 'output file (default: X.spec.ts beside X.spec.json)')
    .action(async (specPath: string, opts) => {
      const result = await exportTest({ specPath, ...(opts.out ? { out: opts.out } : {}) });
      if (!result.exported) {
        console.error(`✗ not exported: ${result.refusal}`);
        process.exitCode = 1;
        return;
      }
      for (const line of exportLines(result)) console.log(line);
      process.exitCode = 0;
    });
}

/** What `codify test export` prints: what was written, how to run it, how to shard the folder. */
export function exportLines(result: Extract<ExportTestResult, { exported: true }>): string[] {
  const also = [result.config, result.packageJson].filter(Boolean);
  const lines = [`✓ wrote ${result.test}${also.length ? ` and ${also.join(' and ')}` : ''}`];
  const env = result.env.length ? `${result.env.map((v) => `${v}=…`).join(' ')} ` : '';
  if (result.runCommand) lines.push(`  run it: ${env}${result.runCommand}`);
  if (result.runCommand && result.packageJson)
    lines.push(
      `  or with its own Playwright: cd ${dirname(resolve(result.test))} && npm install && ${env}npx playwright test`,
    );
  else
    lines.push(
      `  run it: npm install -D @playwright/test in ${dirname(resolve(result.test))}, then npx playwright test`,
    );
  if (result.shardCommand)
    lines.push(
      `  shard the folder's tests over N machines (Playwright Test splits the files): on machine i of N run`,
      `    ${env}${result.shardCommand} --shard=i/N    (e.g. --shard=1/3, --shard=2/3, --shard=3/3)`,
    );
  return lines;
}

/** `codify test replay X.spec.json`: one spec, with step progress and the full report. */
async function replayOne(
  specPath: string,
  shared: Omit<ReplayTestRequest, 'specPath'>,
  opts: {
    heal?: boolean;
    model?: string;
    modelBaseUrl?: string;
    record?: string;
    replay?: string;
    vision?: boolean;
  },
): Promise<void> {
  const bus = new EventBus<BrowserEvent>();
  progress(bus);
  const result = await replayTest(
    { specPath, ...shared },
    { bus, ...(opts.heal ? { healer: plannerFor(opts.model, opts) } : {}) },
  );
  console.log(
    `${result.status === 'passed' ? '✓' : result.status === 'unverified' ? '?' : '✗'} ${result.status}: ${result.reason}`,
  );
  if (result.failure) {
    const f = result.failure;
    console.log(`  step ${f.step}: ${f.description}`);
    if (f.locator) console.log(`  locator: ${f.locator}`);
    console.log(`  error: ${f.error}`);
    if (f.screenshot) console.log(`  screenshot: ${f.screenshot}`);
  }
  if (result.healed && result.healedFiles) {
    console.log(`  healed:\n${describeHeal(result.healed.steps).replace(/^/gm, '    ')}`);
    console.log(
      `  healed spec: ${result.healedFiles.spec} (the original is unchanged)\n  diff: ${result.healedFiles.diff}`,
    );
    console.log(result.healed.diff);
  }
  if (result.runDir) console.log(`  artifacts: ${result.runDir}`);
  if (opts.heal) console.log(usageLine(result.usage));
  process.exitCode = result.status === 'passed' ? 0 : 1;
}
