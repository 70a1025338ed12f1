/**
 * `npm run bench:browser [-- --runs N] [--full] [--flow signup|checkout] [--latency-ms MS]
 *  [--input-price USD] [--output-price USD] [--many N]`
 *
 * One flow on the demo app, run four ways, each timed (wall time, model calls, tokens, cost, page
 * loads):
 *
 * - planner, model: the real ModelPlanner through the real provider code
 *   (`createModel('openai-compatible:…')`, AI SDK over HTTP) against the local OpenAI-compatible
 *   test server. SIMULATED: the answers come from a scripted policy that reads each prompt's
 *   snapshot (scripted-planner-model.ts), with a fixed latency per call and a list price; no model
 *   is called.
 * - planner, local: the embedded heuristic planner (no model).
 * - replay of the spec the model planner recorded (zero model calls), in-process and as
 *   `codify test replay` in its own process (which also writes a trace and screenshots).
 * - the spec exported as a Playwright test, run by `npx playwright test` on the system Chromium.
 * - N copies of the spec (`--many`, default 4) replayed by one `codify test replay a b …` process
 *   with `--workers 1` and `--workers 2` (one browser, parallel contexts).
 *
 * Then tokens per page state: codify's snapshot (with and without its optional screenshot) against
 * the seed's stripped body HTML (with and without its screenshot). Writes bench/results/browser.json.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startDemoApp } from '../../examples/demo-app/server.ts';
import { launchChromium } from '../../src/browser/chromium.ts';
import { LocalPlanner } from '../../src/browser/local-planner.ts';
import { ModelPlanner } from '../../src/browser/model-planner.ts';
import { replaySpec } from '../../src/browser/replay.ts';
import { runGoal } from '../../src/browser/run.ts';
import type { Spec } from '../../src/browser/spec.ts';
import { createModel } from '../../src/core/models/index.ts';
import { runCliReplay } from './cli-replay.ts';
import { runExportedTest } from './exported-test.ts';
import { runManySpecs, type ManySpecsRun } from './many-specs.ts';
import { FLOWS, type Flow } from './flows.ts';
import { summarize, usageTotals, type Execution, type Summary, type Way } from './measure.ts';
import { startCountingProxy } from './page-loads.ts';
import { walkSpec, type WalkResult } from './page-states.ts';
import { startScriptedPlannerModel } from './scripted-planner-model.ts';
import { formatSummaryTable, formatTokenTable, tokenTotals } from './table.ts';

const { values } = parseArgs({
  options: {
    full: { type: 'boolean', default: false },
    runs: { type: 'string' },
    flow: { type: 'string', multiple: true },
    'latency-ms': { type: 'string', default: '1500' },
    // gpt-4.1-mini's list price (USD per million tokens): codify's `auto` default with an OpenAI key.
    'input-price': { type: 'string', default: '0.4' },
    'output-price': { type: 'string', default: '1.6' },
    many: { type: 'string' },
  },
});

function nonNegative(name: string, raw: string | undefined, fallback: number): number {
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a non-negative number`);
  return value;
}

const settings = {
  full: values.full,
  runs: Math.max(1, Math.round(nonNegative('runs', values.runs, values.full ? 5 : 1))),
  flows: values.flow?.length ? values.flow : ['signup', 'checkout'],
  latencyMs: nonNegative('latency-ms', values['latency-ms'], 1500),
  manySpecs: Math.round(nonNegative('many', values.many, values.full ? 8 : 4)),
  price: {
    inputPerMillion: nonNegative('input-price', values['input-price'], 0.4),
    outputPerMillion: nonNegative('output-price', values['output-price'], 1.6),
  },
};
for (const id of settings.flows) {
  if (!FLOWS[id]) throw new Error(`unknown --flow ${id} (${Object.keys(FLOWS).join(', ')})`);
}

const root = path.resolve(import.meta.dirname, '../..');
// Inside the repository (runs/ is git-ignored) so the exported test resolves @playwright/test.
const work = path.join(root, 'runs', `bench-browser-${process.pid}`);
const MODEL_SPEC = 'openai-compatible:bench-planner';

interface FlowReport {
  flow: string;
  goal: string;
  summaries: Summary[];
  executions: Execution[];
  /** Page states of the model planner's spec, measured on a fresh walk. */
  tokens: { states: WalkResult['states']; totals: ReturnType<typeof tokenTotals> };
  /** Whether each planner's spec really reaches the goal (success text on the final page). */
  goalReached: { plannerModel: boolean; plannerLocal: boolean };
  /** The model planner's recorded steps, for the record. */
  modelSpecSteps: number;
  localSpecSteps: number;
  /** N copies of the spec replayed by one CLI process, with 1 and with 2 parallel contexts. */
  manySpecs: Omit<ManySpecsRun, 'output'>[];
}

async function benchFlow(flow: Flow): Promise<FlowReport> {
  const app = await startDemoApp({ port: 0 });
  const proxy = await startCountingProxy(app.url);
  const provider = await startScriptedPlannerModel(flow, settings.latencyMs);
  const model = createModel(MODEL_SPEC, {
    baseUrl: provider.baseUrl,
    prices: { [MODEL_SPEC]: settings.price },
  });
  if (!model) throw new Error(`createModel returned no model for ${MODEL_SPEC}`);
  const executions: Execution[] = [];
  let counter = 0;
  const nextVariables = () => flow.variables(counter++);
  const url = `${proxy.url}${flow.path}`;
  let modelSpec: Spec | null = null;
  let localSpec: Spec | null = null;

  /** Times `body`, counting page loads and model calls around it. */
  const timed = async (
    way: Way,
    body: () => Promise<Omit<Execution, 'way' | 'wallMs' | 'pageLoads' | 'modelCalls'>>,
  ): Promise<void> => {
    const loads = proxy.counts().documents;
    const calls = provider.requests.filter((r) => r.api === 'chat.completions').length;
    const started = performance.now();
    const result = await body();
    const wallMs = performance.now() - started;
    executions.push({
      way,
      ...result,
      wallMs,
      pageLoads: proxy.counts().documents - loads,
      modelCalls: provider.requests.filter((r) => r.api === 'chat.completions').length - calls,
    });
    console.log(`  ${way}: ${result.status} in ${(wallMs / 1000).toFixed(2)} s — ${result.reason}`);
  };

  try {
    for (let run = 1; run <= settings.runs; run++) {
      console.log(`${flow.id}, run ${run}/${settings.runs}`);
      // Each run launches its own Chromium, as `codify test run` / `replay` do.
      await timed('planner-model', async () => {
        const result = await runGoal({
          url,
          goal: flow.goal,
          planner: new ModelPlanner(model),
          variables: nextVariables(),
          runsDir: null,
        });
        modelSpec ??= result.status === 'passed' ? result.spec : null;
        return {
          status: result.status,
          reason: result.reason,
          ...usageTotals(result.usage),
          ...result.counts,
        };
      });
      await timed('planner-local', async () => {
        const result = await runGoal({
          url,
          goal: flow.goal,
          planner: new LocalPlanner(),
          variables: nextVariables(),
          runsDir: null,
        });
        localSpec ??= result.spec;
        return {
          status: result.status,
          reason: result.reason,
          ...usageTotals(result.usage),
          ...result.counts,
        };
      });
      if (!modelSpec) throw new Error('the model planner run failed, so there is no spec to replay');
      const spec: Spec = modelSpec;
      await timed('replay', async () => {
        const result = await replaySpec(spec, { variables: nextVariables(), runsDir: null });
        return { status: result.status, reason: result.reason, ...usageTotals(result.usage) };
      });
      await timed('replay-cli', async () => {
        const result = await runCliReplay(
          spec,
          path.join(work, `${flow.id}-cli`),
          proxy.url,
          nextVariables(),
        );
        if (result.status !== 'passed') console.error(result.output);
        const zero = { modelWaitMs: 0, inputTokens: 0, outputTokens: 0, costUsd: 0 };
        return { status: result.status, reason: 'codify test replay (its own process)', ...zero };
      });
      await timed('exported-test', async () => {
        const result = await runExportedTest(spec, path.join(work, flow.id), proxy.url, nextVariables());
        if (result.status !== 'passed') console.error(result.output);
        return {
          status: result.status,
          reason: `test ${Math.round(result.testMs)} ms inside a ${Math.round(result.processMs)} ms process`,
          testMs: result.testMs,
          modelWaitMs: 0,
          inputTokens: 0,
          outputTokens: 0,
          costUsd: 0,
        };
      });
    }

    const manySpecs: ManySpecsRun[] = [];
    if (settings.manySpecs > 0 && modelSpec) {
      for (const workers of [1, 2]) {
        const many = await runManySpecs(
          modelSpec,
          path.join(work, `${flow.id}-many-${workers}`),
          proxy.url,
          nextVariables,
          settings.manySpecs,
          workers,
        );
        if (many.passed !== many.specs) console.error(many.output);
        manySpecs.push(many);
        console.log(
          `  ${many.specs} specs, --workers ${workers}: ${many.passed} passed in ${(many.processMs / 1000).toFixed(2)} s (one process)`,
        );
      }
    }

    console.log(`${flow.id}: measuring tokens per page state and checking both specs reach the goal…`);
    const browser = await launchChromium();
    try {
      const walk = async (spec: Spec | null) =>
        spec
          ? walkSpec(browser, spec, {
              baseUrl: proxy.url,
              variables: nextVariables(),
              successText: flow.successText,
            })
          : { states: [], reachedGoal: false, error: 'no spec' };
      const modelWalk = await walk(modelSpec);
      const localWalk = await walk(localSpec);
      const ways: Way[] = ['planner-model', 'planner-local', 'replay', 'replay-cli', 'exported-test'];
      return {
        flow: flow.id,
        goal: flow.goal,
        summaries: ways.map((way) =>
          summarize(
            way,
            executions.filter((e) => e.way === way),
          ),
        ),
        executions,
        tokens: { states: modelWalk.states, totals: tokenTotals(modelWalk.states) },
        goalReached: { plannerModel: modelWalk.reachedGoal, plannerLocal: localWalk.reachedGoal },
        modelSpecSteps: (modelSpec as Spec | null)?.steps.length ?? 0,
        localSpecSteps: (localSpec as Spec | null)?.steps.length ?? 0,
        manySpecs: manySpecs.map(({ output: _output, ...rest }) => rest),
      };
    } finally {
      await browser.close();
    }
  } finally {
    await provider.close();
    await proxy.close();
    await app.close();
  }
}

/** Launch + close of the system Chromium, which every planner run and replay pays once. */
async function chromiumLaunchMs(): Promise<number> {
  const started = performance.now();
  const browser = await launchChromium();
  await browser.close();
  return performance.now() - started;
}

try {
  const launchMs = await chromiumLaunchMs();
  const reports: FlowReport[] = [];
  for (const id of settings.flows) reports.push(await benchFlow(FLOWS[id]!));
  const report = {
    benchmark: 'browser',
    at: new Date().toISOString(),
    modelPlannerIsSimulated: true,
    simulationNote:
      'The model planner row is SIMULATED: the real ModelPlanner and provider code (createModel, AI SDK over HTTP) ' +
      'talk to a local OpenAI-compatible test server whose answers come from a scripted policy reading each ' +
      `prompt's snapshot, after a fixed ${settings.latencyMs} ms per call; token counts are real (o200k_base), ` +
      'the price is a list price. No real model was called.',
    settings,
    chromiumLaunchMs: Math.round(launchMs),
    flows: reports,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      totalMemoryGb: Math.round(os.totalmem() / 1024 ** 3),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      loadAverage: os.loadavg().map((n) => Number(n.toFixed(2))),
    },
  };
  for (const flow of reports) {
    console.log(`\n## ${flow.flow}: ${flow.goal}`);
    console.log(formatSummaryTable(flow.summaries, settings.latencyMs));
    console.log(
      `goal really reached (success text on the final page of a fresh walk): model planner's spec ` +
        `${flow.goalReached.plannerModel ? 'yes' : 'NO'} (${flow.modelSpecSteps} steps), local planner's spec ` +
        `${flow.goalReached.plannerLocal ? 'yes' : 'NO'} (${flow.localSpecSteps} steps)`,
    );
    for (const many of flow.manySpecs)
      console.log(
        `${many.specs} specs in one \`codify test replay\` process, --workers ${many.workers}: ${many.passed} passed, ` +
          `${(many.processMs / 1000).toFixed(2)} s (per spec: ${many.perSpecSeconds.map((n) => n.toFixed(2)).join(', ')} s)`,
      );
    console.log('');
    console.log(formatTokenTable(flow.tokens.states, flow.tokens.totals));
  }
  console.log(
    `\nChromium launch + close: ${Math.round(launchMs)} ms; load average ${report.machine.loadAverage.join(' / ')}`,
  );
  await mkdir(path.join(root, 'bench/results'), { recursive: true });
  await writeFile(path.join(root, 'bench/results/browser.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log('wrote bench/results/browser.json');
} finally {
  await rm(work, { recursive: true, force: true });
}
