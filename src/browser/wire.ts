/**
 * The browser-test product's wire shapes, as zod schemas with their `z.infer` types: the spec
 * format (docs/spec-format.md), a test's settings (`test.json`) and the bodies that create and
 * change it, and what a record or replay reports. zod and nothing else (`test/architecture.test.ts`
 * checks it): the server's protocol re-exports these, so the web app can import their types.
 */
import { z } from 'zod';

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

/** The element states a `state` assertion reads. */
export const ELEMENT_STATES = [
  'pressed',
  'selected',
  'expanded',
  'current',
  'checked',
  'ascending',
  'descending',
] as const;

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
  /**
   * A control's own state: pressed (`aria-pressed`: a star, a like), selected (`aria-selected`: a
   * tab, an option), expanded (`aria-expanded`) or current (`aria-current`, or a current/active/
   * selected class: the page number of a pager), checked (`aria-checked`: a menu item or switch
   * drawn without a native box), ascending or descending (a column header whose rows are in that
   * order now).
   */
  z
    .object({
      type: z.literal('state'),
      locator: locatorSchema,
      state: z.enum(ELEMENT_STATES),
      value: z.boolean(),
    })
    .strict(),
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
    /**
     * Other locators that found exactly the same element when recorded (an id, a label, a path).
     * Only a healing replay tries them, when `locator` finds nothing, and reports each use as a heal.
     */
    fallbacks: z.array(locatorSchema).max(3).optional(),
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

// A browser test's settings (`test.json`) and the bodies that create and change them.

/** Test names: lowercase, digits, `-` and `_`; they are directory names under `browser-tests/`. */
export const TEST_NAME_PATTERN = /^[a-z0-9][a-z0-9-_]{0,63}$/;

/** Variable names as the spec and planners use them. */
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;

export const TestNameSchema = z
  .string()
  .regex(
    TEST_NAME_PATTERN,
    'must be 1–64 characters of a-z, 0-9, "-" or "_", starting with a letter or digit',
  );

export const TestVariableSchema = z
  .object({
    secret: z
      .boolean()
      .optional()
      .describe('The value is never stored: it must be sent with every run. Names like password imply it.'),
    default: z
      .string()
      .max(10_000)
      .optional()
      .describe('Non-secret default value, used when a run sends none.'),
    description: z.string().max(1_000).optional(),
  })
  .strict()
  .refine((v) => !(v.secret && v.default !== undefined), {
    message: 'a secret variable cannot have a default (secret values are never stored)',
  });

export const TestLimitsSchema = z
  .object({
    maxSteps: z.number().int().min(1).max(200).optional(),
    maxActions: z.number().int().min(1).max(500).optional(),
    maxPageViews: z.number().int().min(1).max(1_000).optional(),
    maxAttemptsPerStep: z.number().int().min(1).max(20).optional(),
    maxWallMs: z.number().int().min(1_000).max(3_600_000).optional(),
  })
  .strict();

export const ViewportSchema = z
  .object({ width: z.number().int().min(200).max(4_000), height: z.number().int().min(200).max(4_000) })
  .strict();

const ModelSpecSchema = z
  .string()
  .min(1)
  .max(200)
  .describe('Planner: "local" (the embedded heuristic planner) or a model spec such as openai:gpt-4o-mini.');

const UrlSchema = z
  .string()
  .max(2_000)
  .regex(/^https?:\/\/\S+$/, 'must be an http(s) URL');

/** Fields a client may set when creating or updating a test. */
export const TestSettingsSchema = z
  .object({
    url: UrlSchema.describe('Where the test starts.'),
    goal: z.string().min(1).max(4_000).describe('What to achieve, in plain words.'),
    variables: z
      .record(z.string().regex(VARIABLE_NAME, 'variable names are identifiers'), TestVariableSchema)
      .optional(),
    limits: TestLimitsSchema.optional(),
    viewport: ViewportSchema.optional(),
    model: ModelSpecSchema.optional(),
  })
  .strict();

export const CreateTestBody = TestSettingsSchema.extend({ name: TestNameSchema }).strict();
export const UpdateTestBody = TestSettingsSchema.partial().strict();

/** What `test.json` holds. Never any secret value. */
export const TestConfigSchema = TestSettingsSchema.extend({
  name: TestNameSchema,
  variables: z.record(z.string(), TestVariableSchema),
  /** Upload files: name (as the planner sees it) → path relative to the test directory. */
  files: z.record(z.string(), z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
}).strict();

export type TestConfig = z.infer<typeof TestConfigSchema>;
export type CreateTestInput = z.infer<typeof CreateTestBody>;
export type UpdateTestInput = z.infer<typeof UpdateTestBody>;

// What a record or replay reports (the parts of its result a run's summary carries).

/** The step a replay stopped at, and why. */
export const StepFailureSchema = z.object({
  step: z.number().int(),
  description: z.string(),
  locator: z.string().optional(),
  error: z.string(),
  kind: z.string(),
  screenshot: z.string().optional().describe('The screenshot taken at the failure (a run artifact).'),
});
export type StepFailure = z.infer<typeof StepFailureSchema>;

/** An assertion that did not hold, with what was found instead. */
export const FailedAssertionSchema = z.object({ assertion: z.string(), problem: z.string() });
export type FailedAssertion = z.infer<typeof FailedAssertionSchema>;

/** What the checker found of the goal: parts confirmed, parts not, and why it refused the end. */
export const RunEvidenceSchema = z.object({
  confirmed: z.array(z.string()),
  unconfirmed: z.array(z.string()),
  problems: z.array(z.string()),
});
export type RunEvidence = z.infer<typeof RunEvidenceSchema>;

/** A step a healing replay re-decided: the old and the new step, described. */
export const HealedStepSchema = z.object({
  step: z.number().int(),
  before: z.string(),
  after: z.string(),
  reason: z.string(),
});
export type HealedStep = z.infer<typeof HealedStepSchema>;

export const RunOutcomeSchema = z.enum(['passed', 'unverified', 'failed']);
export type RunOutcome = z.infer<typeof RunOutcomeSchema>;

/** What a recording did: planner steps, browser actions and page views. */
export const RunCountsSchema = z.object({
  steps: z.number().int(),
  actions: z.number().int(),
  pageViews: z.number().int(),
});
export type RunCounts = z.infer<typeof RunCountsSchema>;
