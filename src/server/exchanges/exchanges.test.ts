import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunRecord } from '../store/types.ts';
import { findExchange, listExchanges, parsePromptMarkdown, recordBuildExchanges } from './exchanges.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'codify-exchanges-'));
  dirs.push(dir);
  return dir;
}

const run = (kind: string, summary: unknown = null): RunRecord => ({
  id: 'r1',
  kind,
  subjectId: null,
  status: 'completed',
  createdAt: '2026-01-01T00:00:00.000Z',
  startedAt: null,
  endedAt: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
  input: null,
  summary,
  error: null,
  rerunOf: null,
});

const usage = {
  provider: 'openai',
  model: 'gpt-4o',
  inputTokens: 10,
  outputTokens: 2,
  latencyMs: 1,
  costUsd: null,
};

describe('parsePromptMarkdown', () => {
  it('reads back the messages build writes to prompt.md', () => {
    const messages = [
      { role: 'system' as const, content: 'You write TypeScript.\n\nRules:\n- one' },
      { role: 'user' as const, content: 'Examples:\n## heading inside\n```ts\nx\n```' },
    ];
    // The format of saveAttempts in src/transform/build/build.ts.
    const text = messages.map((m) => `### ${m.role}\n\n${m.content}\n`).join('\n');
    expect(parsePromptMarkdown(text)).toEqual(messages);
  });
});

describe('build exchanges', () => {
  it('copies model attempts to exchanges/NN.json and local notes to local.json', async () => {
    const root = tempDir();
    const attempt = (n: number, meta: object, files: Record<string, string> = {}) => {
      const dir = path.join(root, 'attempts', String(n));
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'attempt.json'), JSON.stringify(meta));
      for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
      return dir;
    };
    const attemptDirs = [
      attempt(7, { attempt: 1, proposer: 'local', notes: ['could not derive $.last'] }),
      attempt(
        8,
        {
          attempt: 2,
          proposer: 'model:anthropic:claude-x',
          startedAt: '2026-01-02T00:00:00.000Z',
          usage: [usage],
        },
        { 'prompt.md': '### system\n\nsys\n\n### user\n\nask\n', 'response.txt': 'answer' },
      ),
    ];
    const runDir = path.join(root, 'runs', 'r1');
    expect(await recordBuildExchanges(runDir, attemptDirs)).toBe(1);
    const listed = await listExchanges(run('transform-build'), runDir);
    expect(listed.exchanges).toEqual([
      {
        n: 1,
        attempt: 2,
        proposer: 'model:anthropic:claude-x',
        model: 'anthropic:claude-x',
        at: '2026-01-02T00:00:00.000Z',
        messages: [
          { role: 'system', content: 'sys' },
          { role: 'user', content: 'ask' },
        ],
        response: 'answer',
        usage: [usage],
        followUps: null,
      },
    ]);

    const localDir = path.join(root, 'runs', 'r2');
    await recordBuildExchanges(localDir, attemptDirs.slice(0, 1));
    const local = await listExchanges(run('transform-build'), localDir);
    expect(local).toMatchObject({
      exchanges: [],
      note: expect.stringMatching(/local engine/),
      local: [{ attempt: 1, proposer: 'local', notes: ['could not derive $.last'] }],
    });
  });
});

describe('browser exchanges', () => {
  it('flattens step-NN-exchange.json planner decisions; images are counted, kept for the chat', async () => {
    const runDir = tempDir();
    const decision = (response: string) => ({
      reason: 'r',
      action: { type: 'click', ref: 'e1' },
      usage: [usage],
      exchange: {
        messages: [{ role: 'user', content: 'page', images: [{ mediaType: 'image/png', base64: 'AAAA' }] }],
        response,
      },
    });
    writeFileSync(
      path.join(runDir, 'step-02-exchange.json'),
      JSON.stringify({ step: 2, attempts: [{ attempt: 1, decision: decision('third') }] }),
    );
    writeFileSync(
      path.join(runDir, 'step-01-exchange.json'),
      JSON.stringify({
        step: 1,
        attempts: [
          { attempt: 1, decision: decision('first') },
          { attempt: 2, decision: decision('second') },
        ],
      }),
    );
    const record = run('browser-run', { planner: 'openai:gpt-4o' });
    const listed = await listExchanges(record, runDir);
    expect(listed.exchanges.map((e) => [e.n, e.step, e.attempt, e.response, e.model])).toEqual([
      [1, 1, 1, 'first', 'openai:gpt-4o'],
      [2, 1, 2, 'second', 'openai:gpt-4o'],
      [3, 2, 1, 'third', 'openai:gpt-4o'],
    ]);
    expect(listed.exchanges[0]?.messages).toEqual([{ role: 'user', content: 'page', images: 1 }]);
    const found = await findExchange(record, runDir, 3);
    expect(found.count).toBe(3);
    expect(found.exchange?.messages[0]?.images?.[0]?.base64).toBe('AAAA');

    // The local planner writes decisions without exchanges.
    const localDir = tempDir();
    writeFileSync(
      path.join(localDir, 'step-01-exchange.json'),
      JSON.stringify({
        step: 1,
        attempts: [{ attempt: 1, decision: { reason: 'the only button', action: { type: 'done' } } }],
      }),
    );
    expect(await listExchanges(run('browser-run', { planner: 'local' }), localDir)).toMatchObject({
      exchanges: [],
      local: [{ step: 1, attempt: 1, proposer: 'local', notes: ['the only button', '{"type":"done"}'] }],
    });
  });
});
