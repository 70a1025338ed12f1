import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { startDemoApp } from '../../examples/demo-app/server.ts';
import {
  choosePlanner,
  exportTest,
  findChromium,
  launchChromium,
  recordTest,
  replayTest,
} from '../browser/index.ts';
import { detectFormat, fileSource, loadService } from '../transform/index.ts';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const exampleServices = ['phone-e164', 'name-split', 'dates-iso'];

interface DemoOptions {
  dir: string;
  browser: boolean;
}

/**
 * `codify demo`: the main job, end to end, on the embedded `local` engine (no key, no network).
 * Transforms: copies the example services without their code, synthesizes `transform.ts` from the
 * examples, and runs it over the sample input. Browser tests: starts the demo shop, records a
 * sign-up with the local planner, replays the spec with no planner, and exports a Playwright test.
 */
export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description(
      'Run the main job on the local engine (no key needed): build and run transforms, record/replay/export a browser test.',
    )
    .option('--dir <dir>', 'where to write the demo services, outputs and specs', 'codify-demo')
    .option('--no-browser', 'skip the browser-test part')
    .action(async (options: DemoOptions) => {
      const dir = resolve(options.dir);
      const transformsOk = await demoTransforms(join(dir, 'transforms'));
      const browserOk = options.browser ? await demoBrowser(join(dir, 'browser')) : true;
      console.log(
        `\nEverything the demo wrote is under ${relative(process.cwd(), dir) || '.'}/ — read it, edit it, run it again.`,
      );
      process.exitCode = transformsOk && browserOk ? 0 : 1;
    });
}

async function demoTransforms(root: string): Promise<boolean> {
  console.log('Transforms: examples + schema → generated transform.ts (local synthesizer, no model)\n');
  let ok = true;
  for (const name of exampleServices) {
    const dir = join(root, name);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    // Copy the person-written files only, so the code is really synthesized here.
    for (const file of await readdir(join(repoRoot, 'examples', name))) {
      if (file === 'transform.ts' || file.startsWith('.')) continue;
      await cp(join(repoRoot, 'examples', name, file), join(dir, file), { recursive: true });
    }
    const service = await loadService(dir, { model: 'local' });
    const build = await service.build();
    if (build.status !== 'passed') {
      ok = false;
      console.log(`✗ ${name}: build ${build.status}`);
      continue;
    }
    const input = (await readdir(dir)).find((file) => file.startsWith('sample-input.'));
    if (!input) continue;
    const outputPath = join(dir, 'output.jsonl');
    const lines: string[] = [];
    const errors: string[] = [];
    const handle = service.runSource(fileSource(join(dir, input), detectFormat(input)), {
      model: 'local',
    });
    for await (const result of handle) {
      if (result.ok) lines.push(JSON.stringify(result.output));
      else errors.push(JSON.stringify({ index: result.index, input: result.input, error: result.error }));
    }
    await writeFile(outputPath, lines.map((line) => `${line}\n`).join(''));
    const errorsPath = join(dir, 'errors.jsonl');
    await writeFile(errorsPath, errors.map((line) => `${line}\n`).join(''));
    const summary = await handle.summary;
    console.log(
      `✓ ${name}: transform.ts built by ${build.builtBy ?? 'local'} in ${build.attempts} attempt(s); ` +
        `${summary.recordsIn} records in = ${summary.recordsOut} out + ${summary.errors} errors → ${relative(process.cwd(), outputPath)}`,
    );
    for (const line of lines.slice(0, 2)) console.log(`    ${line}`);
    if (errors.length > 0) {
      const kinds = Object.entries(summary.errorsByKind).map(([kind, n]) => `${n} ${kind}`);
      console.log(`    errors (${kinds.join(', ')}) → ${relative(process.cwd(), errorsPath)}`);
    }
  }
  return ok;
}

async function demoBrowser(root: string): Promise<boolean> {
  console.log('\nBrowser tests: goal in plain words → spec → replay (no planner) → Playwright test\n');
  try {
    findChromium();
  } catch (error) {
    console.log(
      `(skipped: ${error instanceof Error ? error.message : String(error)} Run \`npm run setup\` first.)`,
    );
    return true;
  }
  await mkdir(root, { recursive: true });
  const app = await startDemoApp();
  const browser = await launchChromium();
  try {
    const goal = 'Sign up with my name, email and password and accept the terms';
    const variables = { name: 'Ada', email: `ada.${Date.now()}@example.com`, password: 'correct-horse-7' };
    const specPath = join(root, 'signup.spec.json');
    const run = await recordTest(
      { url: `${app.url}/signup`, goal, variables, runsDir: join(root, 'runs'), specPath },
      { planner: choosePlanner('local'), browser },
    );
    console.log(`${run.status === 'passed' ? '✓' : '✗'} run: "${goal}" — ${run.reason}`);
    console.log(
      `    ${run.counts.steps} step(s), ${run.counts.actions} action(s), 0 model calls → ${run.savedTo ? relative(process.cwd(), run.savedTo) : 'no spec saved (the recording did not pass)'}`,
    );
    if (run.status !== 'passed') return false;

    const replay = await replayTest(
      {
        specPath,
        variables: { ...variables, email: `ada.${Date.now()}.2@example.com` },
        runsDir: join(root, 'runs'),
      },
      { browser },
    );
    console.log(`${replay.status === 'passed' ? '✓' : '✗'} replay with no planner: ${replay.reason}`);
    const exported = await exportTest({ specPath, out: join(root, 'signup.spec.ts') });
    if (!exported.exported) {
      console.log(`✗ export refused: ${exported.refusal}`);
      return false;
    }
    console.log(`✓ export: ${relative(process.cwd(), exported.test)} (an ordinary Playwright test)`);
    if (existsSync(exported.test)) {
      console.log(
        `    run it: BASE_URL=<app url> npx playwright test ${relative(process.cwd(), exported.test)}`,
      );
    }
    return replay.status === 'passed';
  } finally {
    await browser.close();
    await app.close();
  }
}
