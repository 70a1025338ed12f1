import type { CheckReport, Checker, Failure } from '../../core/loop/types.ts';
import type { TransformCandidate, TransformProblem } from '../build/problem.ts';
import { assembleModule, codeLineOffset } from '../build/problem.ts';
import { asCompileProblem, defaultSandboxFactory } from '../sandbox-adapter.ts';
import type { SandboxFactory, SandboxOptions } from '../sandbox-adapter.ts';
import { formatViolations } from '../schema/validate.ts';
import { describeDifferences, differences } from './deep-diff.ts';
import { typecheckModule } from './typecheck.ts';

/** Failure kinds of a transform check, in the order a person should fix them. */
export type TransformFailureKind = 'type' | 'compile' | 'execution' | 'schema' | 'logic';

export interface TransformCheckerOptions {
  sandboxFactory?: SandboxFactory;
  sandboxOptions?: SandboxOptions;
}

/**
 * Judges a candidate transform: (1) strict type check against Input/Output, (2) it loads in the
 * sandbox, (3) it runs without throwing on every example input and every potential input,
 * (4) every output validates against the schema, (5) every example's output equals its label.
 * All checks run even when an earlier one fails, so one report tells the proposer everything.
 * Positions are lines of the candidate's code (below the type declarations).
 */
export class TransformChecker implements Checker<TransformProblem, TransformCandidate> {
  private readonly sandboxFactory: SandboxFactory;
  private readonly sandboxOptions: SandboxOptions;

  constructor(options: TransformCheckerOptions = {}) {
    this.sandboxFactory = options.sandboxFactory ?? defaultSandboxFactory;
    // One worker: a check runs a handful of records, so more threads only cost start-up time.
    this.sandboxOptions = { workers: 1, ...options.sandboxOptions };
  }

  async check(
    problem: TransformProblem,
    candidate: TransformCandidate,
    signal: AbortSignal,
  ): Promise<CheckReport> {
    const failures: Failure[] = [];
    const offset = codeLineOffset(problem.typeDeclarations);
    const moduleText = assembleModule(problem.typeDeclarations, candidate.code);
    const toCodeLocation = (line: number, column: number) => ({ line: Math.max(1, line - offset), column });

    for (const diagnostic of typecheckModule(moduleText)) {
      const location = toCodeLocation(diagnostic.line, diagnostic.column);
      failures.push({
        kind: 'type',
        message: `line ${location.line}:${location.column}: ${diagnostic.message}`,
        location,
      });
    }

    const inputs = [...problem.examples.map((example) => example.input), ...problem.potentialInputs];
    let sandbox;
    try {
      sandbox = await this.sandboxFactory(moduleText, { ...this.sandboxOptions, filename: 'transform.ts' });
    } catch (error) {
      const problemAt = asCompileProblem(error);
      if (!problemAt) throw error;
      const location =
        problemAt.line !== undefined ? toCodeLocation(problemAt.line, problemAt.column ?? 1) : undefined;
      failures.push({
        kind: 'compile',
        message: `${location ? `line ${location.line}:${location.column}: ` : ''}${problemAt.message.replace(/^\S+:\d+(:\d+)?: /, '')}`,
        ...(location ? { location } : {}),
      });
      return report(failures, inputs.length);
    }
    let results;
    try {
      results = await sandbox.run(inputs, { signal });
    } finally {
      await sandbox.close();
    }

    results.forEach((result, index) => {
      const input = inputs[index];
      const example = index < problem.examples.length ? problem.examples[index] : undefined;
      const which = example
        ? `example ${index + 1}`
        : `potential input ${index - problem.examples.length + 1}`;
      if (!result.ok) {
        const { error } = result;
        const location = error.line !== undefined ? toCodeLocation(error.line, error.column ?? 1) : undefined;
        failures.push({
          kind: 'execution',
          message: `${which}: ${error.kind === 'throw' ? 'threw' : error.kind}: ${error.message}${location ? ` (line ${location.line})` : ''}`,
          input,
          ...(example ? { expected: example.output } : {}),
          ...(location ? { location } : {}),
        });
        return;
      }
      const violations = problem.validator.validate(result.value);
      if (violations.length > 0) {
        failures.push({
          kind: 'schema',
          message: `${which}: output breaks the schema: ${formatViolations(violations)}`,
          input,
          actual: result.value,
        });
      }
      if (example) {
        const diffs = differences(example.output, result.value);
        if (diffs.length > 0) {
          failures.push({
            kind: 'logic',
            message: `${which}${example.source === 'model' ? ' (labeled by a model)' : ''}: output differs from the label:\n${describeDifferences(diffs)}`,
            input,
            expected: example.output,
            actual: result.value,
          });
        }
      }
    });
    return report(failures, inputs.length);
  }
}

function report(failures: Failure[], checked: number): CheckReport {
  const counts: Record<string, number> = {};
  for (const failure of failures) counts[failure.kind] = (counts[failure.kind] ?? 0) + 1;
  return { pass: failures.length === 0, failures, counts, checked };
}
