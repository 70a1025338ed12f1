import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../errors.ts';
import { startOpenAICompatibleServer } from '../../../test/support/openai-server.ts';
import { cassetteKey, normalizeRequest, readCassette } from './cassette.ts';
import type { CassetteEntry } from './cassette.ts';
import { createModel } from './create-model.ts';
import { CassetteMissError } from './errors.ts';
import type { GenerateRequest, Usage } from './types.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'codify-cassette-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const schema = {
  type: 'object',
  properties: { total: { type: 'number' } },
  required: ['total'],
  additionalProperties: false,
};
const plain: GenerateRequest = { messages: [{ role: 'user', content: 'Say hi' }], temperature: 0 };
const structured: GenerateRequest = {
  messages: [{ role: 'user', content: 'Sum 2 and 3' }],
  output: { name: 'sum', jsonSchema: schema },
};

describe('cassettes', () => {
  it('keep no API key: an echoed key is redacted by value, and the entry still replays', async () => {
    const key = `sk-cassette-${Math.random().toString(36).slice(2)}`;
    const path = join(dir, 'echo.jsonl');
    const server = await startOpenAICompatibleServer({
      respond: (request) => ({ content: `your header was ${String(request.headers['authorization'])}` }),
    });
    const recorder = createModel('openai:gpt-4o-mini', {
      baseUrl: server.baseUrl,
      apiKey: key,
      env: {},
      record: path,
    });
    expect((await recorder!.generate(plain)).text).toBe(`your header was Bearer ${key}`);
    await server.close();
    expect(readFileSync(path, 'utf8')).not.toContain(key);
    const replayer = createModel('openai:gpt-4o-mini', { env: {}, replay: path });
    expect((await replayer!.generate(plain)).text).toBe('your header was Bearer [redacted]');
  });

  it('records live calls, then replays them with the server gone', async () => {
    const path = join(dir, 'nested', 'session.jsonl');
    const server = await startOpenAICompatibleServer({
      replies: [
        { content: 'hi there', usage: { promptTokens: 10, completionTokens: 2 } },
        { json: { total: 5 } },
      ],
    });
    const recorder = createModel('openai:gpt-4o-mini', {
      baseUrl: server.baseUrl,
      apiKey: 'sk-test',
      env: {},
      record: path,
    });
    const live1 = await recorder!.generate(plain);
    const live2 = await recorder!.generate(structured);
    await server.close();

    const entries = readCassette(path);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      provider: 'openai',
      request: { spec: 'openai:gpt-4o-mini', temperature: 0, output: null },
      response: { text: 'hi there', usage: { inputTokens: 10, outputTokens: 2, source: 'live' } },
    });
    expect(entries[0]?.key).toMatch(/^[0-9a-f]{64}$/);
    expect(entries[1]?.request.output?.jsonSchema).toEqual(schema);
    expect(Date.parse(entries[1]?.recordedAt ?? '')).not.toBeNaN();

    // No key and no server: replay must not touch the network.
    const usages: Usage[] = [];
    const replayer = createModel('openai:gpt-4o-mini', {
      env: {},
      replay: path,
      onUsage: (u) => usages.push(u),
    });
    const streamed: string[] = [];
    const again2 = await replayer!.generate({ ...structured, onTextDelta: (d) => streamed.push(d) });
    const again1 = await replayer!.generate(plain);
    expect(again1.text).toBe(live1.text);
    expect(again2.object).toEqual(live2.object);
    expect(again2.object).toEqual({ total: 5 });
    expect(streamed.join('')).toBe(live2.text);
    for (const result of [again1, again2]) {
      expect(result.usage).toMatchObject({ replayed: true, source: 'cassette', costUsd: 0 });
    }
    expect(again1.usage.inputTokens).toBe(10);
    expect(usages).toHaveLength(2);
  });

  it('throws a CassetteMissError naming the key and path on a miss', async () => {
    const path = join(dir, 'empty.jsonl');
    writeFileSync(path, '');
    const replayer = createModel('anthropic:claude-haiku-4-5', { env: {}, replay: path });
    const error = await replayer!.generate(plain).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CassetteMissError);
    const key = cassetteKey(normalizeRequest('anthropic:claude-haiku-4-5', plain));
    expect((error as CassetteMissError).key).toBe(key);
    expect((error as CassetteMissError).message).toContain(key);
    expect((error as CassetteMissError).message).toContain(path);
    expect((error as CassetteMissError).hint).toMatch(/re-record/i);
  });

  it('keys on what decides the answer, not on key order or streaming', () => {
    const a = cassetteKey(normalizeRequest('openai:x', structured));
    const reordered: GenerateRequest = {
      messages: [{ content: 'Sum 2 and 3', role: 'user' }],
      output: {
        jsonSchema: {
          additionalProperties: false,
          required: ['total'],
          properties: schema.properties,
          type: 'object',
        },
        name: 'sum',
      },
      onTextDelta: () => {},
    };
    expect(cassetteKey(normalizeRequest('openai:x', reordered))).toBe(a);
    expect(cassetteKey(normalizeRequest('openai:y', structured))).not.toBe(a);
    expect(cassetteKey(normalizeRequest('openai:x', { ...structured, temperature: 0.2 }))).not.toBe(a);
    expect(
      cassetteKey(
        normalizeRequest('openai:x', { ...structured, messages: [{ role: 'user', content: 'Sum 2 and 4' }] }),
      ),
    ).not.toBe(a);
  });

  it('replays repeated identical requests in recorded order', async () => {
    const path = join(dir, 'repeat.jsonl');
    const server = await startOpenAICompatibleServer({
      replies: [{ content: 'first' }, { content: 'second' }],
    });
    const recorder = createModel('openai-compatible:m', { baseUrl: server.baseUrl, env: {}, record: path });
    await recorder!.generate(plain);
    await recorder!.generate(plain);
    await server.close();
    const replayer = createModel('openai-compatible:m', { env: {}, replay: path });
    const texts = [];
    for (let i = 0; i < 3; i += 1) texts.push((await replayer!.generate(plain)).text);
    expect(texts).toEqual(['first', 'second', 'second']);
  });

  it('with both record and replay, replays hits and records misses', async () => {
    const path = join(dir, 'mixed.jsonl');
    const server = await startOpenAICompatibleServer({
      replies: [{ content: 'live one' }, { content: 'live two' }],
    });
    const options = { baseUrl: server.baseUrl, env: {}, record: path, replay: path };
    expect((await createModel('openai-compatible:m', options)!.generate(plain)).text).toBe('live one');
    const second = createModel('openai-compatible:m', options)!;
    const hit = await second.generate(plain);
    expect(hit.text).toBe('live one');
    expect(hit.usage.replayed).toBe(true);
    const miss = await second.generate({ messages: [{ role: 'user', content: 'new' }] });
    expect(miss.text).toBe('live two');
    expect(server.requests).toHaveLength(2);
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(2);
    await server.close();
  });

  it('reports a broken cassette line as a ConfigError', () => {
    const path = join(dir, 'broken.jsonl');
    const good: CassetteEntry = {
      key: 'k',
      request: normalizeRequest('local', plain),
      response: {
        text: 't',
        usage: { provider: 'p', model: 'm', inputTokens: 0, outputTokens: 0, latencyMs: 0, costUsd: null },
      },
      recordedAt: new Date(0).toISOString(),
      provider: 'p',
    };
    writeFileSync(path, `${JSON.stringify(good)}\n{oops\n`);
    expect(() => readCassette(path)).toThrow(ConfigError);
    expect(() => readCassette(path)).toThrow(/line 2/);
    expect(readCassette(join(dir, 'absent.jsonl'))).toEqual([]);
  });
});
