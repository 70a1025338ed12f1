import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ChatMessage, Usage } from '../../core/models/types.ts';
import type { RunRecord } from '../store/types.ts';
import type { ExchangesAnswer } from '../protocol/exchanges.ts';

/** Folder inside a run's folder that holds its model exchanges and follow-up chats. */
export const EXCHANGES_FOLDER = 'exchanges';

/** A message as the API shows it: images (vision screenshots) are counted, not sent back. */
export interface ExchangeMessage {
  role: ChatMessage['role'];
  content: string;
  images?: number;
}

/** One model call a run made: what was sent, what came back, what it cost. */
export interface Exchange {
  /** 1-based, in the order the run made its calls; stable once the run has ended. */
  n: number;
  attempt: number;
  /** Browser runs: the step the call decided. */
  step?: number;
  proposer: string;
  /** The model spec called (e.g. `openai:gpt-4o-mini`), the one a follow-up chat calls again. */
  model: string;
  at: string;
  messages: ExchangeMessage[];
  response: string;
  usage?: Usage[];
}

/** A follow-up conversation about one exchange (user questions and the model's replies). */
export interface FollowUp {
  messages: { role: 'user' | 'assistant'; content: string }[];
  usage: Usage[];
  updatedAt: string;
}

/** What a run's local engine reported instead of model calls. */
export interface LocalReport {
  attempt: number;
  step?: number;
  proposer: string;
  notes: string[];
  error?: string;
}

/** An exchange with the full original messages (images kept), as the follow-up chat needs them. */
interface StoredExchange extends Omit<Exchange, 'messages'> {
  messages: ChatMessage[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const exchangeFile = (runDir: string, n: number) => path.join(runDir, EXCHANGES_FOLDER, `${pad(n)}.json`);
const chatFile = (runDir: string, n: number) => path.join(runDir, EXCHANGES_FOLDER, `${pad(n)}.chat.json`);
const localFile = (runDir: string) => path.join(runDir, EXCHANGES_FOLDER, 'local.json');

/**
 * Copies a build's attempts into the run's folder: model calls as `exchanges/NN.json` (from each
 * attempt's `attempt.json`, `prompt.md`, `response.txt`, which the next build of the service
 * overwrites), and what local attempts noted as `exchanges/local.json`. Returns how many exchanges.
 */
export async function recordBuildExchanges(runDir: string, attemptDirs: readonly string[]): Promise<number> {
  const exchanges: StoredExchange[] = [];
  const local: LocalReport[] = [];
  for (const dir of attemptDirs) {
    const meta = await readJson<{
      attempt?: number;
      proposer?: string;
      startedAt?: string;
      notes?: string[];
      usage?: Usage[];
      error?: string;
    }>(path.join(dir, 'attempt.json'));
    if (!meta) continue;
    const attempt = meta.attempt ?? exchanges.length + local.length + 1;
    const proposer = meta.proposer ?? 'unknown';
    const prompt = await readText(path.join(dir, 'prompt.md'));
    if (prompt !== null && proposer.startsWith('model:')) {
      exchanges.push({
        n: exchanges.length + 1,
        attempt,
        proposer,
        model: proposer.slice('model:'.length),
        at: meta.startedAt ?? new Date().toISOString(),
        messages: parsePromptMarkdown(prompt),
        response: (await readText(path.join(dir, 'response.txt'))) ?? '',
        ...(meta.usage && meta.usage.length > 0 ? { usage: meta.usage } : {}),
      });
    } else {
      local.push({
        attempt,
        proposer,
        notes: meta.notes ?? [],
        ...(meta.error ? { error: meta.error } : {}),
      });
    }
  }
  await mkdir(path.join(runDir, EXCHANGES_FOLDER), { recursive: true });
  for (const exchange of exchanges) await writeJsonAtomic(exchangeFile(runDir, exchange.n), exchange);
  await writeJsonAtomic(localFile(runDir), local);
  return exchanges.length;
}

/**
 * `prompt.md` is written as `### <role>\n\n<content>\n` per message, joined by blank lines; this
 * reads it back. A line `### user` inside a message's content would split it (the build writes
 * none of those headings in its prompts).
 */
export function parsePromptMarkdown(text: string): ChatMessage[] {
  const messages: ChatMessage[] = [];
  const heading = /^### (system|user|assistant)\n\n/gm;
  const marks = [...text.matchAll(heading)];
  marks.forEach((mark, i) => {
    const start = (mark.index ?? 0) + mark[0].length;
    const end = marks[i + 1]?.index ?? text.length;
    const content = text.slice(start, end).replace(/\n\n?$/, '');
    messages.push({ role: mark[1] as ChatMessage['role'], content });
  });
  return messages;
}

/** A run's exchanges with their full messages (for the chat), read from the run's folder. */
async function storedExchanges(run: RunRecord, runDir: string): Promise<StoredExchange[]> {
  if (!existsSync(runDir)) return [];
  if (run.kind.startsWith('browser-')) return browserExchanges(run, runDir);
  const folder = path.join(runDir, EXCHANGES_FOLDER);
  if (!existsSync(folder)) return [];
  const names = (await readdir(folder)).filter((name) => /^\d+\.json$/.test(name)).sort();
  const found: StoredExchange[] = [];
  for (const name of names) {
    const exchange = await readJson<StoredExchange>(path.join(folder, name));
    if (exchange) found.push(exchange);
  }
  return found.sort((a, b) => a.n - b.n);
}

/** Browser runs keep `step-NN-exchange.json` per step: the planner's decision per attempt. */
async function browserExchanges(run: RunRecord, runDir: string): Promise<StoredExchange[]> {
  const files = (await readdir(runDir)).filter((name) => /^step-\d+-exchange\.json$/.test(name)).sort();
  const plannerName = (run.summary as { planner?: unknown } | null)?.planner;
  const found: StoredExchange[] = [];
  for (const file of files) {
    const content = await readJson<{ step?: number; attempts?: BrowserAttempt[] }>(path.join(runDir, file));
    if (!content?.attempts) continue;
    const at = (await stat(path.join(runDir, file))).mtime.toISOString();
    for (const attempt of content.attempts) {
      const exchange = attempt.decision?.exchange;
      if (!exchange) continue;
      const usage = attempt.decision?.usage ?? [];
      const model =
        typeof plannerName === 'string' && plannerName !== 'local'
          ? plannerName
          : usage[0]
            ? `${usage[0].provider}:${usage[0].model}`
            : 'unknown';
      found.push({
        n: found.length + 1,
        attempt: attempt.attempt ?? 1,
        ...(content.step !== undefined ? { step: content.step } : {}),
        proposer: model,
        model,
        at,
        messages: exchange.messages,
        response: exchange.response,
        ...(usage.length > 0 ? { usage } : {}),
      });
    }
  }
  return found;
}

interface BrowserAttempt {
  attempt?: number;
  decision?: {
    reason?: string;
    action?: unknown;
    usage?: Usage[];
    exchange?: { messages: ChatMessage[]; response: string };
  };
}

/** What the local engine reported for a run: build notes, or the local planner's reasons per step. */
async function localReports(run: RunRecord, runDir: string): Promise<LocalReport[]> {
  if (!existsSync(runDir)) return [];
  if (!run.kind.startsWith('browser-')) return (await readJson<LocalReport[]>(localFile(runDir))) ?? [];
  const reports: LocalReport[] = [];
  const files = (await readdir(runDir)).filter((name) => /^step-\d+-exchange\.json$/.test(name)).sort();
  for (const file of files) {
    const content = await readJson<{ step?: number; attempts?: BrowserAttempt[] }>(path.join(runDir, file));
    for (const attempt of content?.attempts ?? []) {
      if (attempt.decision?.exchange) continue;
      reports.push({
        attempt: attempt.attempt ?? 1,
        ...(content?.step !== undefined ? { step: content.step } : {}),
        proposer: 'local',
        notes: [attempt.decision?.reason ?? '', JSON.stringify(attempt.decision?.action ?? null)].filter(
          Boolean,
        ),
      });
    }
  }
  return reports;
}

/** The API view of a run's exchanges (with saved follow-ups), or a note and local reports when none. */
export async function listExchanges(run: RunRecord, runDir: string): Promise<ExchangesAnswer> {
  const stored = await storedExchanges(run, runDir);
  const exchanges = [];
  for (const exchange of stored) {
    exchanges.push({
      ...exchange,
      messages: exchange.messages.map(toApiMessage),
      followUps: await readJson<FollowUp>(chatFile(runDir, exchange.n)),
    });
  }
  if (exchanges.length > 0) return { exchanges };
  const local = await localReports(run, runDir);
  return {
    exchanges: [],
    note:
      local.length > 0
        ? 'This run used the local engine (program synthesizer or heuristic planner): it made no model calls. What the engine reported is under "local".'
        : `This run made no model calls that were recorded (kind ${run.kind}; builds and browser runs record theirs, and a run on the local engine makes none).`,
    ...(local.length > 0 ? { local } : {}),
  };
}

/** One exchange with its full messages, for the follow-up chat; undefined when it does not exist. */
export async function findExchange(
  run: RunRecord,
  runDir: string,
  n: number,
): Promise<{ exchange: StoredExchange | undefined; count: number }> {
  const all = await storedExchanges(run, runDir);
  return { exchange: all.find((exchange) => exchange.n === n), count: all.length };
}

export async function readFollowUp(runDir: string, n: number): Promise<FollowUp | null> {
  return readJson<FollowUp>(chatFile(runDir, n));
}

export async function saveFollowUp(runDir: string, n: number, followUp: FollowUp): Promise<void> {
  await mkdir(path.join(runDir, EXCHANGES_FOLDER), { recursive: true });
  await writeJsonAtomic(chatFile(runDir, n), followUp);
}

function toApiMessage(message: ChatMessage): ExchangeMessage {
  return {
    role: message.role,
    content: message.content,
    ...(message.images && message.images.length > 0 ? { images: message.images.length } : {}),
  };
}

async function readText(file: string): Promise<string | null> {
  return existsSync(file) ? readFile(file, 'utf8') : null;
}

async function readJson<T>(file: string): Promise<T | null> {
  const text = await readText(file);
  if (text === null) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

async function writeJsonAtomic(file: string, value: unknown): Promise<void> {
  await writeFile(`${file}.tmp`, `${JSON.stringify(value, null, 2)}\n`);
  await rename(`${file}.tmp`, file);
}
