import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { serviceLayout } from '../transform/index.ts';
import { createBrowserTestRoutes } from './routes/browser-tests.ts';
import { transformRoutes } from './routes/transforms.ts';
import { closeTestServers, startTestServer } from './testing/temp-server.ts';

afterEach(closeTestServers);

const KEY = 'sk-codify-leaked-key-0123456789';
const TOKEN = 'server-token-abcdefghijklmnop';

function logCapture(): { stream: Writable; text: () => string } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => lines.join('') };
}

describe('secrets never leave in a response', () => {
  it('redacts a key planted in a service’s files, a run’s output and stored events', async () => {
    const server = await startTestServer({
      env: { CODIFY_API_KEY: KEY },
      plugins: [
        transformRoutes,
        createBrowserTestRoutes({ launchBrowser: () => Promise.reject(new Error('none')) }),
      ],
    });
    const created = await server.app.inject({
      method: 'POST',
      url: '/api/v1/services',
      payload: { name: 'leaky', examples: [{ input: 'a', output: 'A' }] },
    });
    expect(created.statusCode).toBe(201);
    // A model that echoed the Authorization header wrote the key into the service's files.
    const layout = serviceLayout(join(server.config.dataDir, 'services', 'leaky'));
    writeFileSync(layout.transform, `// Authorization: Bearer ${KEY}\nexport default (x) => x;\n`);
    const examples = JSON.parse(readFileSync(layout.examples, 'utf8')) as { note?: string }[];
    examples[0]!.note = `seen with "${KEY}"`;
    writeFileSync(layout.examples, JSON.stringify(examples));
    writeFileSync(layout.transformNext, `const key = '${KEY}';\n`);

    const detail = await server.app.inject({ method: 'GET', url: '/api/v1/services/leaky' });
    expect(detail.statusCode).toBe(200);
    expect(detail.body).not.toContain(KEY);
    const service = (JSON.parse(detail.body) as { service: { transform: { source: string } } }).service;
    expect(service.transform.source).toContain('Bearer [redacted]');

    // A transform run whose outputs carry the key, across many stream chunks.
    const run = server.runs.start({ kind: 'transform-run', subjectId: 'x', job: async () => ({}) });
    await server.runs.waitFor(run.id);
    const runDir = join(server.config.dataDir, 'runs', run.id);
    mkdirSync(runDir, { recursive: true });
    const lines = Array.from({ length: 5_000 }, (_, i) =>
      JSON.stringify({ i, pad: 'é'.repeat(i % 7), k: KEY }),
    );
    writeFileSync(join(runDir, 'output.jsonl'), `${lines.join('\n')}\n`);
    const output = await server.app.inject({ method: 'GET', url: `/api/v1/runs/${run.id}/output` });
    expect(output.statusCode).toBe(200);
    expect(output.body).not.toContain(KEY);
    expect(output.body.split('[redacted]')).toHaveLength(5_001);
    expect(output.body.split('\n')).toHaveLength(5_001);

    // A text artifact (sent with its file length, which redaction changes) and a binary one.
    writeFileSync(join(runDir, 'report.json'), JSON.stringify({ header: `Bearer ${KEY}` }));
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.from(KEY)]);
    writeFileSync(join(runDir, 'shot.png'), png);
    const report = await server.app.inject({
      method: 'GET',
      url: `/api/v1/runs/${run.id}/artifacts/report.json`,
    });
    expect(report.statusCode).toBe(200);
    expect(JSON.parse(report.body)).toEqual({ header: 'Bearer [redacted]' });
    const image = await server.app.inject({
      method: 'GET',
      url: `/api/v1/runs/${run.id}/artifacts/shot.png`,
    });
    expect(image.rawPayload.equals(png)).toBe(true); // binary bodies are never rewritten

    // An event stored before the server knew the key (written straight to the store).
    server.store.appendEvent(run.id, { type: 'note', text: `old ${KEY}` });
    const history = await server.app.inject({ method: 'GET', url: `/api/v1/runs/${run.id}/history` });
    const events = await server.app.inject({ method: 'GET', url: `/api/v1/runs/${run.id}/events` });
    for (const body of [history.body, events.body]) {
      expect(body).toContain('old [redacted]');
      expect(body).not.toContain(KEY);
    }
  });
});

describe('secrets never reach the log', () => {
  it('keeps ?token= and other credential parameters out of the request log, right or wrong', async () => {
    const log = logCapture();
    const server = await startTestServer({
      host: '0.0.0.0',
      token: TOKEN,
      env: { CODIFY_API_KEY: KEY },
      logger: { level: 'info', stream: log.stream },
      plugins: [transformRoutes],
    });
    const planted = ['wrong-token-value-111', 'query-api-key-222', 'pass-word-333', 'sig-nature-444'];
    for (const url of [
      `/api/v1/runs?token=${TOKEN}`,
      `/api/v1/runs?token=${planted[0]}`,
      `/api/v1/nothing?api_key=${planted[1]}&x=1`,
      `/api/v1/services?limit=2&Password=${planted[2]}`,
      `/api%c0%af/v1?X-Amz-Signature=${planted[3]}`,
      `/api/v1/runs?key=${KEY}`,
      `/${KEY}/x`,
    ]) {
      const response = await server.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBeGreaterThanOrEqual(400);
    }
    // HTTP/1.0 without a Host header: the serializer must cope (a throwing serializer kills the log).
    const base = new URL(await server.listen());
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(base.port), '127.0.0.1');
      let data = '';
      socket.on('data', (chunk) => (data += chunk.toString()));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
      socket.write(`GET /api/v1/runs?token=${planted[0]} HTTP/1.0\r\n\r\n`);
    });
    expect(answer).toMatch(/^HTTP\/1\.[01] 401/);
    const text = log.text();
    expect(text).toContain('"url":"/api/v1/runs?token=[redacted]"');
    expect(text).toContain('x=1');
    for (const secret of [TOKEN, KEY, ...planted]) expect(text, secret).not.toContain(secret);
  });
});
