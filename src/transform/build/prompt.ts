import type { ChatMessage } from '../../core/models/types.ts';
import type { CheckReport } from '../../core/loop/types.ts';
import type { TransformProblem } from './problem.ts';

const MAX_POTENTIAL_INPUTS_IN_PROMPT = 20;
const MAX_VALUE_CHARS = 600;

export const SYSTEM_PROMPT = [
  'You write small, readable TypeScript modules that transform one JSON record into another.',
  'Your code is type-checked (strict), run in a sandbox on every example, validated against a JSON Schema',
  'and compared with the labeled outputs. People will read and review it, so keep it clear and commented',
  'where a rule is not obvious.',
].join(' ');

const RULES = [
  'Rules:',
  '- Write one module whose default export is `export default function transform(input: Input): Output`.',
  '- `Input` and `Output` are already declared above your code (shown below). Do not declare them again.',
  '- Pure and self-contained: no imports, no I/O, no Date.now(), no Math.random(), no external state.',
  '- Generalize: the examples show the rule, real records will be messier (spacing, case, missing fields).',
  '  Never throw for inputs like the potential inputs; every output must satisfy the schema.',
  '- Strict TypeScript: handle `undefined` and `null` where the types allow them.',
  '- Answer with the complete module in a single ```ts fenced block (or JSON {"code": "..."}).',
].join('\n');

/** The first message of a build chat: everything the model needs to write the module. */
export function initialPrompt(
  problem: TransformProblem,
  previous: { code: string; proposer: string; report: CheckReport } | null,
): string {
  const parts = [
    `Write the transform for the service "${problem.serviceName}".`,
    '',
    RULES,
    '',
    '## Type declarations (already at the top of the file)',
    fence('ts', problem.typeDeclarations),
    '',
    '## Output JSON Schema',
    fence('json', JSON.stringify(problem.schema, null, 2)),
    '',
    `## Labeled examples (${problem.examples.length})`,
    fence(
      'json',
      JSON.stringify(
        problem.examples.map((example) => ({
          input: example.input,
          output: example.output,
          ...(example.source === 'model' ? { labeledBy: 'model' } : {}),
        })),
        null,
        2,
      ),
    ),
  ];
  if (problem.potentialInputs.length > 0) {
    const sample = samplePotentialInputs(problem.potentialInputs);
    parts.push(
      '',
      `## Potential inputs (unlabeled; ${sample.length} of ${problem.potentialInputs.length} shown): must not throw, output must satisfy the schema`,
      fence('json', sample.map((input) => clip(JSON.stringify(input))).join('\n')),
    );
  }
  if (problem.currentCode) {
    parts.push('', '## Current code (improve it; keep what works)', fence('ts', problem.currentCode));
  }
  if (previous) {
    parts.push(
      '',
      `## A candidate from ${previous.proposer} failed the checks`,
      fence('ts', previous.code),
      '',
      formatReport(previous.report),
    );
  }
  return parts.join('\n');
}

/** Prompt for the cascade: the synthesizer solved some fields; the model writes only the rest. */
export function cascadePrompt(
  problem: TransformProblem,
  partialCode: string,
  unsolved: readonly { path: string; reason: string }[],
  functionName: string,
): string {
  const fields = unsolved.map((field) => field.path);
  const keys = fields.map((field) => JSON.stringify(field.replace(/^\$?\.?/, '').split(/[.[]/)[0] ?? field));
  return [
    initialPrompt({ ...problem, currentCode: null }, null),
    '',
    '## Most of the module is already written',
    `The local synthesizer derived every field except: ${fields.join(', ')}.`,
    unsolved.map((field) => `- ${field.path}: ${field.reason}`).join('\n'),
    'Its code (it calls a function you must write):',
    fence('ts', partialCode),
    '',
    `Write ONLY \`function ${functionName}(input: Input): Pick<Output, ${[...new Set(keys)].join(' | ')}>\``,
    'plus any helpers it needs, in one ```ts fenced block. Do not repeat the code above and do not export anything.',
  ].join('\n');
}

/** A failure report as the model reads it: totals per kind, then each failure with its data. */
export function formatReport(report: CheckReport): string {
  const totals = Object.entries(report.counts)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ');
  const lines = [
    `## Failure report: ${totals || 'no failures'}${report.checked !== undefined ? ` (${report.checked} inputs run)` : ''}`,
  ];
  for (const failure of report.failures) {
    lines.push(`- [${failure.kind}] ${failure.message}`);
    if (failure.input !== undefined) lines.push(`  input: ${clip(JSON.stringify(failure.input))}`);
    if (failure.expected !== undefined) lines.push(`  expected: ${clip(JSON.stringify(failure.expected))}`);
    if (failure.actual !== undefined) lines.push(`  actual: ${clip(JSON.stringify(failure.actual))}`);
  }
  const shown = report.failures.length;
  const total = Object.values(report.counts).reduce((sum, n) => sum + n, 0);
  if (total > shown) lines.push(`(${total - shown} more failure(s) not shown)`);
  return lines.join('\n');
}

/** The follow-up message after a failed attempt, in the same chat. */
export function feedbackPrompt(report: CheckReport): string {
  return [
    'Your module failed these checks. Fix every failure and answer with the complete corrected module',
    'in a single ```ts fenced block.',
    '',
    formatReport(report),
  ].join('\n');
}

/** A prompt asking the model to answer one record directly (QA oracle). */
export function directAnswerPrompt(
  problem: Pick<TransformProblem, 'serviceName' | 'schema' | 'examples'>,
  input: unknown,
): ChatMessage[] {
  return [
    {
      role: 'system',
      content:
        'You transform one JSON record into another, following labeled examples and a JSON Schema exactly. Answer with the output JSON only.',
    },
    {
      role: 'user',
      content: [
        `Service "${problem.serviceName}".`,
        '## Output JSON Schema',
        fence('json', JSON.stringify(problem.schema, null, 2)),
        '## Examples',
        fence(
          'json',
          JSON.stringify(
            problem.examples.map(({ input: i, output: o }) => ({ input: i, output: o })),
            null,
            2,
          ),
        ),
        '## Record',
        fence('json', JSON.stringify(input)),
        'Answer with the output for this record as JSON.',
      ].join('\n'),
    },
  ];
}

function samplePotentialInputs(inputs: readonly unknown[]): unknown[] {
  if (inputs.length <= MAX_POTENTIAL_INPUTS_IN_PROMPT) return [...inputs];
  // The newest inputs are the ones that broke the code most recently: show those first.
  return inputs.slice(-MAX_POTENTIAL_INPUTS_IN_PROMPT);
}

function fence(language: string, text: string): string {
  return `\`\`\`${language}\n${text.trimEnd()}\n\`\`\``;
}

function clip(text: string | undefined): string {
  if (text === undefined) return 'undefined';
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 3)}...` : text;
}
