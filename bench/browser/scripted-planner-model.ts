/**
 * A SCRIPTED stand-in for a model planner, served over HTTP by the local OpenAI-compatible test
 * server so the real provider code (createModel → AI SDK → HTTP) and the real ModelPlanner run end
 * to end. No model is called: each answer is decided by a small policy that reads what a model
 * would read — the prompt's history (how many steps succeeded) and the page snapshot (which ref the
 * next intended element has right now) — and waits `latencyMs` before answering, like a provider.
 * Token counts are real: o200k_base over the messages and the response format, plus image tokens.
 */
import { getEncoding } from 'js-tiktoken';
import type { PlannedAction } from '../../src/browser/planner.ts';
import { startOpenAICompatibleServer } from '../../test/support/openai-server.ts';
import type {
  OpenAICompatibleServer,
  RecordedRequest,
  ScriptedReply,
} from '../../test/support/openai-server.ts';
import type { Flow } from './flows.ts';
import { openAiImageTokens } from './image-tokens.ts';

const encoding = getEncoding('o200k_base');
const count = (text: string): number => encoding.encode(text).length;

interface ChatPart {
  type: string;
  text?: string;
  image_url?: { url: string };
}
interface ChatBody {
  messages: { role: string; content: string | ChatPart[] }[];
  response_format?: unknown;
  tools?: unknown;
}

/** The ref of `role "name"` in a snapshot, e.g. `e12`, or null when the page has no such element. */
export function findRef(snapshot: string, role: string, name: string): string | null {
  const escaped = JSON.stringify(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?:^|\\s)${role} ${escaped} \\[ref=(\\w+)\\]`, 'm').exec(snapshot);
  return match?.[1] ?? null;
}

/** Steps the prompt's history reports as done (`N. … → ok`). */
export function completedSteps(prompt: string): number {
  const history = /History:\n([\s\S]*?)(?:\n\n|$)/.exec(prompt)?.[1] ?? '';
  return history.split('\n').filter((line) => /→ ok$/.test(line)).length;
}

/** The next action toward the flow's goal, given the prompt a ModelPlanner sends. */
export function decide(flow: Flow, prompt: string): { reason: string; action: PlannedAction } {
  const page = prompt.slice(prompt.lastIndexOf('\nPage: '));
  const intent = flow.intents[completedSteps(prompt)];
  if (!intent) {
    if (!page.includes(flow.successText)) {
      return {
        reason: 'Wait for the confirmation.',
        action: { type: 'wait', waitFor: { text: flow.successText } },
      };
    }
    return { reason: 'The page confirms the goal.', action: { type: 'done', assertions: flow.assertions } };
  }
  const ref = findRef(page, intent.role, intent.name);
  if (!ref) {
    return {
      reason: `There is no ${intent.role} "${intent.name}" on this page.`,
      action: {
        type: 'fail',
        value: `Expected ${intent.role} "${intent.name}", which this page does not show.`,
      },
    };
  }
  const action: PlannedAction = { type: intent.action, ref };
  if (intent.variable) action.variable = intent.variable;
  if (intent.value) action.value = intent.value;
  return { reason: intent.reason, action };
}

/** Width and height of a base64 PNG (from its IHDR chunk). */
function pngSize(base64: string): { width: number; height: number } | null {
  const head = Buffer.from(base64.slice(0, 64), 'base64');
  return head.length >= 24 ? { width: head.readUInt32BE(16), height: head.readUInt32BE(20) } : null;
}

/** Prompt tokens of a chat request as OpenAI counts them: text, ~4 per message of framing, images. */
export function promptTokens(body: ChatBody): number {
  let tokens = count(JSON.stringify(body.response_format ?? body.tools ?? ''));
  for (const message of body.messages) {
    tokens += 4;
    if (typeof message.content === 'string') {
      tokens += count(message.content);
      continue;
    }
    for (const part of message.content) {
      if (part.text) tokens += count(part.text);
      const url = part.image_url?.url;
      const size = url ? pngSize(url.slice(url.indexOf(',') + 1)) : null;
      if (size) tokens += openAiImageTokens(size.width, size.height, 'high');
    }
  }
  return tokens;
}

function textOf(body: ChatBody): string {
  return body.messages
    .map((m) => (typeof m.content === 'string' ? m.content : m.content.map((p) => p.text ?? '').join('\n')))
    .join('\n');
}

/** Starts the scripted planner model for one flow on 127.0.0.1. */
export async function startScriptedPlannerModel(
  flow: Flow,
  latencyMs: number,
): Promise<OpenAICompatibleServer> {
  return startOpenAICompatibleServer({
    latencyMs,
    respond: (request: RecordedRequest): ScriptedReply => {
      const body = request.body as ChatBody;
      const content = JSON.stringify(decide(flow, textOf(body)));
      return { content, usage: { promptTokens: promptTokens(body), completionTokens: count(content) } };
    },
  });
}
