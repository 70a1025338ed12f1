/**
 * Record/replay cassettes: a JSONL file with one line per model call, keyed by a hash of the
 * normalized request. Recording lets a run with a live model be replayed later with no network and
 * no key, e.g. in CI; replayed answers are marked so they are never taken for live ones.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CancelledError, ConfigError } from '../errors.ts';
import { createRedactor, knownSecrets } from '../secrets/index.ts';
import { CassetteMissError } from './errors.ts';
import type { GenerateRequest, GenerateResult, LanguageModel, Usage } from './types.ts';

/** The parts of a request that decide the answer. Images are kept as hashes to keep lines short. */
export interface NormalizedRequest {
  spec: string;
  messages: { role: string; content: string; images?: { mediaType: string; sha256: string }[] }[];
  output: { name: string; description?: string; jsonSchema: Record<string, unknown> } | null;
  temperature: number | null;
  maxOutputTokens: number | null;
}

export interface CassetteEntry {
  key: string;
  request: NormalizedRequest;
  response: { text: string; object?: unknown; usage: Usage; finishReason?: string };
  recordedAt: string;
  provider: string;
}

export function normalizeRequest(spec: string, request: GenerateRequest): NormalizedRequest {
  return {
    spec,
    messages: request.messages.map((m) => ({
      role: m.role,
      content: m.content,
      ...(m.images && m.images.length > 0
        ? { images: m.images.map((i) => ({ mediaType: i.mediaType, sha256: sha256(i.base64) })) }
        : {}),
    })),
    output: request.output
      ? {
          name: request.output.name,
          ...(request.output.description === undefined ? {} : { description: request.output.description }),
          jsonSchema: request.output.jsonSchema,
        }
      : null,
    temperature: request.temperature ?? null,
    maxOutputTokens: request.maxOutputTokens ?? null,
  };
}

/** sha256 of the normalized request, with object keys sorted so key order never matters. */
export function cassetteKey(normalized: NormalizedRequest): string {
  return sha256(stableStringify(normalized));
}

/**
 * Append one entry to a cassette file (created with its folder when missing). Known secrets (API
 * keys, tokens) are redacted from it by value: a cassette is meant to be shared and committed. The
 * key stays the hash of the request as sent, so replay still finds the entry.
 */
export function appendCassetteEntry(path: string, entry: CassetteEntry): void {
  mkdirSync(dirname(path), { recursive: true });
  const clean = createRedactor(knownSecrets())(entry);
  appendFileSync(path, `${JSON.stringify(clean)}\n`, 'utf8');
}

/** Read every entry of a cassette. A missing file reads as empty; a broken line is a ConfigError. */
export function readCassette(path: string): CassetteEntry[] {
  if (!existsSync(path)) return [];
  const entries: CassetteEntry[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      try {
        entries.push(JSON.parse(line) as CassetteEntry);
      } catch (error) {
        throw new ConfigError(`Cassette ${path} line ${index + 1} is not valid JSON.`, {
          hint: 'Delete the broken line or re-record the cassette.',
          cause: error,
        });
      }
    });
  return entries;
}

/**
 * Wraps a model so every successful call is appended to a cassette. `replayFrom`, when given, is
 * consulted first (replay-or-record): recorded requests are answered from it without a call.
 */
export class RecordingModel implements LanguageModel {
  readonly spec: string;
  readonly provider: string;
  readonly modelId: string;
  readonly #inner: LanguageModel;
  readonly #path: string;
  readonly #replayFrom: ReplayModel | undefined;

  constructor(inner: LanguageModel, path: string, replayFrom?: ReplayModel) {
    this.spec = inner.spec;
    this.provider = inner.provider;
    this.modelId = inner.modelId;
    this.#inner = inner;
    this.#path = path;
    this.#replayFrom = replayFrom;
  }

  async generate(request: GenerateRequest): Promise<GenerateResult> {
    const normalized = normalizeRequest(this.spec, request);
    const key = cassetteKey(normalized);
    if (this.#replayFrom?.has(key)) return this.#replayFrom.generate(request);
    const result = await this.#inner.generate(request);
    appendCassetteEntry(this.#path, {
      key,
      request: normalized,
      response: {
        text: result.text,
        ...(result.object === undefined ? {} : { object: result.object }),
        usage: result.usage,
        ...(result.finishReason === undefined ? {} : { finishReason: result.finishReason }),
      },
      recordedAt: new Date().toISOString(),
      provider: this.provider,
    });
    return result;
  }
}

/**
 * Answers from a cassette with no network. The n-th identical request gets the n-th recorded
 * answer (the last one once they run out), so loops that ask the same thing twice replay faithfully.
 */
export class ReplayModel implements LanguageModel {
  readonly spec: string;
  readonly provider: string;
  readonly modelId: string;
  readonly #path: string;
  readonly #byKey = new Map<string, CassetteEntry[]>();
  readonly #served = new Map<string, number>();
  readonly #onUsage: ((usage: Usage) => void) | undefined;

  constructor(options: {
    spec: string;
    provider: string;
    modelId: string;
    path: string;
    onUsage?: (usage: Usage) => void;
  }) {
    this.spec = options.spec;
    this.provider = options.provider;
    this.modelId = options.modelId;
    this.#path = options.path;
    this.#onUsage = options.onUsage;
    for (const entry of readCassette(options.path)) {
      const list = this.#byKey.get(entry.key) ?? [];
      list.push(entry);
      this.#byKey.set(entry.key, list);
    }
  }

  has(key: string): boolean {
    return this.#byKey.has(key);
  }

  /** How many distinct requests the cassette holds. */
  get size(): number {
    return this.#byKey.size;
  }

  async generate(request: GenerateRequest): Promise<GenerateResult> {
    if (request.signal?.aborted) throw new CancelledError('The model call was cancelled.');
    const started = performance.now();
    const key = cassetteKey(normalizeRequest(this.spec, request));
    const entries = this.#byKey.get(key);
    if (!entries || entries.length === 0) throw new CassetteMissError(key, this.#path);
    const index = this.#served.get(key) ?? 0;
    this.#served.set(key, index + 1);
    const entry = entries[Math.min(index, entries.length - 1)] as CassetteEntry;
    if (request.onTextDelta && entry.response.text.length > 0) request.onTextDelta(entry.response.text);
    const recorded = entry.response.usage;
    const usage: Usage = {
      provider: recorded.provider,
      model: recorded.model,
      inputTokens: recorded.inputTokens,
      outputTokens: recorded.outputTokens,
      latencyMs: Math.round(performance.now() - started),
      // Nothing was spent on a replayed answer.
      costUsd: 0,
      replayed: true,
      source: 'cassette',
    };
    this.#onUsage?.(usage);
    const result: GenerateResult = { text: entry.response.text, usage };
    if (entry.response.object !== undefined) result.object = entry.response.object;
    if (entry.response.finishReason !== undefined) result.finishReason = entry.response.finishReason;
    return result;
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    }
    return v;
  });
}
