import { formatRate } from './format-rate.ts';
import { modelAnswerLines } from './build-report.ts';
import { requiredOption } from './required-option.ts';
import { createWriteStream, existsSync } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { parseNonNegativeInt, parsePositiveInt, parseRate } from './flag-parsers.ts';
import { addCassetteFlags, modelOptionsFrom } from './model-flags.ts';
import { ConfigError, InterruptedError } from '../core/errors.ts';
import { summarizeUsage } from '../core/models/index.ts';
import type { PublishedEvent } from '../core/events/types.ts';
import {
  DEFAULT_CHECKPOINT_EVERY,
  checkpointPath,
  detectFormat,
  errorRow,
  fileSource,
  formatReasonCounts,
  formatReviewReasons,
  initService,
  labelExamples,
  loadService,
  parseDuration,
  parseExamples,
  readCheckpoint,
  readJsonInput,
  readSample,
  runToFiles,
  serviceLayout,
  streamSource,
} from '../transform/index.ts';
import type {
  BuildResult,
  InputFormat,
  JsonSchema,
  Question,
  RecordSource,
  RunSummary,
  ServiceRunOptions,
  TransformEvent,
  TransformService,
} from '../transform/index.ts';

interface ModelFlags {
  model?: string;
  baseUrl?: string;
  record?: string;
  replay?: string;
  maxBuildTime?: number;
}

/** Registers `codify transform …`: init, build, run, accept, accept-schema. */
export function registerTransformCommands(program: Command): void {
  const transform = program
    .command('transform')
    .description('Generate, check and run data transforms: examples + output schema → transform.ts.');

  transform
    .command('init <dir>')
    .description(
      'Scaffold a service directory: codify.json, examples.json, schema.json (inferred unless given).',
    )
    .option('--examples <file>', 'JSON array of {"input", "output"} examples to start from')
    .option('--schema <file>', 'output JSON Schema (2020-12); inferred from the example outputs when absent')
    .option('--name <name>', 'service name (default: the directory name)')
    .option('--model <spec>', 'model spec saved in codify.json (default: $CODIFY_MODEL, else local)')
    .option('--force', 'overwrite existing files')
    .action(
      async (
        dir: string,
        flags: { examples?: string; schema?: string; name?: string; model?: string; force?: boolean },
      ) => {
        await initCommand(dir, flags);
      },
    );

  withModelFlags(
    transform
      .command('build <dir>')
      .description(
        'Generate transform.ts and check it (types, sandbox runs, schema, examples) until it passes.',
      )
      .option(
        '--max-attempts <n>',
        'model attempts (default: codify.json settings.maxAttempts)',
        parsePositiveInt,
      )
      .option('--commit', 'commit the result on a branch codify/<service>/<run-id> (inside a git repository)')
      .option(
        '--sample <file>',
        'records of the input to come (JSON, JSONL or CSV; first 1000 read): find inputs the examples do not settle',
      )
      .option('--no-ask', 'never prompt for labels in a terminal (questions go to questions.json)'),
  ).action(async (dir: string, flags: BuildFlags) => {
    const service = await loadService(dir, serviceOptions(flags));
    const detach = attachBuildLog(service);
    if (flags.sample && !/^https?:\/\//.test(flags.sample) && !existsSync(flags.sample))
      throw new ConfigError(`--sample ${flags.sample} not found.`, {
        hint: 'Pass an existing file of records to --sample (JSON, JSONL or CSV; the path is relative to the current folder).',
      });
    const sample = flags.sample ? (await readSample(flags.sample)).records : undefined;
    let result = await service.build({
      ...(flags.maxAttempts !== undefined ? { maxAttempts: flags.maxAttempts } : {}),
      ...(flags.commit ? { commit: true } : {}),
      ...(sample ? { sample } : {}),
    });
    const interactive = flags.ask !== false && process.stdin.isTTY === true && process.stderr.isTTY === true;
    if (interactive && (result.ambiguity?.questions.length ?? 0) > 0) {
      printBuildResult(result, dir);
      const added = await askInTerminal(dir, result.ambiguity?.questions ?? []);
      if (added > 0) {
        console.error(`Added ${added} example(s); rebuilding…`);
        result = await service.build({ ...(sample ? { sample } : {}), modelAnswerRounds: 0 });
      }
    }
    detach();
    printBuildResult(result, dir);
    for (const line of modelAnswerLines(result.modelAnswers)) console.error(line);
    if (result.commit)
      console.error(`Committed ${result.commit.commit.slice(0, 10)} on branch ${result.commit.branch}.`);
    process.exitCode = result.status === 'passed' || result.status === 'up-to-date' ? 0 : 1;
  });

  withModelFlags(
    requiredOption(
      transform
        .command('run <dir>')
        .description(
          'Run the transform over records (JSON array, JSONL or CSV), streaming; rebuild when the data changes shape.',
        ),
      '--input <file>',
      'input file, http(s) URL (read by byte ranges with --queue), or - for stdin',
    )
      .option('--format <format>', 'json | jsonl | csv (default: from the extension; stdin: jsonl)')
      .option('--output <file>', 'output JSONL (default: stdout); a .csv or .tsv name is refused')
      .option(
        '--errors <file>',
        'errors JSONL: {index (0-based), line (1-based, of the input), input, error} (default: <output>.errors.jsonl, or .codify/last-run.errors.jsonl)',
      )
      .option(
        '--frozen',
        'never regenerate the code during this run; use transform.ts even if it fails its examples',
      )
      .option(
        '--trust',
        'write every record the code handles, also those the examples do not settle (no review rows)',
      )
      .option(
        '--resume',
        'continue an interrupted run from its checkpoint (<output>.codify-checkpoint.json); needs --output and no regeneration',
      )
      .option('--qa-rate <rate>', 'share of records also answered by the model directly (0..1)', parseRate)
      .option('--qa-min <n>', 'minimum number of QA-checked records', parseNonNegativeInt)
      .option('--batch-size <n>', 'records per sandbox call', parsePositiveInt)
      .option(
        '--queue <url>',
        'run as chunk jobs on a queue: redis://HOST:PORT (served by codify worker) or embedded; the run is frozen and resumable',
      )
      .option('--chunk-size <bytes>', 'with --queue: bytes per chunk job (default 8 MiB)', parsePositiveInt),
  ).action(async (dir: string, flags: RunFlags) => {
    process.exitCode = await runCommand(dir, flags);
  });

  transform
    .command('accept <dir>')
    .description('Promote transform.next.ts (a rebuild of a hand-edited transform) to transform.ts.')
    .option('--commit', 'commit it on a branch codify/<service>/<run-id>')
    .action(async (dir: string, flags: { commit?: boolean }) => {
      const service = await loadService(dir);
      const result = await service.accept({ commit: flags.commit === true });
      console.error(`Accepted: ${result.accepted} now holds the reviewed code.`);
      if (result.commit)
        console.error(`Committed ${result.commit.commit.slice(0, 10)} on branch ${result.commit.branch}.`);
    });

  transform
    .command('label <dir>')
    .description(
      'Merge the answered questions (questions.json: fill in "output" or "pick") into examples.json.',
    )
    .option('--file <file>', 'questions file (default: <dir>/questions.json)')
    .action(async (dir: string, flags: { file?: string }) => {
      const service = await loadService(dir);
      const merged = await service.label(flags.file);
      console.error(
        `Added ${merged.added} example(s) to examples.json; ${merged.remaining} question(s) still unanswered${merged.remaining > 0 ? ` in ${merged.file}` : ''}.`,
      );
      const broken = merged.breaksSchema ?? [];
      if (broken.length > 0) {
        console.error(`Warning: ${broken.length} answer(s) break schema.json:`);
        for (const line of broken.slice(0, 5)) console.error(`  ${line}`);
        console.error(
          `  If the answer is right, the next build proposes a revised schema (then: codify transform accept-schema ${dir}); if not, fix it in examples.json.`,
        );
      }
      console.error(`Next: codify transform build ${dir}`);
    });

  transform
    .command('accept-schema <dir>')
    .description('Replace schema.json with the schema a build proposed when examples contradicted it.')
    .action(async (dir: string) => {
      const service = await loadService(dir);
      const { schemaPath, previousPath } = await service.acceptSchema();
      console.error(
        `Accepted the proposed schema into ${schemaPath}${previousPath ? ` (previous one kept at ${previousPath})` : ''}.`,
      );
      console.error(`Next: codify transform build ${dir}`);
    });
}

interface BuildFlags extends ModelFlags {
  maxAttempts?: number;
  commit?: boolean;
  sample?: string;
  ask?: boolean;
}

/** Asks a person, in the terminal, to pick or type the output of each question; appends answers as examples. */
async function askInTerminal(dir: string, questions: Question[]): Promise<number> {
  const { createInterface: prompt } = await import('node:readline/promises');
  const rl = prompt({ input: process.stdin, output: process.stderr });
  const answered: Question[] = [];
  try {
    for (const [n, question] of questions.entries()) {
      console.error(
        `\nQuestion ${n + 1} of ${questions.length} (settles ~${question.settles} record(s) seen):`,
      );
      console.error(`  input: ${JSON.stringify(question.input)}`);
      question.candidates.forEach((candidate, i) =>
        console.error(`  ${i + 1}) ${JSON.stringify(candidate)}`),
      );
      const reply = (
        await rl.question('Pick a number, type the right output as JSON, or press Enter to skip: ')
      ).trim();
      if (reply === '') continue;
      const pick = Number(reply);
      if (Number.isInteger(pick) && pick >= 1 && pick <= question.candidates.length)
        answered.push({ ...question, pick });
      else {
        try {
          answered.push({ ...question, output: JSON.parse(reply) as unknown });
        } catch {
          console.error('  Not a number nor JSON: skipped.');
        }
      }
    }
  } finally {
    rl.close();
  }
  if (answered.length === 0) return 0;
  return (await labelExamples(dir, { answers: answered })).added;
}

interface RunFlags extends ModelFlags {
  input: string;
  format?: string;
  output?: string;
  errors?: string;
  frozen?: boolean;
  trust?: boolean;
  resume?: boolean;
  qaRate?: number;
  qaMin?: number;
  batchSize?: number;
  queue?: string;
  chunkSize?: number;
}

function withModelFlags(command: Command): Command {
  command
    .option(
      '--model <spec>',
      'model spec: local, auto, openai:<id>, anthropic:<id>, openai-compatible:<id>, ollama:<id> (default: codify.json, else $CODIFY_MODEL, else local)',
    )
    .option('--base-url <url>', 'base URL of an OpenAI-compatible server')
    .option(
      '--max-build-time <duration>',
      'wall-time budget of a build, all attempts and retries included: 90s, 10m, 1h (default: codify.json settings.maxBuildTimeMs, else 10m)',
      (value: string) => parseDuration(value, '--max-build-time'),
    );
  return addCassetteFlags(command);
}

function serviceOptions(flags: ModelFlags) {
  const modelOptions = modelOptionsFrom(flags.baseUrl, flags);
  return {
    ...(flags.model ? { model: flags.model } : {}),
    modelOptions,
    ...(flags.maxBuildTime !== undefined ? { maxBuildTimeMs: flags.maxBuildTime } : {}),
  };
}

/** `codify transform init`: reads and checks the files the flags name, then {@link initService}. */
async function initCommand(
  dir: string,
  flags: { examples?: string; schema?: string; name?: string; model?: string; force?: boolean },
): Promise<void> {
  const examples = flags.examples
    ? parseExamples(await readJsonInput(flags.examples, '--examples'), flags.examples)
    : undefined;
  const schema = flags.schema
    ? {
        value: (await readJsonInput(flags.schema, '--schema')) as JsonSchema,
        text: await readFile(flags.schema, 'utf8'),
        source: flags.schema,
      }
    : undefined;
  const result = await initService(dir, {
    ...(flags.name ? { name: flags.name } : {}),
    ...(flags.model ? { model: flags.model } : {}),
    ...(flags.force ? { force: true } : {}),
    ...(examples ? { examples } : {}),
    ...(schema ? { schema } : {}),
  });
  const layout = serviceLayout(dir);
  if (result.examples === 'placeholder')
    console.error(`Wrote a placeholder ${layout.examples}: replace it with 3 or more real examples.`);
  if (result.schemaFrom === 'given') console.error(`Copied the schema to ${layout.schema}.`);
  else {
    console.error(
      `Inferred the output schema from ${result.exampleCount} example output(s); review it (${layout.schema}):`,
    );
    console.log(JSON.stringify(result.schema, null, 2));
  }
  console.error(`Service "${result.config.name}" is ready in ${dir}. Next: codify transform build ${dir}`);
}

function attachBuildLog(service: TransformService): () => void {
  return service.events.subscribe(({ event }: PublishedEvent<TransformEvent>) => {
    switch (event.type) {
      case 'build-started':
        console.error(
          `Building "${event.service}" (${event.trigger}; up to ${event.attemptsBudget} attempt(s))…`,
        );
        break;
      case 'check-finished': {
        const counts = Object.entries(event.report.counts)
          .map(([kind, n]) => `${n} ${kind}`)
          .join(', ');
        console.error(
          `  attempt ${event.attempt}: ${event.report.pass ? 'passed every check' : `failed (${counts})`}`,
        );
        break;
      }
      case 'attempt-error':
        console.error(`  attempt ${event.attempt} (${event.proposer}) errored: ${event.error}`);
        break;
      case 'candidate':
        console.error(
          `  attempt ${event.attempt}: candidate from ${event.proposer}${event.notes?.length ? ` (${event.notes.join('; ')})` : ''}`,
        );
        break;
      default:
        break;
    }
  });
}

function printBuildResult(result: BuildResult, dir: string): void {
  if (result.status === 'passed' || result.status === 'up-to-date') {
    console.error(result.reason);
    if (result.diff) console.error(result.diff);
  } else if (result.status === 'schema-conflict') {
    console.error('The examples contradict schema.json:');
    for (const violation of result.schemaViolations ?? []) console.error(`  - ${violation}`);
    console.error(result.reason);
  } else {
    console.error(`Build failed: ${result.reason}`);
    if (result.attemptDirs.length > 0)
      console.error(`Attempts kept in ${path.dirname(result.attemptDirs[0] ?? '')}`);
  }
  for (const warning of result.warnings ?? []) console.error(`Warning: ${warning}`);
  const ambiguity = result.ambiguity;
  const unsettled = ambiguity?.reasons?.unsettled ?? 0;
  if (ambiguity && (ambiguity.ambiguous > 0 || ambiguity.questions.length > 0 || unsettled > 0)) {
    const fields = Object.entries(ambiguity.byField)
      .map(([field, n]) => `${field} (${n})`)
      .join(', ');
    // Every reason a run would not write an input seen, not only the rivals' disagreements.
    if (ambiguity.reasons && unsettled > 0)
      console.error(`Unsettled: ${formatReviewReasons(ambiguity.reasons)}.`);
    if (ambiguity.ambiguous > 0)
      console.error(
        `Ambiguous: programs that fit every example disagree on ${ambiguity.ambiguous} of ${ambiguity.checked} input(s) seen, on ${fields}.`,
      );
    for (const question of ambiguity.questions) {
      const competing = Object.entries(question.competing)
        .map(([field, values]) => `${field}: ${values.map((v) => JSON.stringify(v)).join(' or ')}`)
        .join('; ');
      // Unseen shapes and broken output checks have no rivals to show: say why they are asked.
      console.error(
        `  ${JSON.stringify(question.input)} → ${competing || question.reason || 'unsettled'} (settles ~${question.settles})`,
      );
    }
    if (ambiguity.questions.length > 0)
      console.error(
        `Questions written to ${serviceLayout(dir).questions}: fill in "output" (or "pick") and run codify transform label ${dir}; until then runs send such records to review.`,
      );
  } else if (ambiguity?.checked === 0)
    console.error(
      'Ambiguity: not checked: no input besides the examples was seen (pass --sample FILE with records of the input to come to find inputs the examples do not settle).',
    );
  else if (ambiguity) console.error(`Ambiguity: none among the ${ambiguity.checked} input(s) seen.`);
  for (const branch of ambiguity?.thinBranches ?? [])
    console.error(
      `Warning: the program for ${branch.field === '$' ? 'the output' : `"${branch.field}"`} has a branch only ${branch.examples} example took: records that take it go to review until another example of that kind is added.`,
    );
  const usage = summarizeUsage(result.usage);
  if (usage.calls > 0)
    console.error(
      `Model calls: ${usage.calls}, tokens: ${usage.inputTokens} in / ${usage.outputTokens} out${usage.costUsd !== null ? `, ~$${usage.costUsd.toFixed(4)}` : ''}`,
    );
}

async function runCommand(dir: string, flags: RunFlags): Promise<number> {
  if (flags.output) refuseNonJsonlOutput(flags.output);
  const service = await loadService(dir, serviceOptions(flags));
  const format = detectFormat(flags.input === '-' ? undefined : flags.input, flags.format);
  const source = flags.input === '-' ? streamSource(process.stdin, format) : fileSource(flags.input, format);
  const layout = serviceLayout(dir);
  const errorsPath =
    flags.errors ??
    (flags.output
      ? `${flags.output.replace(/\.jsonl?$/, '')}.errors.jsonl`
      : path.join(layout.internal, 'last-run.errors.jsonl'));
  await mkdir(path.dirname(path.resolve(errorsPath)), { recursive: true });
  if (flags.output) await mkdir(path.dirname(path.resolve(flags.output)), { recursive: true });
  if (flags.queue) {
    const progress = attachRunProgress(service);
    const { runTransformOnQueue } = await import('./transform-queue-run.ts');
    const queued = await runTransformOnQueue(service, flags, errorsPath).finally(() => progress.stop());
    printRunSummary(queued, errorsPath, { dir, input: flags.input });
    return queued.errors > 0 ? 1 : 0;
  }
  // A run that may rebuild holds its results until its last pass and is not checkpointed.
  const regenerates = service.mayRegenerate({ frozen: flags.frozen === true });
  if (flags.resume) refuseResume(flags, regenerates);
  const summary =
    flags.output && flags.input !== '-' && !regenerates
      ? await runCheckpointed(service, { ...flags, output: flags.output }, format, errorsPath)
      : await runStreaming(service, flags, source, errorsPath);
  printRunSummary(summary, errorsPath, { dir, input: flags.input });
  return summary.errors > 0 ? 1 : 0;
}

/** The run options the `transform run` flags set. */
function runOptionsFrom(flags: RunFlags): Omit<ServiceRunOptions, 'signal'> {
  return {
    ...(flags.frozen ? { frozen: true } : {}),
    ...(flags.trust ? { trust: true } : {}),
    ...(flags.qaRate !== undefined ? { qaRate: flags.qaRate } : {}),
    ...(flags.qaMin !== undefined ? { qaMin: flags.qaMin } : {}),
    ...(flags.batchSize !== undefined ? { batchSize: flags.batchSize } : {}),
  };
}

/** `--resume` needs a file to cut back, an input to read again, and one code version throughout. */
function refuseResume(flags: RunFlags, regenerates: boolean): void {
  const refuse = (why: string, hint: string) => new ConfigError(`Cannot --resume: ${why}`, { hint });
  if (!flags.output)
    throw refuse(
      'the output goes to stdout, which cannot be cut back to the last checkpoint.',
      'Pass --output FILE (and the same --output when resuming).',
    );
  if (flags.input === '-')
    throw refuse('stdin cannot be read again.', 'Save the input to a file and pass --input FILE.');
  if (regenerates)
    throw refuse(
      'this run may rebuild the code, and every output must come from one code version (a rebuild restarts the run from the first record).',
      'Add --frozen (or set "locked": true in codify.json) to run and resume with the current transform.ts.',
    );
}

/** A run from a file into files that cannot regenerate: checkpointed, so a killed run can be finished with --resume. */
async function runCheckpointed(
  service: TransformService,
  flags: RunFlags & { output: string },
  format: InputFormat,
  errorsPath: string,
): Promise<RunSummary> {
  const checkpoint = checkpointPath(flags.output);
  const progress = attachRunProgress(service);
  const buildLog = attachBuildLog(service);
  const resumeLog = service.events.subscribe(({ event }) => {
    if (event.type !== 'resume-point') return;
    console.error(
      event.checkpoint
        ? `Resuming from checkpoint ${checkpoint}: records index 0–${event.fromRecord - 1} are already in ${flags.output} and ${errorsPath}.`
        : `No checkpoint at ${checkpoint}: starting from the first record.`,
    );
  });
  const controller = new AbortController();
  const abort = () => controller.abort();
  process.once('SIGINT', abort);
  try {
    return await runToFiles(service, {
      input: flags.input,
      format,
      outputPath: flags.output,
      errorsPath,
      resume: flags.resume === true,
      checkpointEvery: flags.batchSize ?? DEFAULT_CHECKPOINT_EVERY,
      run: runOptionsFrom(flags),
      signal: controller.signal,
    });
  } catch (error) {
    // Stopped: said once, as what to do next (not also as a bare "cancelled").
    const kept =
      controller.signal.aborted && existsSync(checkpoint)
        ? await readCheckpoint(checkpoint).catch(() => null)
        : null;
    if (kept)
      throw new InterruptedError(
        `Stopped after record index ${kept.records - 1}; the checkpoint is kept: run the same command with --resume to finish.`,
      );
    throw error;
  } finally {
    process.off('SIGINT', abort);
    progress.stop();
    buildLog();
    resumeLog();
  }
}

/** A run to stdout, from stdin, or one that may rebuild: results stream into plain files. */
async function runStreaming(
  service: TransformService,
  flags: RunFlags,
  source: RecordSource,
  errorsPath: string,
): Promise<RunSummary> {
  // The output is rewritten from the first record: an old checkpoint no longer matches it.
  if (flags.output && flags.input !== '-') await rm(checkpointPath(flags.output), { force: true });
  // The files are created when the first result arrives (or the run ends): a run refused at its
  // start (a renamed column, code failing its own examples) leaves no empty file behind.
  const output = flags.output ? lazyFile(flags.output) : null;
  const errors = lazyFile(errorsPath);
  let completed = false;
  const progress = attachRunProgress(service);
  const buildLog = attachBuildLog(service);
  // Ctrl-C, or a closed pipe (`… | head`), stops the run cleanly: temp spools are removed.
  const controller = new AbortController();
  const abort = () => controller.abort();
  let interrupted = false;
  const onSigint = () => {
    interrupted = true;
    abort();
  };
  process.once('SIGINT', onSigint);
  const onStdoutError = (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') abort();
  };
  process.stdout.on('error', onStdoutError);
  const handle = service.runSource(source, { signal: controller.signal, ...runOptionsFrom(flags) });
  const written = { outputs: 0, errors: 0 };
  try {
    for await (const result of handle) {
      if (result.ok) {
        await write(output ? output.stream() : process.stdout, `${JSON.stringify(result.output)}\n`);
        written.outputs += 1;
      } else {
        await write(errors.stream(), errorRow(result));
        written.errors += 1;
      }
    }
    const summary = await handle.summary;
    completed = true;
    return summary;
  } catch (error) {
    // A streaming run keeps no checkpoint: say what was written and how to run so it can resume.
    if (interrupted)
      throw stoppedStreaming(
        flags,
        written,
        errorsPath,
        service.mayRegenerate({ frozen: flags.frozen === true }),
      );
    throw error;
  } finally {
    process.off('SIGINT', onSigint);
    process.stdout.off('error', onStdoutError);
    progress.stop();
    buildLog();
    await errors.end(completed);
    await output?.end(completed);
  }
}

/** What a streaming run stopped by Ctrl-C says: what it wrote (partial) and how to run so it can resume. */
function stoppedStreaming(
  flags: RunFlags,
  written: { outputs: number; errors: number },
  errorsPath: string,
  regenerates: boolean,
): InterruptedError {
  const where = flags.output ? `in ${flags.output}` : 'on stdout';
  // What a checkpointed run needs (see runCommand): a file out, a file in, one code version.
  const needs = [
    ...(flags.output ? [] : ['--output FILE']),
    ...(flags.input === '-' ? ['--input FILE (not stdin)'] : []),
    ...(regenerates ? ['--frozen'] : []),
  ];
  return new InterruptedError(
    `Stopped by Ctrl-C after ${written.outputs + written.errors} record(s): ${written.outputs} output(s) ${where} and ${written.errors} error row(s) in ${errorsPath} are partial.`,
    {
      hint: `This run kept no checkpoint: run the command again for every record. A run with ${needs.join(' and ')} keeps one, and --resume finishes it after a stop.`,
    },
  );
}

/** A file opened on its first write; at the end, created empty only when the run completed. */
function lazyFile(file: string): { stream(): WriteStream; end(create: boolean): Promise<void> } {
  let opened: WriteStream | null = null;
  return {
    stream: () => (opened ??= createWriteStream(file)),
    end: async (create) => {
      if (!opened && !create) return;
      await end((opened ??= createWriteStream(file)));
    },
  };
}

/**
 * The output is JSON Lines whatever the file is called; a name ending in .csv or .tsv would
 * promise another format, so it is refused before anything is written. (Writing CSV needs a
 * CSV writer such as csv-stringify, which codify does not ship yet.)
 */
function refuseNonJsonlOutput(output: string): void {
  const extension = path.extname(output).toLowerCase();
  if (extension !== '.csv' && extension !== '.tsv') return;
  const format = extension.slice(1).toUpperCase();
  const jsonl = `${output.slice(0, -extension.length)}.jsonl`;
  throw new ConfigError(
    `--output ${output}: codify writes JSON Lines (one JSON object per line), not ${format}.`,
    { hint: `Pass --output ${jsonl} (and convert it afterwards if you need ${format}).` },
  );
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> | void {
  if (stream.write(text)) return;
  return new Promise((resolve) => stream.once('drain', () => resolve()));
}

function end(stream: WriteStream): Promise<void> {
  return new Promise((resolve) => stream.end(() => resolve()));
}

/** A progress bar on a terminal; plain lines (at most every few seconds) otherwise. */
function attachRunProgress(service: TransformService): { stop(): void } {
  const tty = process.stderr.isTTY === true;
  const started = Date.now();
  let bar: SingleBar | null = null;
  let lastLine = 0;
  const unsubscribe = service.events.subscribe(({ event }: PublishedEvent<TransformEvent>) => {
    if (event.type === 'run-progress') {
      const seconds = Math.max(0.001, (Date.now() - started) / 1000);
      const payload = {
        ok: event.ok,
        errors: event.errors,
        pass: event.pass,
        rate: formatRate(event.processed, seconds * 1000),
      };
      if (tty) {
        if (!bar) {
          bar = new SingleBar(
            {
              format: 'records {value} | ok {ok} | errors {errors} | pass {pass} | {rate} rec/s',
              stream: process.stderr,
              hideCursor: true,
            },
            Presets.shades_classic,
          );
          bar.start(Number.MAX_SAFE_INTEGER, 0, payload);
        }
        bar.update(event.processed, payload);
      } else if (Date.now() - lastLine > 5000) {
        lastLine = Date.now();
        console.error(
          `records ${event.processed}: ${event.ok} ok, ${event.errors} errors (pass ${event.pass}, ${payload.rate} rec/s)`,
        );
      }
    } else if (event.type === 'rebuild') {
      bar?.stop();
      bar = null;
      console.error(
        `Rebuilding (${event.reason === 'qa' ? 'QA found a wrong answer' : `${event.records} record(s) failed`}; rebuild ${event.rebuilds}); the run restarts so every output comes from the final code.`,
      );
    } else if (event.type === 'qa-disagreement') {
      console.error(
        `QA: record index ${event.index}: the model answered ${JSON.stringify(event.model)}, the code ${JSON.stringify(event.code)}.`,
      );
    } else if (event.type === 'review-pending') {
      console.error(
        `transform.ts was edited by hand: the rebuild went to ${event.file} for review (codify transform accept).`,
      );
    }
  });
  return {
    stop() {
      bar?.stop();
      unsubscribe();
    },
  };
}

/** `from`: the service and the input, so the summary can name the commands that label review rows. */
function printRunSummary(
  summary: RunSummary,
  errorsPath: string,
  from: { dir: string; input: string },
): void {
  const lines = [
    `Records: ${summary.recordsIn} in = ${summary.recordsOut} out + ${summary.errors} errors${
      summary.errors > 0
        ? ` (${Object.entries(summary.errorsByKind)
            .map(([kind, n]) => `${n} ${kind}`)
            .join(', ')}; see ${errorsPath})`
        : ''
    }`,
    `Rebuilds: ${summary.rebuilds} (regeneration ${summary.regeneration.reason}); passes over the input: ${summary.passes}`,
    `QA: ${summary.qa.reason}${summary.qa.enabled ? `; checked ${summary.qa.checked}, disagreements ${summary.qa.disagreements.length}${summary.qa.unusable ? `, unusable answers ${summary.qa.unusable}` : ''}` : ''}`,
    `Model calls: ${summary.modelCalls}, tokens: ${summary.inputTokens} in / ${summary.outputTokens} out, estimated cost: ${summary.costUsd === null ? 'unknown (no price for this model)' : `$${summary.costUsd.toFixed(4)}`}`,
    `Time: ${(summary.durationMs / 1000).toFixed(2)} s, ${formatRate(summary.recordsIn, summary.durationMs)} records/s`,
  ];
  const review = summary.errorsByKind['review'] ?? 0;
  if (review > 0) {
    // Why, counted in the words of the build's Unsettled line; each row's error.reason says its own.
    const why = formatReasonCounts(summary.reviewByReason ?? {});
    lines.push(
      `Review: ${review} record(s) not written because the examples do not settle them${why ? `: ${why}` : ''}; the rows (with the competing outputs, when programs disagree) are in ${errorsPath}; add examples like them and rebuild, or --trust writes them anyway.`,
      `To label them: codify transform build ${from.dir} --sample ${from.input === '-' ? 'FILE (a file of this input)' : from.input} writes questions.json for such records; fill it in, then codify transform label ${from.dir}.`,
    );
  }
  const input = summary.errorsByKind['input'] ?? 0;
  if (input > 0)
    lines.push(`Input: ${input} record(s) lack a key or type the examples' inputs had (kind "input").`);
  if (summary.reviewPending) lines.push(`Review pending: ${summary.reviewPending} (codify transform accept)`);
  if (summary.examplesSentToReview)
    lines.push(
      `Partial code: transform.ts sends ${summary.examplesSentToReview} of its own example(s) to review (it fits only the others); records like them are review rows. Add examples like them, a lookup table or a model, and rebuild.`,
    );
  console.error(lines.join('\n'));
}
