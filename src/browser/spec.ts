import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { SpecError } from './errors.ts';

/** The format version this code reads and writes. */
export const SPEC_VERSION = 1;

const scopeSchema = z
  .object({
    role: z.string().min(1).optional(),
    css: z.string().min(1).optional(),
    hasText: z.string().min(1),
  })
  .strict();

/**
 * How a step finds its element: exactly one primary strategy (role+name, label, placeholder,
 * testId, text or css), optionally inside an iframe (`frame`, a CSS selector of the iframe),
 * inside a container that has some text (`within`), or the n-th of several matches (`nth`, last resort).
 */
export const locatorSchema = z
  .object({
    role: z.string().min(1).optional(),
    name: z.string().optional(),
    label: z.string().min(1).optional(),
    placeholder: z.string().min(1).optional(),
    testId: z.string().min(1).optional(),
    text: z.string().min(1).optional(),
    css: z.string().min(1).optional(),
    within: scopeSchema.optional(),
    nth: z.number().int().min(0).optional(),
    frame: z.string().min(1).optional(),
  })
  .strict()
  .refine(
    (l) =>
      ['role', 'label', 'placeholder', 'testId', 'text', 'css'].filter(
        (k) => l[k as keyof typeof l] !== undefined,
      ).length === 1,
    { message: 'a locator needs exactly one of role, label, placeholder, testId, text or css' },
  );

export const valueSchema = z.union([z.string(), z.object({ var: z.string().min(1) }).strict()]);

export const assertionSchema = z.discriminatedUnion('type', [
  z
    .object({ type: z.literal('text-visible'), text: z.string().min(1), frame: z.string().min(1).optional() })
    .strict(),
  z.object({ type: z.literal('element-visible'), locator: locatorSchema }).strict(),
  z.object({ type: z.literal('url-matches'), pattern: z.string().min(1) }).strict(),
  z.object({ type: z.literal('field-value'), locator: locatorSchema, value: valueSchema }).strict(),
  z.object({ type: z.literal('title'), text: z.string().min(1) }).strict(),
  /** The text is nowhere visible (a deleted item, a closed dialog). Exact, whole-text match. */
  z
    .object({ type: z.literal('text-hidden'), text: z.string().min(1), frame: z.string().min(1).optional() })
    .strict(),
  /** No visible element matches (e.g. the password field once signed in). */
  z.object({ type: z.literal('element-hidden'), locator: locatorSchema }).strict(),
  /** A checkbox, radio or switch is (or is not) checked. */
  z.object({ type: z.literal('checked'), locator: locatorSchema, checked: z.boolean() }).strict(),
]);

/** Conditions a `wait` step waits for (never a fixed sleep). */
export const waitConditionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text-visible'), text: z.string().min(1) }).strict(),
  z.object({ type: z.literal('element-visible'), locator: locatorSchema }).strict(),
  z.object({ type: z.literal('url-matches'), pattern: z.string().min(1) }).strict(),
]);

export const STEP_ACTIONS = [
  'click',
  'dblclick',
  'rightclick',
  'fill',
  'select',
  'check',
  'uncheck',
  'press',
  'hover',
  'clear',
  'scroll',
  'upload',
  'navigate',
  'wait',
] as const;

export const stepSchema = z
  .object({
    action: z.enum(STEP_ACTIONS),
    locator: locatorSchema.optional(),
    /** fill/select: the text or option; press: the key. */
    value: valueSchema.optional(),
    /** upload: the name of an entry of `files`. */
    file: z.string().min(1).optional(),
    /** navigate: absolute, or relative to the spec's url. */
    url: z.string().min(1).optional(),
    /** wait: what to wait for. */
    until: waitConditionSchema.optional(),
    /** Why the planner took this step (kept for people and for healing). */
    reason: z.string().optional(),
  })
  .strict()
  .superRefine((step, ctx) => {
    const need = (field: keyof typeof step, message: string) => {
      if (step[field] === undefined) ctx.addIssue({ code: 'custom', message, path: [field] });
    };
    if (
      [
        'click',
        'dblclick',
        'rightclick',
        'fill',
        'select',
        'check',
        'uncheck',
        'hover',
        'clear',
        'scroll',
        'upload',
      ].includes(step.action)
    ) {
      need('locator', `"${step.action}" needs a locator`);
    }
    if (step.action === 'fill' || step.action === 'select' || step.action === 'press')
      need('value', `"${step.action}" needs a value`);
    if (step.action === 'upload') need('file', '"upload" needs a file name (a key of "files")');
    if (step.action === 'navigate') need('url', '"navigate" needs a url');
    if (step.action === 'wait') need('until', '"wait" needs an "until" condition');
  });

export const variableSchema = z
  .object({
    /** Secret values are never written anywhere; they must be supplied at run time. */
    secret: z.boolean().optional(),
    /** Non-secret default, used when no value is supplied. */
    default: z.string().optional(),
    description: z.string().optional(),
  })
  .strict()
  .refine((v) => !(v.secret && v.default !== undefined), {
    message: 'a secret variable cannot have a default',
  });

export const specSchema = z
  .object({
    version: z.literal(SPEC_VERSION),
    name: z.string().optional(),
    goal: z.string(),
    url: z.string().url(),
    viewport: z.object({ width: z.number().int().positive(), height: z.number().int().positive() }).strict(),
    variables: z.record(z.string(), variableSchema),
    /** Upload files by name → path (relative paths resolve against the spec file's folder). */
    files: z.record(z.string(), z.string()),
    steps: z.array(stepSchema),
    assertions: z.array(assertionSchema),
    recordedWith: z
      .object({
        planner: z.string(),
        /**
         * The verdict of the recording: `passed` (the goal's own assertions held), `unverified`
         * (the actions ran, the outcome could not be confirmed) or `failed`. Export refuses the last two.
         */
        outcome: z.enum(['passed', 'unverified', 'failed']).optional(),
        model: z.string().optional(),
        at: z.string(),
        healedFrom: z.string().optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((spec, ctx) => {
    spec.steps.forEach((step, index) => {
      for (const name of variablesOf(step)) {
        if (!(name in spec.variables)) {
          ctx.addIssue({
            code: 'custom',
            path: ['steps', index],
            message: `uses variable "${name}" not declared in "variables"`,
          });
        }
      }
      if (step.file && !(step.file in spec.files)) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', index, 'file'],
          message: `file "${step.file}" is not declared in "files"`,
        });
      }
    });
  });

export type SpecLocator = z.infer<typeof locatorSchema>;
export type SpecValue = z.infer<typeof valueSchema>;
export type Assertion = z.infer<typeof assertionSchema>;
export type WaitCondition = z.infer<typeof waitConditionSchema>;
export type Step = z.infer<typeof stepSchema>;
export type StepAction = Step['action'];
export type VariableDeclaration = z.infer<typeof variableSchema>;
export type Spec = z.infer<typeof specSchema>;

function variablesOf(step: Step): string[] {
  return typeof step.value === 'object' ? [step.value.var] : [];
}

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
  }
}
