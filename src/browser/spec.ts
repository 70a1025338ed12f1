import { readFile, writeFile } from 'node:fs/promises';
import { SpecError } from './errors.ts';
import {
  SPEC_VERSION,
  specSchema,
  type Assertion,
  type Spec,
  type SpecLocator,
  type SpecValue,
  type Step,
  type WaitCondition,
} from './wire.ts';

// The spec format's schemas live in wire.ts (zod only, shared with the server's protocol).
export {
  SPEC_VERSION,
  STEP_ACTIONS,
  assertionSchema,
  locatorSchema,
  specSchema,
  stepSchema,
  valueSchema,
  variableSchema,
  waitConditionSchema,
  type Assertion,
  type Spec,
  type SpecLocator,
  type SpecValue,
  type Step,
  type StepAction,
  type VariableDeclaration,
  type WaitCondition,
} from './wire.ts';

/** Names that look like secrets: their values are never stored or printed. */
export function looksSecret(name: string): boolean {
  return /pass|secret|token|key|pin|otp|credential|auth/i.test(name);
}

/**
 * Validates unknown JSON as a spec.
 * @throws SpecError listing every problem with its path.
 */
export function parseSpec(data: unknown, source = 'spec'): Spec {
  const result = specSchema.safeParse(data);
  if (result.success) return result.data;
  const issues = result.error.issues.map(
    (issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`,
  );
  const version = (data as { version?: unknown } | null)?.version;
  const hint =
    version !== undefined && version !== SPEC_VERSION
      ? `This build reads spec version ${SPEC_VERSION}; the file says ${String(version)}.`
      : undefined;
  throw new SpecError(`${source} is not a valid codify spec:`, issues, hint);
}

export async function loadSpec(path: string): Promise<Spec> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new SpecError(`Cannot read spec ${path}: ${(error as Error).message}`, [], 'Check the path.');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SpecError(`${path} is not JSON: ${(error as Error).message}`);
  }
  return parseSpec(data, path);
}

/** Stable, reviewable JSON: two-space indent, trailing newline. */
export function serializeSpec(spec: Spec): string {
  return `${JSON.stringify(parseSpec(spec), null, 2)}\n`;
}

export async function saveSpec(path: string, spec: Spec): Promise<void> {
  await writeFile(path, serializeSpec(spec));
}

/** Resolves a step value against run-time variables (then non-secret defaults). */
export function resolveValue(
  value: SpecValue,
  variables: Readonly<Record<string, string>>,
  declared: Spec['variables'] = {},
): string {
  if (typeof value === 'string') return value;
  const supplied = variables[value.var];
  if (supplied !== undefined) return supplied;
  const fallback = declared[value.var]?.default;
  if (fallback !== undefined) return fallback;
  throw new MissingValue(value.var);
}

/** Internal marker turned into MissingInputError by callers that know the context. */
export class MissingValue extends Error {
  readonly variable: string;
  constructor(variable: string) {
    super(`variable "${variable}" has no value`);
    this.variable = variable;
  }
}

/**
 * What a `within` container must hold: its text, as Playwright's case-insensitive substring match,
 * except a bare number ("9", "#9"), which must stand as a whole number: "#19" and "#90" hold "9"
 * but are other rows, and an assertion tied to row 9 must not be answered by them.
 */
export function containerText(hasText: string): string | RegExp {
  return /^#?\d+$/.test(hasText) ? new RegExp(`(?<!\\d)${hasText}(?!\\d)`) : hasText;
}

/** Human-readable one-line form of a locator, for reports and diffs. */
export function describeLocator(locator: SpecLocator): string {
  let base: string;
  if (locator.role) base = locator.name !== undefined ? `${locator.role} "${locator.name}"` : locator.role;
  else if (locator.label) base = `label "${locator.label}"`;
  else if (locator.placeholder) base = `placeholder "${locator.placeholder}"`;
  else if (locator.testId) base = `test id "${locator.testId}"`;
  else if (locator.text) base = `text "${locator.text}"`;
  else base = `css ${locator.css ?? '?'}`;
  if (locator.within)
    base = `${base} in ${locator.within.role ?? locator.within.css ?? 'element'} with "${locator.within.hasText}"`;
  if (locator.nth !== undefined) base = `${base} #${locator.nth + 1}`;
  if (locator.frame) base = `${base} in frame ${locator.frame}`;
  return base;
}

/** One-line description of a step, for reports, diffs and prompts. */
export function describeStep(step: Step): string {
  const value =
    step.value === undefined
      ? ''
      : typeof step.value === 'string'
        ? ` ${JSON.stringify(step.value)}`
        : ` {${step.value.var}}`;
  switch (step.action) {
    case 'navigate':
      return `navigate to ${step.url ?? '?'}`;
    case 'wait':
      return `wait until ${describeCondition(step.until)}`;
    case 'upload':
      return `upload file ${step.file ?? '?'} to ${step.locator ? describeLocator(step.locator) : '?'}`;
    case 'press':
      return `press${value}${step.locator ? ` in ${describeLocator(step.locator)}` : ''}`;
    default:
      return `${step.action} ${step.locator ? describeLocator(step.locator) : '?'}${value}`;
  }
}

export function describeCondition(condition: WaitCondition | Assertion | undefined): string {
  if (!condition) return '?';
  switch (condition.type) {
    case 'text-visible':
      return `text "${condition.text}" is visible`;
    case 'element-visible':
      return `${describeLocator(condition.locator)} is visible`;
    case 'url-matches':
      return `URL matches /${condition.pattern}/`;
    case 'field-value':
      return `${describeLocator(condition.locator)} has value ${typeof condition.value === 'string' ? JSON.stringify(condition.value) : `{${condition.value.var}}`}`;
    case 'title':
      return `title contains "${condition.text}"`;
    case 'text-hidden':
      return `text "${condition.text}" is not visible`;
    case 'element-hidden':
      return `${describeLocator(condition.locator)} is not visible`;
    case 'checked':
      return `${describeLocator(condition.locator)} is ${condition.checked ? 'checked' : 'not checked'}`;
    case 'state':
      return `${describeLocator(condition.locator)} is ${condition.value ? '' : 'not '}${condition.state}`;
  }
}
