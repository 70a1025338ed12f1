import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp, type DemoApp } from '../../examples/demo-app/server.ts';
import { startOpenAICompatibleServer, type RecordedRequest } from '../../test/support/openai-server.ts';
import { main } from './main.ts';

// The model planner through the real provider code, over HTTP, against the local
// OpenAI-compatible test server. Every answer below is scripted test data, not a real model's.

let app: DemoApp;
const dir = resolve('runs', `vitest-test-commands-${process.pid}`);

beforeAll(async () => {
  app = await startDemoApp({ port: 0 });
  await mkdir(dir, { recursive: true });
});
afterAll(async () => {
  await app?.close();
  await rm(dir, { recursive: true, force: true });
});

/** The prompt text the planner sent (all messages). */
function promptOf(request: RecordedRequest): string {
  const body = request.body as { messages?: { content: unknown }[] };
  return (body.messages ?? [])
    .map((m) => (typeof m.content === 'string' ? m.content : JSON.stringify(m.content)))
    .join('\n');
}

/** Finds `role "name" [ref=X]` in the snapshot the planner was shown. */
function refIn(prompt: string, role: string, name: string): string {
  const escaped = JSON.stringify(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${role} ${escaped} \\[ref=(\\w+)\\]`).exec(prompt);
  if (!match) throw new Error(`no ${role} "${name}" in the snapshot`);
  return match[1]!;
}

/** A scripted planner: decides from what the page shows, like a model reading the snapshot would. */
function scriptedPlanner(request: RecordedRequest) {
  const prompt = promptOf(request);
  const decide = (reason: string, action: Record<string, unknown>) => ({ json: { reason, action } });
  if (/result\(s\) for/.test(prompt)) {
    return decide('Results for the query are listed.', {
      type: 'done',
      assertions: [
        { type: 'text-visible', text: 'result(s) for' },
        { type: 'url-matches', pattern: 'q=lamp' },
      ],
    });
  }
  if (/searchbox "Search products"/.test(prompt)) {
    if (!/Variable "query" goes into|fill/i.test(prompt.split('History')[1] ?? '')) {
      return decide('Type the query.', {
        type: 'fill',
        ref: refIn(prompt, 'searchbox', 'Search products'),
        variable: 'query',
      });
    }
    return decide('Submit the search.', { type: 'click', ref: refIn(prompt, 'button', 'Search') });
  }
  return decide('The search page has the form.', { type: 'click', ref: refIn(prompt, 'link', 'Search') });
}

async function runCli(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const original = console.log;
  console.log = (...parts: unknown[]) => void lines.push(parts.join(' '));
  try {
    const code = await main(['node', 'codify', ...args]);
    return { code, out: lines.join('\n') };
  } finally {
    console.log = original;
  }
}

describe('codify test run with a model planner over HTTP', () => {
  it(
    'records a spec through openai-compatible, accounts the calls, then replays them from the cassette with no server',
    { timeout: 150_000 },
    async () => {
      const server = await startOpenAICompatibleServer({ respond: scriptedPlanner });
      const cassette = join(dir, 'planner.cassette.jsonl');
      const spec = join(dir, 'search.spec.json');
      const common = ['test', 'run', '--url', `${app.url}/`, '--goal', 'Search for the query'];
      const flags = ['--var', 'query=lamp', '--model', 'openai-compatible:scripted-planner'];
      let recorded: { code: number; out: string };
      try {
        recorded = await runCli([
          ...common,
          ...flags,
          '--model-base-url',
          server.baseUrl,
          '--record',
          cassette,
          '--out',
          spec,
          '--runs-dir',
          join(dir, 'runs'),
        ]);
      } finally {
        await server.close();
      }
      expect(recorded.code).toBe(0);
      const calls = server.requests.filter((r) => r.api === 'chat.completions').length;
      expect(calls).toBeGreaterThanOrEqual(3);
      expect(recorded.out).toContain(`model calls: ${calls},`);
      // The planner is told variable names, not values: before the field is filled, no prompt holds the value.
      const first = server.requests.find((r) => r.api === 'chat.completions');
      expect(promptOf(first!)).toContain('query');
      expect(promptOf(first!)).not.toContain('lamp');
      const saved = JSON.parse(await readFile(spec, 'utf8')) as { steps: unknown[] };
      expect(saved.steps.length).toBeGreaterThanOrEqual(3);
      const lines = (await readFile(cassette, 'utf8')).trim().split('\n');
      expect(lines).toHaveLength(calls);

      // The server is closed: every answer must now come from the cassette.
      const replayed = await runCli([
        ...common,
        ...flags,
        '--model-base-url',
        server.baseUrl,
        '--replay',
        cassette,
        '--out',
        join(dir, 'search-replayed.spec.json'),
        '--runs-dir',
        join(dir, 'runs'),
      ]);
      expect(replayed.code).toBe(0);
      expect(existsSync(join(dir, 'search-replayed.spec.json'))).toBe(true);
    },
  );
});
