import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile as writeFileRaw } from 'node:fs/promises';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { runLoop } from '../../core/loop/run-loop.ts';
import type { AttemptRecord, CheckReport, Proposal, Proposer } from '../../core/loop/types.ts';
import type { LanguageModel, Usage } from '../../core/models/types.ts';
import { TransformChecker } from '../check/checker.ts';
import { removeTypeDeclarations } from '../check/typecheck.ts';
import type { TransformEvent } from '../events.ts';
import type { SandboxFactory, SandboxOptions } from '../sandbox-adapter.ts';
import { reviseSchemaForLabels } from '../schema/revise.ts';
import type { JsonSchema } from '../schema/json-schema.ts';
import { reviseSchemaWithModel, schemaWithOutputChecks } from './schema-revision.ts';
import { compileSchema, formatViolations } from '../schema/validate.ts';
import { writeFileAtomic, writeJsonFile } from '../service/files.ts';
import {
  codeFingerprint,
  hashJson,
  isHumanEdited,
  parseTransformFile,
  withHeader,
} from '../service/header.ts';
import { serviceLayout } from '../service/layout.ts';
import type { ServiceFiles } from '../service/types.ts';
import { formatReport } from './prompt.ts';
import { assembleModule, problemFor } from './problem.ts';
import type { TransformCandidate, TransformProblem } from './problem.ts';
import { LocalProposer, ModelProposer } from './proposers.ts';
import type { BuildSession } from './proposers.ts';
import {
  BRANCH_EVIDENCE,
  branchEvidence,
  inferOutputChecks,
  profileInputs,
  withBranchEvidence,
  type BranchEvidence,
} from '../run/trust.ts';
import { reviewMarkerReason } from '../run/review-marker.ts';
import { pickQuestions } from './pick-questions.ts';
import { reviewReasons } from './review-reasons.ts';
import { describeUnfit, fitMost, moduleFittingMost } from './fit-most.ts';
import { ranOutOfTime } from './format-splits.ts';
import type { UnfitExample } from './fit-most.ts';
import type { Ambiguity, ThinBranch } from './questions.ts';
import { defaultSynthesizer, readLookupTables } from './synth-adapter.ts';
import { formatDuration, startTimeBudget } from './time-budget.ts';
import { createRedactor, knownSecrets, secretsIn } from '../../core/secrets/index.ts';
import type { Redactor } from '../../core/secrets/index.ts';
import { RedactingProposer, redactingEmitter } from './secrets.ts';
import type { TimeBudget } from './time-budget.ts';
import type { SynthesisResult } from './synth-adapter.ts';
import type { Synthesizer } from './synth-adapter.ts';

export interface BuildOptions {
  /** The model to ask, or null for the local engine only. */
  model: LanguageModel | null;
  /** Whether the local synthesizer goes first (spec `local` or `auto…`). */
  useLocal: boolean;
  /** Model attempts (default: the service's maxAttempts). Local and current-code tries are extra. */
  maxAttempts?: number;
  /** Why the build runs: shown in events. */
  trigger?: 'build' | 'run' | 'qa';
  onEvent?: (event: TransformEvent) => void;
  signal?: AbortSignal;
  /**
   * Wall-time budget of the whole build in ms, every attempt, retry and check included (default:
   * the service's settings.maxBuildTimeMs). At the deadline the build stops as `failed`, `timedOut`.
   */
  maxBuildTimeMs?: number;
  sandboxFactory?: SandboxFactory;
  sandboxOptions?: SandboxOptions;
  synthesizer?: Synthesizer;
  synthesisTimeoutMs?: number;
  /**
   * Values redacted from every file, event and result the build writes or returns (default: every
   * secret the process knows: `*_API_KEY`-style variables, keys given as options, the server token).
   */
  secrets?: readonly string[];
  /**
   * Records of the input to come (`build --sample FILE`): the synthesizer ranks its programs on them
   * too, and they are checked for inputs the examples do not settle.
   */
  sample?: unknown[];
}

export type BuildStatus = 'passed' | 'up-to-date' | 'failed' | 'schema-conflict' | 'cancelled';

export interface BuildResult {
  status: BuildStatus;
  /** Absolute path of the file written: transform.ts, or transform.next.ts when a person edited transform.ts. */
  wrote: string | null;
  /** The passing module (header included), when the build passed. */
  source: string | null;
  /** The report of the passing or best attempt. */
  report: CheckReport | null;
  attempts: number;
  /** Proposer of the passing attempt. */
  builtBy: string | null;
  usage: Usage[];
  reason: string;
  /** Where the attempts of this build were kept. */
  attemptDirs: string[];
  /** Example labels that break the schema, when status is 'schema-conflict'. */
  schemaViolations?: string[];
  proposedSchemaPath?: string;
  /** Unified diff against transform.ts when the result went to transform.next.ts. */
  diff?: string;
  /** True when the build's time budget ran out (status `failed`). */
  timedOut?: true;
  /** Things a person should know although the build went on, e.g. a secret redacted from an answer. */
  warnings?: string[];
  /** Inputs seen (potential inputs, the sample) that the examples do not settle, and questions about them. */
  ambiguity?: Ambiguity;
  /** When the build failed: what could not be derived and what would help. */
  help?: string[];
  /**
   * When no program fits every example: the examples (0-based `index` in examples.json) the program
   * that fits the most does not fit, and why; that program went to transform.next.ts.
   */
  unfit?: UnfitExample[];
}

/**
 * Builds a service: loops proposers (current code, local synthesizer, model) against the checker
 * until a candidate passes every check or the budget ends. Writes transform.ts on success, or
 * transform.next.ts plus a diff when a person edited transform.ts. Keeps every attempt under
 * `.codify/attempts/<n>/`.
 */
export async function buildTransform(files: ServiceFiles, options: BuildOptions): Promise<BuildResult> {
  const clock = startTimeBudget(
    options.maxBuildTimeMs ?? files.config.settings.maxBuildTimeMs,
    options.signal,
  );
  const secrets = options.secrets ?? knownSecrets();
  const guard: SecretGuard = { secrets, redact: createRedactor(secrets), warnings: [] };
  try {
    const result = await buildWithin(files, options, clock, guard);
    return guard.redact(guard.warnings.length > 0 ? { ...result, warnings: guard.warnings } : result);
  } finally {
    clock.stop();
  }
}

/** The secrets a build keeps out of what it writes, and the warnings it gives about them. */
interface SecretGuard {
  secrets: readonly string[];
  redact: Redactor;
  warnings: string[];
}

async function buildWithin(
  files: ServiceFiles,
  options: BuildOptions,
  clock: TimeBudget,
  guard: SecretGuard,
): Promise<BuildResult> {
  const layout = serviceLayout(files.dir);
  const { redact } = guard;
  const onEvent = options.onEvent ?? (() => {});
  // Events reach logs, the terminal and API clients: none of them may carry a secret.
  const emit = redactingEmitter(onEvent, guard.secrets, redact);
  const writeText = (file: string, text: string) => writeFileAtomic(file, redact(text));
  const writeJson = (file: string, value: unknown) => writeJsonFile(file, redact(value));
  const validator = compileSchema(files.schema);
  const service = files.config.name;

  const labelViolations = files.examples.flatMap((example, index) => {
    const violations = validator.validate(example.output);
    return violations.length > 0 ? [`example ${index + 1}: ${formatViolations(violations)}`] : [];
  });
  if (labelViolations.length > 0) {
    const usage: Usage[] = [];
    let proposed: JsonSchema | null = null;
    let proposedBy = 'the local reviser (labels re-inferred where they break the schema)';
    if (options.model) {
      const revision = await reviseSchemaWithModel(
        options.model,
        files.schema,
        files.examples,
        labelViolations,
        clock.signal,
      );
      if (revision.usage) usage.push(revision.usage);
      proposed = revision.schema;
      proposedBy = revision.schema
        ? revision.note
        : `${proposedBy}; the model's revision was not usable: ${revision.note}`;
    }
    proposed ??= reviseSchemaForLabels(
      files.schema,
      files.examples.map((example) => example.output),
    );

    await writeJson(layout.proposedSchema, proposed);
    emit({
      type: 'schema-conflict',
      service,
      violations: labelViolations,
      proposedSchemaPath: layout.proposedSchema,
    });
    const reason =
      `The examples contradict schema.json (${labelViolations.length} label(s) break it); no code can pass both. ` +
      `A revised schema (by ${proposedBy}) is in ${layout.proposedSchema}: review it and run \`codify transform accept-schema ${files.dir}\`, ` +
      'or fix the examples.';
    emit({ type: 'build-finished', service, status: 'schema-conflict', wrote: null, reason, report: null });
    return {
      status: 'schema-conflict',
      wrote: null,
      source: null,
      report: null,
      attempts: 0,
      builtBy: null,
      usage,
      reason,
      attemptDirs: [],
      schemaViolations: labelViolations,
      proposedSchemaPath: layout.proposedSchema,
    };
  }
  if (!files.schemaFromFile) await writeJsonFile(layout.schema, files.schema);

  const current = files.transformSource ? parseTransformFile(files.transformSource) : null;
  const currentCode = current
    ? removeTypeDeclarations(current.moduleText, ['Input', 'Output']).trim() + '\n'
    : null;
  const problem: TransformProblem = problemFor({
    serviceName: service,
    examples: files.examples,
    schema: files.schema,
    potentialInputs: files.potentialInputs,
    currentCode,
  });
  const { typeDeclarations } = problem;

  const session: BuildSession = { synthesis: null };
  const proposers: Proposer<TransformProblem, TransformCandidate>[] = [];
  if (currentCode) proposers.push(new CurrentCodeProposer(currentCode));
  // Every proposal is redacted before the checker sees it (see RedactingProposer).
  const guarded = (proposer: Proposer<TransformProblem, TransformCandidate>) =>
    new RedactingProposer(proposer, guard.secrets, redact, (message) => guard.warnings.push(message));
  const tables = await readLookupTables(files.dir);
  if (options.useLocal) {
    proposers.push(
      new LocalProposer({
        ...(tables ? { tables } : {}),
        ...(options.sample ? { sample: options.sample } : {}),
        synthesizer: options.synthesizer ?? defaultSynthesizer,
        session,
        modelAvailable: options.model !== null,
        ...(options.synthesisTimeoutMs !== undefined ? { timeoutMs: options.synthesisTimeoutMs } : {}),
      }),
    );
  }
  if (options.model)
    proposers.push(new ModelProposer({ model: options.model, session, deadline: clock.deadline }));
  const maxAttempts =
    (options.maxAttempts ?? files.config.settings.maxAttempts) +
    (options.useLocal ? 1 : 0) +
    (currentCode ? 1 : 0);
  emit({ type: 'build-started', service, trigger: options.trigger ?? 'build', attemptsBudget: maxAttempts });

  const checker = new TransformChecker({
    ...(options.sandboxFactory ? { sandboxFactory: options.sandboxFactory } : {}),
    ...(options.sandboxOptions ? { sandboxOptions: options.sandboxOptions } : {}),
  });
  const result = await runLoop<TransformProblem, TransformCandidate>({
    problem,
    proposers: proposers.map(guarded),
    checker,
    // No attempt starts past the deadline; the one in flight is ended by it (see time-budget.ts).
    budget: { maxAttempts, maxWallMs: Math.max(0, clock.deadline - Date.now()) },
    signal: clock.signal,
    onEvent: emit,
    describeCandidate: (candidate) => candidate.code,
  });

  const attemptDirs = await saveAttempts(layout.attempts, result.attempts, typeDeclarations, redact);
  const base = { attempts: result.attempts.length, usage: result.usage, attemptDirs };

  if (result.status !== 'passed' || !result.best) {
    // The deadline may show as a cancel (the shared signal fired) or as model calls that failed
    // for want of time before it did: either way the budget is why the build stopped.
    const timedOut = clock.expired();
    const status = result.status === 'cancelled' && !timedOut ? 'cancelled' : 'failed';
    const report = result.best?.report ?? null;
    // With no checked candidate (every attempt failed to propose, e.g. the model was unreachable),
    // the last attempt's error is the only useful explanation.
    const lastError = report ? undefined : result.attempts.at(-1)?.error;
    const stopped = timedOut
      ? `The build's time budget of ${formatDuration(clock.budgetMs)} was used up after ${result.attempts.length} attempt(s); ` +
        'give it more with --max-build-time or settings.maxBuildTimeMs in codify.json, or pick a faster model.'
      : result.reason;
    const reason = `${stopped}${report ? `\n${formatReport(report)}` : ''}${lastError ? `\nLast attempt: ${lastError}` : ''}`;
    const notes =
      session.synthesis?.unsolved.map(
        (field) => `local synthesizer could not derive ${field.path}: ${field.reason}`,
      ) ?? [];
    const fullReason =
      notes.length > 0 && !options.model
        ? `${reason}\n${notes.join('\n')}\n(With no model configured only the local engine was tried; pass --model to let a model finish it.)`
        : reason;
    const explained =
      status === 'failed' ? await explainFailure(files, options, session.synthesis) : undefined;
    // No program fits every example: keep the one that fits the most, and say what it does not fit.
    const fitted =
      status === 'failed' &&
      options.useLocal &&
      !timedOut &&
      session.synthesis?.complete === false &&
      !ranOutOfTime(session.synthesis.unsolved)
        ? await writeFittingMost(files, options, typeDeclarations, clock)
        : null;
    const help = fitted ? [...fitted.help, ...(explained ?? [])] : explained;
    const partial = fitted
      ? fitted.wrote
      : status === 'failed' && help
        ? await writePartial(files, options, typeDeclarations, session.synthesis, help)
        : null;
    const helpText = help
      ? `\n${help.join('\n')}${partial && !fitted ? `\nWrote ${partial}: the solved fields, and a marked TODO for the rest.` : ''}`
      : '';
    emit({ type: 'build-finished', service, status, wrote: null, reason: fullReason + helpText, report });
    await writeJson(layout.lastBuild, {
      status,
      at: new Date().toISOString(),
      reason: fullReason + helpText,
      attemptDirs,
      ...(guard.warnings.length > 0 ? { warnings: guard.warnings } : {}),
      ...(partial ? { partial } : {}),
      ...(fitted ? { unfit: fitted.unfit } : {}),
    });
    return {
      ...base,
      status,
      wrote: null,
      source: null,
      report,
      builtBy: null,
      reason: fullReason + helpText,
      ...(timedOut ? { timedOut: true as const } : {}),
      ...(help ? { help } : {}),
      ...(fitted ? { unfit: fitted.unfit } : {}),
    };
  }

  const passing = result.attempts[result.best.attempt - 1];
  const builtBy = passing?.proposer ?? 'unknown';
  if (builtBy === CurrentCodeProposer.NAME) {
    let reason = 'The current transform.ts passes every check: nothing to regenerate.';
    const examplesHash = hashJson({ examples: files.examples, schema: files.schema });
    if (current && secretsIn(current.moduleText, guard.secrets).length > 0) {
      // Rewriting it would either copy the secret or change code a person wrote: leave it be.
      guard.warnings.push(
        'transform.ts holds the value of a secret (an API key or token): codify left the file as it is. Move the secret out of the code.',
      );
    } else if (
      current?.header &&
      files.transformSource &&
      !isHumanEdited(files.transformSource) &&
      current.header.examplesHash !== examplesHash
    ) {
      // Same code, newer examples: record that it passed them, so later runs need not re-check.
      const { codeHash: _old, ...header } = current.header;
      await writeFileAtomic(
        layout.transform,
        withHeader({ ...header, examplesHash, examplesCount: files.examples.length }, current.moduleText),
      );
      reason += ' Its header now records the current examples.';
    }
    emit({
      type: 'build-finished',
      service,
      status: 'up-to-date',
      wrote: null,
      reason,
      report: result.best.report,
    });
    const ambiguity =
      current?.header?.model === 'local' && files.transformSource && !isHumanEdited(files.transformSource)
        ? await ambiguityOf(files, options, null, current.moduleText, typeDeclarations)
        : undefined;
    return {
      ...base,
      status: 'up-to-date',
      wrote: null,
      source: files.transformSource,
      report: result.best.report,
      builtBy,
      reason,
      ...(ambiguity ? { ambiguity } : {}),
    };
  }

  const moduleText = assembleModule(typeDeclarations, result.best.candidate.code);
  const source = withHeader(
    {
      service,
      model: builtBy.replace(/^model:/, ''),
      attempts: result.attempts.length,
      examplesHash: hashJson({ examples: files.examples, schema: files.schema }),
      examplesCount: files.examples.length,
    },
    moduleText,
  );
  let wrote = layout.transform;
  let diff: string | undefined;
  if (files.transformSource !== null && isHumanEdited(files.transformSource)) {
    wrote = layout.transformNext;
    diff = createTwoFilesPatch('transform.ts', 'transform.next.ts', files.transformSource, source);
    await writeText(layout.transformNext, source);
    await writeText(layout.transformDiff, diff);
    emit({ type: 'review-pending', file: layout.transformNext, diff });
  } else {
    await writeText(layout.transform, source);
  }
  const ambiguity =
    builtBy === 'local'
      ? await ambiguityOf(
          files,
          options,
          session.synthesis,
          parseTransformFile(source).moduleText,
          typeDeclarations,
        )
      : undefined;
  // Output checks the labels imply (issue 11 §2): proposed for accept-schema; run flags meanwhile.
  const checks = inferOutputChecks(files.examples, files.schema);
  // A label every example shared is evidence about inputs, not a rule for schema.json.
  const proposable = checks.filter((c) => c.kind !== 'constant');
  if (proposable.length > 0)
    await writeJson(layout.proposedSchema, schemaWithOutputChecks(files.schema, proposable));
  const reason =
    wrote === layout.transform
      ? `${result.reason} Wrote ${wrote}.`
      : `${result.reason} transform.ts was edited by hand, so the new code went to ${wrote} (diff: ${layout.transformDiff}); review it and run \`codify transform accept ${files.dir}\`.`;
  emit({ type: 'build-finished', service, status: 'passed', wrote, reason, report: result.best.report });
  await writeJson(layout.lastBuild, {
    status: 'passed',
    at: new Date().toISOString(),
    builtBy,
    wrote,
    report: result.best.report,
    attemptDirs,
    ...(guard.warnings.length > 0 ? { warnings: guard.warnings } : {}),
  });
  return {
    ...base,
    status: 'passed',
    wrote,
    source,
    report: result.best.report,
    builtBy,
    reason,
    ...(diff ? { diff } : {}),
    ...(ambiguity ? { ambiguity } : {}),
  };
}

/**
 * For code the local engine wrote: stores its rivals beside it (`.codify/rivals.ts`, used by runs)
 * and checks every input seen so far and the sample for inputs they disagree on, writing the
 * questions to questions.json. Without a synthesis at hand (the current code was kept), the
 * synthesizer is asked again (it is deterministic).
 */
async function ambiguityOf(
  files: ServiceFiles,
  options: BuildOptions,
  synthesis: SynthesisResult | null,
  moduleText: string,
  typeDeclarations: string,
): Promise<Ambiguity | undefined> {
  const layout = serviceLayout(files.dir);
  let result = synthesis;
  if (!result) {
    const synthesizer = options.synthesizer ?? defaultSynthesizer;
    const tables = await readLookupTables(files.dir);
    result = await synthesizer(
      files.examples.map(({ input, output }) => ({ input, output })),
      {
        // The inputs the build's synthesis saw, so the rivals are the same ones.
        inputs: [...files.potentialInputs, ...(options.sample ?? [])],
        schema: files.schema,
        ...(tables ? { tables } : {}),
        ...(options.synthesisTimeoutMs !== undefined ? { timeoutMs: options.synthesisTimeoutMs } : {}),
      },
    );
  }
  const space = result.versionSpace;
  if (!space || !result.complete) return undefined;
  const branches = branchEvidence(files.examples, space);
  if (space.module) {
    await writeFileAtomic(layout.rivals, assembleModule(typeDeclarations, space.module));
    await writeJsonFile(layout.rivalsMeta, {
      codeHash: codeFingerprint(moduleText),
      tolerance: Object.fromEntries(space.fields.map((f) => [f.field, f.tolerance])),
      programs: space.describe,
      // Each branch of a field's program held to the examples that took it (the module gives the routes).
      branches,
    });
  }
  const { loadTransform } = await import('../synth/index.ts');
  let chosen: (input: unknown) => unknown = () => null;
  try {
    chosen = loadTransform(result.code ?? '');
  } catch {
    // Candidates then show only the competing fields.
  }
  const inputs = [...files.potentialInputs, ...(options.sample ?? [])];
  // The same picker the trust benchmark measures: rivals that disagree, input shapes no example
  // had (for the code as written), outputs that break a check the labels imply.
  const sources = {
    space,
    profile: withBranchEvidence(profileInputs(files.examples, moduleText), files.examples, space),
    reprofile: (answered: readonly unknown[]) => {
      const examples = [...files.examples, ...answered.map((input) => ({ input, output: null }))];
      return withBranchEvidence(profileInputs(examples, moduleText), examples, space);
    },
    checks: inferOutputChecks(files.examples, files.schema),
    chosenOutput: (input: unknown) => {
      try {
        return chosen(input);
      } catch (error) {
        // The code's own review mark (a reader that cannot read the record) is a reason to ask.
        if (reviewMarkerReason(error) !== null) throw error;
        return null;
      }
    },
  };
  const thin = thinBranches(branches);
  const ambiguity = {
    ...pickQuestions(sources, inputs),
    reasons: reviewReasons(sources, inputs),
    ...(thin.length > 0 ? { thinBranches: thin } : {}),
  };
  if (ambiguity.questions.length > 0) await writeJsonFile(layout.questions, ambiguity.questions);
  return ambiguity;
}

/**
 * The branches a run will not trust (fewer examples than `BRANCH_EVIDENCE` took them; a value for
 * blank inputs, route "…b", is no fitted program): said at build time, before a run sends their
 * records to review, so the person can add examples first.
 */
function thinBranches(branches: readonly BranchEvidence[]): ThinBranch[] {
  return branches.flatMap(({ field, counts }) =>
    Object.entries(counts)
      .filter(([route, n]) => n < BRANCH_EVIDENCE && !route.endsWith('b'))
      .map(([, examples]) => ({ field, examples })),
  );
}

/**
 * Writes transform.next.ts with the program that fits the most examples (see fit-most.ts), when one
 * fits all but one or two; the lines say which examples it does not fit, why, and what would help.
 */
async function writeFittingMost(
  files: ServiceFiles,
  options: BuildOptions,
  typeDeclarations: string,
  clock: TimeBudget,
): Promise<{ wrote: string; unfit: UnfitExample[]; help: string[] } | null> {
  const tables = await readLookupTables(files.dir);
  const fit = await fitMost(files, {
    synthesizer: options.synthesizer ?? defaultSynthesizer,
    deadline: clock.deadline,
    ...(options.sample ? { sample: options.sample } : {}),
    ...(tables ? { tables } : {}),
    ...(options.synthesisTimeoutMs !== undefined ? { timeoutMs: options.synthesisTimeoutMs } : {}),
  });
  const code = fit ? moduleFittingMost(fit, files.examples.length) : null;
  if (!fit || !code) return null;
  const layout = serviceLayout(files.dir);
  // The header records the examples it passed (not all of them): accepted as transform.ts, a run
  // sees that it fails its own examples and refuses (exit 2) unless --frozen.
  const source = withHeader(
    {
      service: files.config.name,
      model: 'local',
      attempts: 1,
      examplesHash: hashJson({ examples: fit.keptExamples, schema: files.schema }),
      examplesCount: fit.kept,
    },
    assembleModule(typeDeclarations, code),
  );
  await writeFileAtomic(layout.transformNext, source);
  const answers = fit.unfit.some((u) => u.answer);
  const help = [
    `No program fits every example: the one that fits the most (${fit.kept} of ${files.examples.length} examples) is in ${layout.transformNext}, with a marked TODO; ${files.transformSource ? 'transform.ts is unchanged' : 'no transform.ts was written'}.`,
    ...fit.unfit.map(
      (u, i) =>
        `  It does not fit ${describeUnfit(u)}.${u.answer ? '' : ' It is another input format: no example the code fits has its shape.'}${fit.guards[i] ? ' Records like it are refused by that code (a review row, never a guessed output).' : ' No input shape tells records like it apart.'}`,
    ),
    `  Would help: check the ${answers ? 'answer' : 'label'} (a slip looks like this) and fix it in examples.json; if it is right, add one or two more examples like it, a mapping table (lookups.json), or a model (--model auto); then build again.`,
  ];
  return { wrote: layout.transformNext, unfit: fit.unfit, help };
}

/** What a failed build could not derive, from which examples, what was tried, and what would help. */
async function explainFailure(
  files: ServiceFiles,
  options: BuildOptions,
  synthesis: SynthesisResult | null,
): Promise<string[] | undefined> {
  if (!synthesis || synthesis.unsolved.length === 0) return undefined;
  const lines: string[] = [];
  for (const field of synthesis.unsolved) {
    const values = files.examples
      .map((example, i) => ({ i, value: valueAt(example.output, field.path) }))
      .slice(0, 4)
      .map(({ i, value }) => `example ${i + 1} → ${JSON.stringify(value)}`);
    lines.push(
      `Could not derive "${field.path}" (${field.reason}); from ${values.join(', ')}.`,
      `  Tried: pieces of the input fields and constants, arithmetic on input numbers, branches on the input's shape, and small lookup tables.`,
      `  Would help: one more example of each input format you expect; a mapping table for codes (add examples covering each code); or a model (--model) for this field.`,
    );
  }
  if (!options.model) lines.push('No model was configured, so only the local engine tried.');
  return lines;
}

function valueAt(output: unknown, fieldPath: string): unknown {
  if (fieldPath === '' || fieldPath === '$') return output;
  return fieldPath
    .replace(/\[\]/g, '')
    .split('.')
    .reduce<unknown>(
      (v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
      output,
    );
}

/**
 * A failed build still leaves what it could do: transform.next.ts with the fields the synthesizer
 * solved and a `todoFields` function, clearly marked, that throws until a person writes the rest.
 */
async function writePartial(
  files: ServiceFiles,
  options: BuildOptions,
  typeDeclarations: string,
  synthesis: SynthesisResult | null,
  help: string[],
): Promise<string | null> {
  if (!synthesis || synthesis.solved.length === 0) return null;
  const synthesizer = options.synthesizer ?? defaultSynthesizer;
  const tables = await readLookupTables(files.dir);
  const partial = await synthesizer(
    files.examples.map(({ input, output }) => ({ input, output })),
    {
      inputs: [...files.potentialInputs, ...(options.sample ?? [])],
      schema: files.schema,
      delegateFunctionName: 'todoFields',
      ...(tables ? { tables } : {}),
      ...(options.synthesisTimeoutMs !== undefined ? { timeoutMs: options.synthesisTimeoutMs } : {}),
    },
  );
  if (!partial.code) return null;
  const todo = [
    '',
    '// TODO(codify): the local engine could not derive these fields; write them here, then',
    '// run `codify transform accept` (this file) and `codify transform build` to check it.',
    ...help.map((line) => `// ${line}`),
    'function todoFields(input: Input): Partial<Output> {',
    `  throw new Error('TODO: derive ${partial.unsolved.map((f) => f.path).join(', ')} (see the comment above)');`,
    '}',
  ].join('\n');
  const layout = serviceLayout(files.dir);
  await writeFileAtomic(
    layout.transformNext,
    assembleModule(typeDeclarations, `${partial.code.trim()}\n${todo}\n`),
  );
  return layout.transformNext;
}

/** Offers the code already in transform.ts first: if it still passes, nothing is regenerated. */
class CurrentCodeProposer implements Proposer<TransformProblem, TransformCandidate> {
  static readonly NAME = 'current';
  readonly name = CurrentCodeProposer.NAME;
  private offered = false;
  private readonly code: string;

  constructor(code: string) {
    this.code = code;
  }

  async propose(): Promise<Proposal<TransformCandidate> | null> {
    if (this.offered) return null;
    this.offered = true;
    return { candidate: { code: this.code }, notes: ['the code in transform.ts'] };
  }
}

/**
 * Writes each attempt to `.codify/attempts/<n>/`, numbering on from earlier builds. Every text goes
 * through `redact`: these files are what the server's exchange views and follow-up chats read.
 */
async function saveAttempts(
  root: string,
  attempts: readonly AttemptRecord<TransformCandidate>[],
  typeDeclarations: string,
  redact: Redactor,
): Promise<string[]> {
  const writeFile = (file: string, text: string) => writeFileRaw(file, redact(text));
  await mkdir(root, { recursive: true });
  const existing = existsSync(root) ? (await readdir(root)).map(Number).filter(Number.isInteger) : [];
  let next = existing.length > 0 ? Math.max(...existing) + 1 : 1;
  const dirs: string[] = [];
  for (const attempt of attempts) {
    const dir = path.join(root, String(next++));
    await mkdir(dir, { recursive: true });
    const meta = {
      attempt: attempt.attempt,
      proposer: attempt.proposer,
      startedAt: attempt.startedAt,
      durationMs: attempt.durationMs,
      notes: attempt.proposal?.notes ?? [],
      usage: attempt.proposal?.usage ?? [],
      ...(attempt.error ? { error: attempt.error } : {}),
    };
    await writeFile(path.join(dir, 'attempt.json'), `${JSON.stringify(meta, null, 2)}\n`);
    if (attempt.proposal) {
      await writeFile(
        path.join(dir, 'candidate.ts'),
        assembleModule(typeDeclarations, attempt.proposal.candidate.code),
      );
      if (attempt.proposal.prompt) {
        const promptText = attempt.proposal.prompt.map((m) => `### ${m.role}\n\n${m.content}\n`).join('\n');
        await writeFile(path.join(dir, 'prompt.md'), promptText);
      }
      if (attempt.proposal.rawResponse !== undefined)
        await writeFile(path.join(dir, 'response.txt'), attempt.proposal.rawResponse);
    }
    if (attempt.report) {
      await writeFile(path.join(dir, 'report.json'), `${JSON.stringify(attempt.report, null, 2)}\n`);
      await writeFile(path.join(dir, 'report.md'), `${formatReport(attempt.report)}\n`);
    }
    dirs.push(dir);
  }
  return dirs;
}
