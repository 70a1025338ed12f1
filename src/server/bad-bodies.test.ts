import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, jsonNestsDeeperThan } from './body-guards.ts';
import { closeTestServers } from './testing/temp-server.ts';
import { startRouteFixture, type RouteFixture } from './testing/route-fixture.ts';

const deepArray = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
const deepObject = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

function errorOf(body: string): { code: string; message: string } {
  return (JSON.parse(body) as { error: { code: string; message: string } }).error;
}

describe('jsonNestsDeeperThan', () => {
  it('counts nesting outside strings only', () => {
    expect(jsonNestsDeeperThan(deepArray(3), 3)).toBe(false);
    expect(jsonNestsDeeperThan(deepArray(4), 3)).toBe(true);
    expect(jsonNestsDeeperThan(`["${'['.repeat(50)}", "\\"[[[["]`, 2)).toBe(false);
    expect(jsonNestsDeeperThan('[{"a":[{}]}]', 4)).toBe(false);
    expect(jsonNestsDeeperThan('[{"a":[{"b":[]}]}]', 4)).toBe(true);
  });
});

describe('bad request bodies are 400s, and leave nothing behind', () => {
  let fixture: RouteFixture;
  let servicesDir = '';
  beforeAll(async () => {
    fixture = await startRouteFixture();
    servicesDir = join(fixture.server.config.dataDir, 'services');
  });
  afterAll(async () => {
    await closeTestServers();
    fixture.cleanup();
  });

  const post = (url: string, payload: string, method: 'POST' | 'PUT' = 'POST') =>
    fixture.server.app.inject({ method, url, payload, headers: { 'content-type': 'application/json' } });

  it('refuses JSON nested thousands deep on every JSON route with 400, writing nothing', async () => {
    const before = readFileSync(join(servicesDir, 'svc', 'examples.json'), 'utf8');
    for (const levels of [MAX_JSON_DEPTH + 10, 5_000, 100_000]) {
      for (const deep of [deepArray(levels), deepObject(levels)]) {
        for (const [method, url, body] of [
          ['POST', '/api/v1/services', `{"name":"deep","examples":[{"input":${deep},"output":"x"}]}`],
          ['POST', '/api/v1/services', `{"name":"deep","examples":[{"input":1,"output":${deep}}]}`],
          ['PUT', '/api/v1/services/svc', `{"examples":[{"input":${deep},"output":"x"}]}`],
          ['POST', '/api/v1/services/svc/infer-schema', `{"examples":[{"input":1,"output":${deep}}]}`],
          [
            'POST',
            '/api/v1/browser-tests',
            `{"name":"deep","url":"http://x/","goal":"g","variables":${deep}}`,
          ],
          ['POST', '/api/v1/demo-runs', `{"subjectId":${deep}}`],
        ] as const) {
          const response = await post(url, body, method);
          const what = `${method} ${url} at ${levels} levels`;
          expect(response.statusCode, `${what}: ${response.body.slice(0, 200)}`).toBe(400);
          expect(errorOf(response.body).message, what).toMatch(/nests deeper than 256 levels/);
        }
      }
    }
    expect(readdirSync(servicesDir).sort()).toEqual(['svc']);
    expect(readFileSync(join(servicesDir, 'svc', 'examples.json'), 'utf8')).toBe(before);
    expect(existsSync(join(fixture.server.config.dataDir, 'browser-tests', 'deep'))).toBe(false);
  });

  it('still takes bodies nested up to the limit', async () => {
    // Body root, examples array and example object, then the input: exactly the limit.
    const input = deepArray(MAX_JSON_DEPTH - 3);
    const response = await post(
      '/api/v1/services',
      `{"name":"deepest","examples":[{"input":${input},"output":"x"}]}`,
    );
    expect(response.statusCode, response.body.slice(0, 200)).toBe(201);
  });

  it('keeps refusing __proto__ and constructor.prototype keys', async () => {
    for (const body of [
      '{"name":"p","examples":[{"input":1,"output":1}],"__proto__":{"x":1}}',
      '{"name":"p","examples":[{"input":{"constructor":{"prototype":{"x":1}}},"output":1}]}',
    ]) {
      const response = await post('/api/v1/services', body);
      expect(response.statusCode, body).toBe(400);
    }
    expect(existsSync(join(servicesDir, 'p'))).toBe(false);
  });

  it('refuses malformed multipart bodies with 400, storing no upload', async () => {
    const part = (boundary: string, body: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.jsonl"\r\n\r\n${body}`;
    const cases: { name: string; type: string; payload: string }[] = [
      { name: 'no boundary', type: 'multipart/form-data', payload: part('xyz', '{"a":1}\n--xyz--\r\n') },
      { name: 'empty boundary', type: 'multipart/form-data; boundary=', payload: 'garbage' },
      { name: 'garbage', type: 'multipart/form-data; boundary=xyz', payload: '\u0000\u0001 garbage \r\n--' },
      { name: 'cut off', type: 'multipart/form-data; boundary=xyz', payload: part('xyz', '{"a":1}\n') },
      {
        name: 'bad part header',
        type: 'multipart/form-data; boundary=xyz',
        payload: `--xyz\r\n${'X'.repeat(100)}\r\n\r\nabc\r\n--xyz--\r\n`,
      },
    ];
    for (const url of ['/api/v1/services/svc/runs', '/api/v1/browser-tests/bt/files']) {
      for (const { name, type, payload } of cases) {
        const response = await fixture.server.app.inject({
          method: 'POST',
          url,
          payload,
          headers: { 'content-type': type },
        });
        const what = `${url}, ${name}`;
        expect(response.statusCode, `${what}: ${response.body}`).toBe(400);
        expect(errorOf(response.body).code, what).toBe('bad-request');
      }
    }
    const uploads = join(fixture.server.config.dataDir, 'uploads');
    expect(existsSync(uploads) ? readdirSync(uploads) : []).toEqual([]);
    expect(existsSync(join(fixture.server.config.dataDir, 'browser-tests', 'bt', 'files', 'a.jsonl'))).toBe(
      false,
    );
  });

  it('refuses to create a service over a folder that is not one, and keeps that folder', async () => {
    mkdirSync(join(servicesDir, 'occupied'));
    writeFileSync(join(servicesDir, 'occupied', 'notes.txt'), 'mine');
    const response = await post(
      '/api/v1/services',
      JSON.stringify({ name: 'occupied', examples: [{ input: 1, output: 2 }] }),
    );
    expect(response.statusCode).toBe(409);
    expect(errorOf(response.body).message).toMatch(/services\/occupied already exists/);
    expect(readdirSync(join(servicesDir, 'occupied'))).toEqual(['notes.txt']);
    expect(readdirSync(servicesDir).filter((entry) => entry.startsWith('.'))).toEqual([]);
  });
});
