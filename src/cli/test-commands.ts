import { resolve, relative, dirname, join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parsePositiveInt } from './flag-parsers.ts';
import { addCassetteFlags, modelOptionsFrom } from './model-flags.ts';
import { requireReachable } from './reachable.ts';
import { ConfigError } from '../core/errors.ts';
import { EventBus } from '../core/events/event-bus.ts';
import type { CodifyEvent } from '../core/events/types.ts';
import { createModel, resolveModelSpec, summarizeUsage } from '../core/models/index.ts';
import type { Usage } from '../core/models/types.ts';
import { LocalPlanner } from '../browser/local-planner.ts';
import { ModelPlanner } from '../browser/model-planner.ts';
import type { Planner } from '../browser/planner.ts';
import { runGoal, type RunGoalResult } from '../browser/run.ts';
import { describeHeal, healedPath, replaySpec, specDirOf } from '../browser/replay.ts';
import { envName, runCommandFor, writeExport } from '../browser/export.ts';
import { loadSpec, saveSpec, type Spec } from '../browser/spec.ts';

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

/** `local` → the embedded planner; anything else → a model planner (config errors surface here). */
export function plannerFor(
  modelOption: string | undefined,
  flags: { modelBaseUrl?: string; record?: string; replay?: string; vision?: boolean } = {},
): Planner {
  const spec = resolveModelSpec(modelOption);
  const model = createModel(spec, modelOptionsFrom(flags.modelBaseUrl, flags));
  return model ? new ModelPlanner(model, { vision: flags.vision === true }) : new LocalPlanner();
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
function progress(bus: EventBus<CodifyEvent>): void {
  bus.subscribe(({ event }) => {
    const e = event as Record<string, unknown>;
    if (e.type === 'action')
      console.error(
        `  step ${String(e.step)}.${String(e.attempt)}  ${String(e.description)}  — ${String(e.reason)}`,
      );
    if (e.type === 'action-failed') console.error(`    ✗ ${String(e.error)}`);
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
    for (const p of result.evidence?.problems ?? []) lines.push(`  checker: ${p}`);
  }
  return lines;
}

/** Why a spec may not be exported as a test (its recording was not a pass), or null. */
export function exportRefusal(spec: Spec): string | null {
  const outcome = spec.recordedWith?.outcome;
  if (outcome && outcome !== 'passed')
    return `the recording ended ${outcome}, so a test from it would check nothing the goal asked for. Record it again until it passes (codify test run), or add assertions to the spec by hand and set recordedWith.outcome to "passed".`;
  if (!spec.assertions.length)
    return 'the spec has no assertions, so the test would pass whatever the app does. Add the assertions the goal implies.';
  return null;
}

/** Registers `codify test run|replay|export`. */
export function registerTestCommands(program: Command): void {
  const test = program.command('test').description('Record, replay, heal and export browser tests.');

  const run = test
    .command('run')
    .description('Drive Chromium toward a goal and record what worked as a spec.')
    .requiredOption('--url <url>', 'where the test starts')
    .requiredOption('--goal <text>', 'what to achieve, in plain words (quote values: search for "lamp")')
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
    const bus = new EventBus<CodifyEvent>();
    progress(bus);
    console.error(`codify: running "${opts.goal}" with the ${planner.name} planner`);
    const result = await runGoal({
      url: opts.url,
      goal: opts.goal,
      planner,
      variables: parsePairs(opts.var, '--var'),
      files,
      headed: Boolean(opts.headed),
      runsDir: opts.runsDir,
      bus,
      limits: {
        ...(opts.maxSteps ? { maxSteps: opts.maxSteps } : {}),
        ...(opts.maxActions ? { maxActions: opts.maxActions } : {}),
        ...(opts.maxPageViews ? { maxPageViews: opts.maxPageViews } : {}),
        ...(opts.maxAttempts ? { maxAttemptsPerStep: opts.maxAttempts } : {}),
        ...(opts.timeout ? { maxWallMs: opts.timeout * 1000 } : {}),
      },
    });
    const out = resolve(opts.out);
    const spec = {
      ...result.spec,
      files: Object.fromEntries(
        Object.entries(result.spec.files).map(([k, v]) => [k, relative(dirname(out), v) || v]),
      ),
    };
    if (result.status === 'passed' || spec.steps.length) await saveSpec(out, spec);
    for (const line of runVerdictLines(result)) console.log(line);
    if (result.status === 'passed' || spec.steps.length)
      console.log(
        `  spec: ${out}${result.status === 'passed' ? '' : ` (${result.status}: replay and export refuse to call it a test)`}`,
      );
    if (result.runDir) console.log(`  artifacts: ${result.runDir}`);
    console.log(usageLine(result.usage));
    process.exitCode = result.status === 'passed' ? 0 : 1;
  });

  const replay = test
    .command('replay <spec>')
    .description('Replay a spec with no model calls; --heal repairs steps the app broke.')
    .option('--var <name=value>', 'a variable value (repeatable)', collect, [])
    .option('--file <name=path>', 'override an upload file (repeatable)', collect, [])
    .option('--base-url <url>', 'run against another address of the same app')
    .option('--heal', 'when a step fails, let the planner re-decide it and write X.healed.spec.json')
    .option('--model <spec>', 'planner used to heal: local (default) or a model spec')
    .option('--headed', 'show the browser')
    .option('--runs-dir <dir>', 'where run artifacts go', 'runs');
  addPlannerModelOptions(replay).action(async (specPath: string, opts) => {
    const spec = await loadSpec(specPath);
    if (opts.baseUrl) await requireReachable(opts.baseUrl, '--base-url');
    const bus = new EventBus<CodifyEvent>();
    progress(bus);
    const result = await replaySpec(spec, {
      variables: parsePairs(opts.var, '--var'),
      files: Object.fromEntries(
        Object.entries(parsePairs(opts.file, '--file')).map(([k, v]) => [k, resolve(v)]),
      ),
      specDir: specDirOf(specPath),
      ...(opts.baseUrl ? { baseUrl: opts.baseUrl } : {}),
      headed: Boolean(opts.headed),
      runsDir: opts.runsDir,
      bus,
      ...(opts.heal ? { heal: { planner: plannerFor(opts.model, opts) } } : {}),
    });
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
    if (result.healed) {
      const target = healedPath(specPath);
      await saveSpec(target, result.healed.spec);
      const diffPath = target.replace(/\.json$/, '.diff');
      await writeFile(diffPath, result.healed.diff);
      console.log(`  healed:\n${describeHeal(result.healed.steps).replace(/^/gm, '    ')}`);
      console.log(`  healed spec: ${target} (the original is unchanged)\n  diff: ${diffPath}`);
      console.log(result.healed.diff);
    }
    if (result.runDir) console.log(`  artifacts: ${result.runDir}`);
    if (opts.heal) console.log(usageLine(result.usage));
    process.exitCode = result.status === 'passed' ? 0 : 1;
  });

  test
    .command('export <spec>')
    .description(
      'Export a spec as a Playwright Test file (plus a playwright.config.ts for the system Chromium).',
    )
    .option('-o, --out <file>', 'output file (default: X.spec.ts beside X.spec.json)')
    .action(async (specPath: string, opts) => {
      const spec = await loadSpec(specPath);
      const refusal = exportRefusal(spec);
      if (refusal) {
        console.error(`✗ not exported: ${refusal}`);
        process.exitCode = 1;
        return;
      }
      const out = opts.out ?? specPath.replace(/\.spec\.json$|\.json$/, '') + '.spec.ts';
      const written = await writeExport(spec, out, { specDir: specDirOf(specPath) });
      console.log(`✓ wrote ${written.test}${written.config ? ` and ${written.config}` : ''}`);
      const config = written.config ?? join(dirname(resolve(written.test)), 'playwright.config.ts');
      const command = runCommandFor(written.test, config, process.cwd());
      const variables = Object.keys(spec.variables).map(envName);
      if (command)
        console.log(
          `  run it: ${variables.length ? `${variables.map((v) => `${v}=…`).join(' ')} ` : ''}${command}`,
        );
      else
        console.log(
          `  run it: npm install -D @playwright/test in ${dirname(resolve(written.test))}, then npx playwright test -c ${config}`,
        );
      process.exitCode = 0;
    });
}
