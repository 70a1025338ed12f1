import type { ChatMessage, LanguageModel } from '../core/models/types.ts';
import { CodifyError } from '../core/errors.ts';
import type { PlanContext, PlanDecision, PlannedAction, Planner } from './planner.ts';
import { PLANNED_ACTION_TYPES } from './planner.ts';
import { describeStep } from './spec.ts';

/** JSON Schema of the model's answer: a short reason and one action. */
export const NEXT_ACTION_SCHEMA: Record<string, unknown> = {
  type: 'object',
  additionalProperties: false,
  required: ['reason', 'action'],
  properties: {
    reason: { type: 'string', description: 'One short sentence: why this action.' },
    action: {
      type: 'object',
      additionalProperties: false,
      required: ['type'],
      properties: {
        type: { type: 'string', enum: [...PLANNED_ACTION_TYPES] },
        ref: { type: 'string', description: 'Ref of the target element from the snapshot, e.g. e12.' },
        value: {
          type: 'string',
          description: 'Literal text, option label, key (press), URL (navigate) or failure message (fail).',
        },
        variable: {
          type: 'string',
          description:
            'Name of a variable whose value to type or pick (preferred over literals for user data).',
        },
        file: { type: 'string', description: 'Name of the file to upload.' },
        waitFor: {
          type: 'object',
          additionalProperties: false,
          properties: { text: { type: 'string' }, ref: { type: 'string' }, urlPattern: { type: 'string' } },
        },
        assertions: {
          type: 'array',
          description: 'With "done": what on the page proves the goal was reached.',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['type'],
            properties: {
              type: {
                type: 'string',
                enum: [
                  'text-visible',
                  'text-hidden',
                  'element-visible',
                  'checked',
                  'url-matches',
                  'field-value',
                  'title',
                ],
              },
              text: { type: 'string' },
              ref: { type: 'string' },
              pattern: { type: 'string' },
              value: { type: 'string' },
              variable: { type: 'string' },
              checked: { type: 'boolean' },
            },
          },
        },
      },
    },
  },
};

const SYSTEM_PROMPT = `You drive a web browser toward a goal, one action at a time, for a test that will be replayed later.
You see the page as an accessibility snapshot: one line per element, with [ref=...] to address it.
Answer with one action:
- click, dblclick (e.g. to edit an item), rightclick (context menus), hover (reveals controls shown on hover), scroll (into view), clear: ref. fill: ref and variable (for user data such as emails and passwords) or value. select: ref and the option label.
- check/uncheck: ref of a checkbox or radio. upload: ref of the file field and file (a file name). press: value is a key such as Enter, Tab, Escape or ArrowDown (ref optional; Enter submits a box that has no button).
- navigate: value is a URL. wait: waitFor with text, ref or urlPattern (never a fixed time).
- done: only when the page visibly shows the goal was reached; give assertions that prove the goal's own outcome: the text,
  element, URL or field value the goal names or implies (text-visible of what was added, text-hidden of what was deleted,
  checked of what was ticked off, url-matches of where it went). A checker re-observes the page and judges them; page text
  unrelated to the goal does not count. Never "done" while an error is shown, a login form is still there after signing in,
  or nothing changed.
- fail: value explains why the goal cannot be reached.
Variables are given by name only: use their names, never invent values. If the last action failed, pick a different element or action.`;

/** Thrown when a model answers with something that is not an action. */
export class PlannerResponseError extends CodifyError {
  constructor(message: string) {
    super('planner-response', message, {
      hint: 'The model did not follow the next_action schema; try another model.',
    });
  }
}

/** Longest snapshot sent to a model (about 8k tokens); huge pages are cut at a line boundary. */
export const MAX_SNAPSHOT_CHARS = 32_000;

function clipSnapshot(snapshot: string): string {
  if (snapshot.length <= MAX_SNAPSHOT_CHARS) return snapshot;
  const cut = snapshot.lastIndexOf('\n', MAX_SNAPSHOT_CHARS);
  const kept = snapshot.slice(0, cut > 0 ? cut : MAX_SNAPSHOT_CHARS);
  return `${kept}\n… (${snapshot.length - kept.length} more characters of the page not shown)`;
}

/** Builds the chat for one decision. Exported so tests can check what a model is told. */
export function buildPlannerMessages(context: PlanContext): ChatMessage[] {
  const { observation } = context;
  const parts = [
    `Goal: ${context.goal}`,
    `Variables (names only): ${context.variables.length ? context.variables.join(', ') : 'none'}`,
    `Files for upload: ${context.files.length ? context.files.join(', ') : 'none'}`,
    `History:\n${context.history.length ? context.history.map((h) => `${h.step}. ${h.description} → ${h.ok ? 'ok' : `failed: ${h.error ?? ''}`}`).join('\n') : '(nothing yet)'}`,
  ];
  if (context.previousStep) {
    parts.push(
      `The app changed: the recorded step "${describeStep(context.previousStep)}" no longer works. ` +
        'Pick the action on this page that does the same thing (not "done").',
    );
  }
  if (context.lastError) parts.push(`The last action failed: ${context.lastError}`);
  parts.push(`Page: ${observation.title} — ${observation.url}\n${clipSnapshot(observation.snapshot)}`);
  const screenshot = observation.screenshot;
  return [
    { role: 'system', content: SYSTEM_PROMPT },
    {
      role: 'user',
      content: parts.join('\n\n'),
      // Only vision planners ask for a screenshot; the snapshot's refs stay the way to act.
      ...(screenshot ? { images: [{ mediaType: screenshot.mediaType, base64: screenshot.base64 }] } : {}),
    },
  ];
}

/** A planner asking a language model for one structured action per step. */
export class ModelPlanner implements Planner {
  readonly name: string;
  readonly wantsScreenshot: boolean;
  private readonly model: LanguageModel;

  /** `vision`: send a screenshot of the viewport with each snapshot (for vision-capable models). */
  constructor(model: LanguageModel, options: { vision?: boolean } = {}) {
    this.model = model;
    this.name = model.spec;
    this.wantsScreenshot = options.vision === true;
  }

  async plan(context: PlanContext, signal?: AbortSignal): Promise<PlanDecision> {
    const messages = buildPlannerMessages(context);
    const result = await this.model.generate({
      messages,
      output: {
        name: 'next_action',
        description: 'The next browser action toward the goal.',
        jsonSchema: NEXT_ACTION_SCHEMA,
      },
      temperature: 0,
      ...(signal ? { signal } : {}),
    });
    const parsed = parseDecision(result.object ?? safeJson(result.text));
    return { ...parsed, usage: [result.usage], exchange: { messages, response: result.text } };
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Validates the model's object into a decision. @throws PlannerResponseError */
export function parseDecision(value: unknown): { reason: string; action: PlannedAction } {
  if (!value || typeof value !== 'object')
    throw new PlannerResponseError('The model answered without a JSON object.');
  const { reason, action } = value as { reason?: unknown; action?: unknown };
  if (!action || typeof action !== 'object')
    throw new PlannerResponseError('The answer has no "action" object.');
  const type = (action as { type?: unknown }).type;
  if (typeof type !== 'string' || !(PLANNED_ACTION_TYPES as readonly string[]).includes(type)) {
    throw new PlannerResponseError(`Unknown action type ${JSON.stringify(type)}.`);
  }
  return { reason: typeof reason === 'string' ? reason : '', action: action as PlannedAction };
}
