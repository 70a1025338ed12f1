/**
 * The one place the trust benchmark (`trust.ts`) touches the transform engine. Everything the
 * benchmark measures goes through {@link Engine}, so the engine can grow a "review" outcome and a
 * "questions" API (issue 11 §1–2) by changing {@link synthEngine} only, without touching the
 * metrics or the task sets.
 *
 * The implementation wraps `synthesize` (with its version space) and the run's trust gate
 * (`src/transform/run/trust.ts`): a record is `written` only when the examples settle it.
 */
import { fitMost, fittingMostProblems, moduleFittingMost } from '../../src/transform/build/fit-most.ts';
import { ranOutOfTime } from '../../src/transform/build/format-splits.ts';
import { pickQuestions } from '../../src/transform/build/pick-questions.ts';
import { problemFor } from '../../src/transform/build/problem.ts';
import { TransformChecker } from '../../src/transform/check/checker.ts';
import { formatReport } from '../../src/transform/build/prompt.ts';
import {
  inferOutputChecks,
  inputContractProblem,
  outputCheckProblem,
  profileInputs,
  uncoveredShape,
  withBranchEvidence,
} from '../../src/transform/run/trust.ts';
import { reviewMarkerReason } from '../../src/transform/run/review-marker.ts';
import { inferSchema } from '../../src/transform/schema/infer-schema.ts';
import { compileSchema, formatViolations } from '../../src/transform/schema/validate.ts';
import { isCannotReadAnswer } from '../../src/transform/synth/expr.ts';
import { loadTransform, synthesize } from '../../src/transform/synth/index.ts';
import { deepEqual } from './task.ts';

/** One labeled example, as in `examples.json`. */
export interface Example {
  input: unknown;
  output: unknown;
  /** An answer to one of the engine's questions (not one of the person's own examples). */
  answer?: boolean;
}

/**
 * What the learned transform does with one input record, as `codify transform run` would:
 * - `written`: the record goes to the output file with this output.
 * - `review`: the engine is not sure (its retained programs disagree, or the record's shape was
 *   never covered by the examples); the record goes to the errors file with kind `review` and is
 *   not written. `candidates` are the competing outputs, if any.
 * - `error`: the record cannot be transformed (no program, the program threw, bad input).
 */
export type Verdict =
  | { kind: 'written'; output: unknown }
  | { kind: 'review'; candidates: unknown[]; reason?: string }
  | { kind: 'error'; message: string };

/** Options for {@link Engine.learn}. */
export interface LearnOptions {
  /**
   * Unlabeled inputs the engine may look at while learning (as `build --sample FILE` or a `run`
   * over that file would give it). Their outputs are never given.
   */
  inputs?: unknown[];
  /** Time budget for the build, in milliseconds. */
  timeoutMs?: number;
  /** Lookup tables the user gave with the examples (a service's `lookups.json`). */
  tables?: Record<string, Record<string, string>>;
  /**
   * What the last build of this task learned, before the answers just added. A rebuild that fails
   * keeps its program when that program still gives every example, answers included, its label and
   * passes the build's check: the product's build proposes the current transform.ts first
   * (CurrentCodeProposer), so a failed search after an answer does not undo a program that fits it.
   */
  previous?: Learned;
}

/** What a later build needs to keep this one's program (see {@link LearnOptions.previous}). */
interface Reusable {
  result: ReturnType<SynthesizeFn>;
  transform: (input: unknown) => unknown;
  /** Built as the program that fits the most (its records held to the shapes it fits). */
  partial: boolean;
}

/** A transform learned from examples, ready to be applied and to ask about what it does not know. */
export interface Learned {
  /** Wall time the synthesis took, in milliseconds (what the benchmark reports as synthesis time). */
  durationMs: number;
  /**
   * Wall time of the build's check of the synthesized code (strict type check, sandbox runs, schema,
   * labels), in milliseconds; reported apart from synthesis. Absent for engines without a check.
   */
  checkMs?: number;
  /**
   * The build produced a program for every output field and it passed the checks the product's
   * build makes (it may still send records to review).
   */
  complete: boolean;
  /** Short human-readable notes (unsolved fields, chosen programs) for verbose benchmark output. */
  notes: string[];
  /** Applies the transform to one input record. Must not throw; must not mutate `input`. */
  apply(input: unknown): Verdict;
  /**
   * Up to `max` inputs, chosen from `inputs`, whose labels would settle the most records the engine
   * is unsure of, best first (issue 11 §1: "asking the fewest questions that settle the most
   * records"). Each returned input must be one of `inputs` (the same value, compared as JSON): the
   * benchmark answers it with its held-back label, adds the pair to the examples and learns again.
   * An empty array means the engine has nothing to ask.
   */
  questions(inputs: unknown[], max: number): unknown[];
  /** This build's program, for a later build that cannot find one (absent when it has none). */
  reusable?: Reusable;
}

/** A transform engine as the trust benchmark sees it. */
export interface Engine {
  /** Shown in the benchmark output, e.g. "local synthesizer". */
  name: string;
  /**
   * Learns a transform from labeled examples (3–4 typically, more after questions). May return a
   * promise, for an engine that builds in a worker or asks a model.
   */
  learn(examples: Example[], options?: LearnOptions): Learned | Promise<Learned>;
}

/** JSON round trip: what a record looks like once written to a JSONL output file. */
function asWritten(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null)) as unknown;
}

/** The synthesizer the adapter calls (a parameter so a test can hand it a faulty one). */
export type SynthesizeFn = typeof synthesize;

/**
 * The local synthesizer behind the {@link Engine} interface, deciding per record as
 * `codify transform run` does: the input contract (kind `input` → `error`), the schema inferred
 * from the example outputs (as a service without schema.json gets; a break → `error`), then
 * `review` when the retained programs disagree, the record's shape was never covered, or an output
 * breaks a check the labels imply. Questions come from the product's `pickQuestions` (all three
 * kinds of doubt, the kinds holding the most records first), as `codify transform build --sample`
 * asks them.
 *
 * Built means what `codify transform build` would accept: the synthesized code goes through the
 * build's own checker (strict type check, sandbox runs, schema, labels) on the problem the build
 * would pose (`problemFor`: the same Input/Output declarations); code it refuses writes nothing.
 */
export function createSynthEngine(
  synthesizeWith: SynthesizeFn = synthesize,
  /**
   * `fitMost`: when the examples with answers cannot be fitted, use the build's program that fits the
   * most (as if the person accepted transform.next.ts). Off by default: on the tuned set it restores
   * recall but also rewrites the wrong outputs the pre-question program wrote (precision 99.7% →
   * 98.7% projected), so it waits for a stricter gate on partial code.
   */
  engineOptions: {
    fitMost?: boolean;
    /** `false`: a failed build writes nothing, even where examples of another format could be left out. */
    formatSplits?: boolean;
  } = {},
): Engine {
  return {
    name: 'local synthesizer with version space and trust gate, checked as the build checks',
    async learn(examples, options = {}) {
      const schema = inferSchema(examples.map((e) => e.output));
      const result = synthesizeWith(examples, {
        timeoutMs: options.timeoutMs ?? 2000,
        // The build gives the synthesizer the output schema (enums, types) too.
        schema,
        ...(options.inputs ? { inputs: options.inputs } : {}),
        ...(options.tables ? { tables: options.tables } : {}),
      });
      const notes = [
        ...result.unsolved.map((u) => `unsolved ${u.path || '(whole output)'}: ${u.reason}`),
        ...Object.entries(result.programs).map(([path, program]) => `${path}: ${program}`),
      ];
      let transform: ((input: unknown) => unknown) | null = null;
      let loadError = 'synthesis did not complete';
      let checkMs: number | undefined;
      if (result.complete && result.code) {
        const started = performance.now();
        const report = await new TransformChecker().check(
          problemFor({
            serviceName: 'bench',
            examples: examples.map(({ input, output }) => ({ input, output })),
            schema,
            potentialInputs: [],
            currentCode: null,
          }),
          { code: result.code.trim() + '\n' },
          new AbortController().signal,
        );
        checkMs = performance.now() - started;
        if (!report.pass) {
          const kinds = Object.keys(report.counts).join(', ');
          loadError = `the build's check refused the code (${kinds})`;
          notes.unshift(`check failed (${kinds}):\n${formatReport(report)}`);
        } else {
          try {
            transform = loadTransform(result.code);
          } catch (error) {
            loadError = `generated module did not load: ${String(error)}`;
          }
        }
      }
      const answers = examples.some((e) => e.answer === true);
      // A synthesis stopped for time shows no format it cannot learn: nothing is left out then.
      const split = engineOptions.formatSplits !== false && !ranOutOfTime(result.unsolved);
      if (!transform && (split || (engineOptions.fitMost === true && answers))) {
        // What the build writes when no program fits every example (writeFittingMost), as if the
        // person accepted transform.next.ts: the program fitting the most, with records like each
        // unfit example sent to review. By default only examples of another input format (told
        // apart by shape) are left out; --fit-most also leaves out answers without that test.
        const leaveOut = engineOptions.fitMost === true ? 'answers-then-formats' : 'formats';
        const partial = await fittingMost(examples, schema, options, synthesizeWith, leaveOut);
        if (partial) {
          notes.unshift(...partial.notes);
          // Only the examples it fits are evidence of what it covers (the trust gate's profile).
          return decide(
            partial.kept,
            partial.result,
            schema,
            partial.transform,
            loadError,
            notes,
            checkMs,
            true,
          );
        }
      }
      if (!transform && options.previous?.reusable) {
        const kept = await keepPrevious(options.previous.reusable, examples, schema);
        if (kept) {
          notes.unshift(
            `kept the previous program: this build found none, and it gives all ${examples.length} examples (answers included) their labels`,
          );
          return decide(
            examples,
            kept.result,
            schema,
            kept.transform,
            loadError,
            notes,
            checkMs,
            kept.partial,
          );
        }
      }
      return decide(examples, result, schema, transform, loadError, notes, checkMs);
    },
  };
}

/**
 * The previous build's program when it still fits: every example (answers included) gets exactly its
 * label, and the program passes the build's check on the new examples (as the product's build checks
 * the current transform.ts). Null otherwise: an answer it contradicts proves it wrong there.
 */
async function keepPrevious(
  previous: Reusable,
  examples: Example[],
  schema: Record<string, unknown>,
): Promise<Reusable | null> {
  const code = previous.result.code;
  if (!code) return null;
  for (const example of examples) {
    let output: unknown;
    try {
      output = asWritten(previous.transform(structuredClone(example.input)));
    } catch {
      return null;
    }
    if (!deepEqual(output, asWritten(example.output))) return null;
  }
  const report = await new TransformChecker().check(
    problemFor({
      serviceName: 'bench',
      examples: examples.map(({ input, output }) => ({ input, output })),
      schema,
      potentialInputs: [],
      currentCode: null,
    }),
    { code: code.trim() + '\n' },
    new AbortController().signal,
  );
  return report.pass ? previous : null;
}

/**
 * The build's fallback when no program fits every example (src/transform/build/fit-most.ts): the
 * program that fits the most, leaving out at most two answers, guarded so records like an unfit
 * answer go to review. Used only when the guarded module gives every kept example its label and
 * sends every unfit one to review (`fittingMostProblems`): it never writes a wrong output for its
 * own examples. Null when there is no such program.
 */
async function fittingMost(
  examples: Example[],
  schema: Record<string, unknown>,
  options: LearnOptions,
  synthesizeWith: SynthesizeFn,
  leaveOut: 'answers-then-formats' | 'formats',
): Promise<{
  result: ReturnType<SynthesizeFn>;
  transform: (input: unknown) => unknown;
  kept: Example[];
  notes: string[];
} | null> {
  const results: ReturnType<SynthesizeFn>[] = [];
  const timeoutMs = options.timeoutMs ?? 2000;
  const fit = await fitMost(
    {
      config: { name: 'bench' },
      examples: examples.map(({ input, output, answer }) => ({
        input,
        output,
        ...(answer ? { note: 'answered question' } : {}),
      })),
      potentialInputs: [],
      schema,
    },
    {
      synthesizer: (kept, synthOptions) => {
        const result = synthesizeWith(kept, synthOptions ?? {});
        results.push(result);
        return result;
      },
      timeoutMs,
      // As many tries as six builds take: a build's own budget would cover them too.
      deadline: Date.now() + 6 * timeoutMs,
      leaveOut,
      ...(options.inputs ? { sample: options.inputs } : {}),
      ...(options.tables ? { tables: options.tables } : {}),
    },
  );
  const result = results.find((r) => r === fit?.synthesis);
  const code = fit ? moduleFittingMost(fit, examples.length) : null;
  if (!fit || !code || !result) return null;
  let transform: (input: unknown) => unknown;
  try {
    transform = loadTransform(code);
  } catch {
    return null;
  }
  if (fittingMostProblems(transform, fit).length > 0) return null;
  return {
    result,
    transform,
    kept: fit.keptExamples.map(({ input, output }) => ({ input, output })),
    notes: [
      `partial: the program fits ${fit.kept} of ${examples.length} examples; records like ${fit.unfit.map((u) => `example ${u.index + 1}`).join(', ')} go to review`,
    ],
  };
}

/** The engine the benchmark runs: the product's synthesizer, checked as the build checks. */
export const synthEngine: Engine = createSynthEngine();

/** The per-record verdicts and questions of a learned transform (see {@link createSynthEngine}). */
function decide(
  examples: Example[],
  result: ReturnType<SynthesizeFn>,
  schema: Record<string, unknown>,
  transform: ((input: unknown) => unknown) | null,
  loadError: string,
  notes: string[],
  checkMs: number | undefined,
  partial = false,
): Learned {
  const space = result.versionSpace;
  const reusable: Reusable | undefined = transform && !partial ? { result, transform, partial } : undefined;
  // Each branch of a field's program held to the examples that took it, as a run holds it.
  // Partial code (the program that fits the most) writes only records shaped like those it fits, as a run holds it.
  const withBranches = (base: Example[]) =>
    withBranchEvidence(profileInputs(base, result.code, { strictShapes: partial }), base, space);
  const profile = withBranches(examples);
  const validator = compileSchema(schema);
  // The checks a build would propose as a schema revision, applied as review flags (not accepted).
  const checks = inferOutputChecks(examples, schema);
  const run = (input: unknown): unknown => {
    try {
      return transform ? transform(structuredClone(input)) : null;
    } catch (error) {
      // The code's review mark goes on to the question picker: a record the code cannot read is one to ask about.
      if (reviewMarkerReason(error) !== null) throw error;
      return null;
    }
  };
  return {
    durationMs: result.durationMs,
    ...(checkMs !== undefined ? { checkMs } : {}),
    // A program that fits only some examples is partial, however well it runs.
    complete: result.complete && transform !== null && !partial,
    notes,
    ...(reusable ? { reusable } : {}),
    apply(input) {
      if (!transform) return { kind: 'error', message: loadError };
      const contract = inputContractProblem(profile, input);
      if (contract) return { kind: 'error', message: `input: ${contract}` };
      let output: unknown;
      try {
        output = asWritten(transform(structuredClone(input)));
      } catch (error) {
        // The code's own mark that a record needs a person: a review row, as a run files it.
        const marked = reviewMarkerReason(error);
        if (marked !== null) return { kind: 'review', candidates: [], reason: marked };
        return { kind: 'error', message: String(error) };
      }
      const violations = validator.validate(output);
      if (violations.length > 0) return { kind: 'error', message: `schema: ${formatViolations(violations)}` };
      const disagreements = space?.disagreements(input) ?? [];
      if (disagreements.length > 0) {
        const candidates = disagreements.flatMap((d) =>
          d.outputs
            .slice(1)
            .filter((value) => !isCannotReadAnswer(value))
            .map((value) => ({ [d.field]: value })),
        );
        return { kind: 'review', candidates: [output, ...candidates], reason: 'rival programs disagree' };
      }
      const shape = uncoveredShape(profile, input);
      if (shape) return { kind: 'review', candidates: [output], reason: shape };
      const doubt = outputCheckProblem(checks, output, input);
      if (doubt) return { kind: 'review', candidates: [output], reason: doubt };
      return { kind: 'written', output };
    },
    questions(inputs, max) {
      // The product's own picker (what `build --sample` writes to questions.json), so the
      // benchmark measures only questions the product asks.
      // An answer adds its input to the examples: the shapes it would cover.
      const reprofile = (answered: readonly unknown[]) =>
        withBranches([...examples, ...answered.map((input) => ({ input, output: null }))]);
      const sources = { space: space ?? null, profile, checks, chosenOutput: run, reprofile };
      return pickQuestions(sources, inputs, max).questions.map((question) => question.input);
    },
  };
}
