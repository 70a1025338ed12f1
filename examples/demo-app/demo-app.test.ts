import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { startDemoApp, type DemoApp } from './server.ts';

let app: DemoApp;
const dir = resolve('runs', `vitest-demo-app-${process.pid}`);

beforeAll(async () => {
  app = await startDemoApp({ port: 0 });
  await mkdir(dir, { recursive: true });
});
afterAll(async () => {
  await app?.close();
  await rm(dir, { recursive: true, force: true });
});

async function post(path: string, body: BodyInit, cookie = ''): Promise<Response> {
  return fetch(`${app.url}${path}`, {
    method: 'POST',
    body,
    redirect: 'manual',
    headers: cookie ? { cookie } : {},
  });
}

describe('demo app server', () => {
  it('keeps state per server: sign up, then log in with the same account', async () => {
    const signup = await post(
      '/signup',
      new URLSearchParams({ name: 'Ada', email: 'a@x.io', password: 'secret1', terms: 'yes' }),
    );
    expect(await signup.text()).toContain('Your account has been created.');
    const bad = await post('/login', new URLSearchParams({ email: 'a@x.io', password: 'nope' }));
    expect(bad.status).toBe(401);
    const good = await post('/login', new URLSearchParams({ email: 'a@x.io', password: 'secret1' }));
    expect(good.headers.get('location')).toBe('/account');
    const other = await startDemoApp();
    try {
      expect(
        (
          await fetch(`${other.url}/login`, {
            method: 'POST',
            body: new URLSearchParams({ email: 'a@x.io', password: 'secret1' }),
          })
        ).status,
      ).toBe(401);
    } finally {
      await other.close();
    }
  });

  it('echoes the uploaded file name and switches markup with the variant', async () => {
    const form = new FormData();
    form.set('topic', 'Billing');
    form.set('attachment', new Blob(['hi']), 'invoice.pdf');
    expect(await (await post('/contact', form)).text()).toContain('Received file: invoice.pdf');
    expect(await (await fetch(`${app.url}/signup`)).text()).toContain('>Create account</button>');
    app.setVariant('v2');
    const v2 = await (await fetch(`${app.url}/signup`)).text();
    app.setVariant('v1');
    expect(v2).toContain('>Register</button>');
    expect(v2.indexOf('Email address')).toBeGreaterThan(v2.indexOf('Password'));
  });
});

describe('codify test CLI against the demo app', () => {
  it(
    'run writes a spec (exit 0), replay passes (exit 0) and fails clearly (exit 1), export writes a test',
    { timeout: 120_000 },
    async () => {
      const spec = join(dir, 'search.spec.json');
      const runsDir = join(dir, 'runs');
      const log: string[] = [];
      const original = console.log;
      console.log = (...args: unknown[]) => void log.push(args.join(' '));
      try {
        const ran = await main([
          'node',
          'codify',
          'test',
          'run',
          '--url',
          `${app.url}/search`,
          '--goal',
          'Search for the query',
          '--var',
          'query=mug',
          '--out',
          spec,
          '--runs-dir',
          runsDir,
        ]);
        expect(ran, log.join('\n')).toBe(0);
        const saved = JSON.parse(await readFile(spec, 'utf8'));
        expect(saved.variables).toEqual({ query: {} });
        expect(JSON.stringify(saved)).not.toContain('mug');
        expect(
          await main(['node', 'codify', 'test', 'replay', spec, '--var', 'query=mug', '--runs-dir', runsDir]),
        ).toBe(0);
        // A spec whose button no longer exists: exit 1 and a report naming step, locator and screenshot.
        saved.steps = saved.steps.map((s: { locator?: { name?: string } }) =>
          s.locator?.name === 'Search' ? { ...s, locator: { ...s.locator, name: 'Find' } } : s,
        );
        const broken = join(dir, 'broken.spec.json');
        await writeFile(broken, JSON.stringify(saved));
        log.length = 0;
        expect(
          await main([
            'node',
            'codify',
            'test',
            'replay',
            broken,
            '--var',
            'query=mug',
            '--runs-dir',
            runsDir,
          ]),
        ).toBe(1);
        expect(log.join('\n')).toMatch(/locator: button "Find"[\s\S]*screenshot: .*failure\.png/);
        expect(
          await main(['node', 'codify', 'test', 'export', spec, '-o', join(dir, 'search.spec.ts')]),
        ).toBe(0);
        expect(await readFile(join(dir, 'search.spec.ts'), 'utf8')).toContain('fill(vars.query)');
        expect(existsSync(join(dir, 'playwright.config.ts'))).toBe(true);
        // Bad input is a usage error (exit 2).
        expect(
          await main(['node', 'codify', 'test', 'run', '--url', app.url, '--goal', 'x', '--var', 'novalue']),
        ).toBe(2);
      } finally {
        console.log = original;
        process.exitCode = undefined;
      }
    },
  );
});
