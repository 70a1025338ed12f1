import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { findChromium } from './chromium.ts';
import { CHROMIUM_SEARCH_SOURCE, ownPlaywrightTestVersion } from './export.ts';
import { exportTest } from './export-test.ts';
import { saveSpec, type Spec } from './spec.ts';

// `codify test export` writes a small project that runs as printed: the test, a config that finds
// Chromium as the CLI does, and (where Playwright does not resolve) a package.json declaring it.
// Each printed command is run for real, in real Chromium, from a folder outside the repository.

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><title>Hello</title><button id="hi">Say hello</button><p id="out"></p>
      <script>document.getElementById('hi').onclick = () => { document.getElementById('out').textContent = 'Hello, Ada'; };</script>`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server?.close();
});

const spec = (): Spec => ({
  version: 1,
  goal: 'Say hello',
  url: `${base}/`,
  viewport: { width: 800, height: 600 },
  variables: {},
  files: {},
  steps: [
    { action: 'click', locator: { role: 'button', name: 'Say hello' }, reason: 'the button the goal names' },
  ],
  assertions: [{ type: 'text-visible', text: 'Hello, Ada' }],
  recordedWith: { planner: 'local', at: '2026-12-07T00:00:00Z', outcome: 'passed' },
});

const sh = (command: string, cwd: string) =>
  promisify(execFile)('sh', ['-c', command], {
    cwd,
    env: { ...process.env, BASE_URL: base, CI: '1' },
    timeout: 200_000,
  });

describe('codify test export writes a project that runs as printed', () => {
  it(
    'outside any Playwright install (inside an ESM project): a package.json at codify’s version, and the printed command passes from elsewhere',
    { timeout: 240_000 },
    async () => {
      const project = await mkdtemp(join(tmpdir(), 'codify-export-project-'));
      const elsewhere = await mkdtemp(join(tmpdir(), 'codify-export-cwd-'));
      onTestFinished(async () => {
        await rm(project, { recursive: true, force: true });
        await rm(elsewhere, { recursive: true, force: true });
      });
      // The user's own project is ESM and has no Playwright.
      await writeFile(join(project, 'package.json'), '{ "name": "shop", "type": "module" }\n');
      const folder = join(project, 'e2e');
      await mkdir(folder);
      const specPath = join(folder, 'hello.spec.json');
      await saveSpec(specPath, spec());
      const result = await exportTest({ specPath, cwd: elsewhere });
      if (!result.exported) throw new Error(result.refusal);
      expect(result.packageJson).toBe(join(folder, 'package.json'));
      const written = JSON.parse(await readFile(result.packageJson!, 'utf8')) as {
        devDependencies: Record<string, string>;
        type?: string;
      };
      expect(written.devDependencies['@playwright/test']).toBe(ownPlaywrightTestVersion());
      expect(written.type).toBeUndefined();
      expect(result.runCommand).not.toBeNull();
      const { stdout } = await sh(result.runCommand!, elsewhere);
      expect(stdout).toMatch(/1 passed/);
    },
  );

  it(
    'where @playwright/test resolves: no package.json, and plain `npx playwright test` in the folder passes',
    { timeout: 240_000 },
    async () => {
      // Under the repository, whose node_modules holds @playwright/test (as a user's project would).
      const folder = resolve('runs', `export-npx-${process.pid}`);
      await mkdir(folder, { recursive: true });
      onTestFinished(() => rm(folder, { recursive: true, force: true }));
      const specPath = join(folder, 'hello.spec.json');
      await saveSpec(specPath, spec());
      const result = await exportTest({ specPath, cwd: folder });
      if (!result.exported) throw new Error(result.refusal);
      expect(result.packageJson).toBeNull();
      expect(existsSync(join(folder, 'package.json'))).toBe(false);
      expect(result.runCommand).toBe('npx playwright test -c playwright.config.ts hello.spec.ts');
      const { stdout } = await sh('npx playwright test', folder);
      expect(stdout).toMatch(/1 passed/);
    },
  );
});

describe('the exported config finds Chromium as the CLI does', () => {
  const configSearch = new Function(
    'existsSync',
    'readdirSync',
    'homedir',
    'join',
    `${CHROMIUM_SEARCH_SOURCE}\nreturn findChromium;`,
  )(existsSync, readdirSync, homedir, join) as (env: NodeJS.ProcessEnv) => string;

  it('gives the same answer for CODIFY_CHROMIUM, the newest cached build, and the system paths', () => {
    const dir = join(tmpdir(), `codify-config-chromium-${process.pid}`);
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const fake = join(dir, 'my-chrome');
    mkdirSync(dir, { recursive: true });
    writeFileSync(fake, '');
    chmodSync(fake, 0o755);
    const cache = join(dir, 'cache');
    for (const build of ['chromium-1100', 'chromium-1200']) {
      mkdirSync(join(cache, build, 'chrome-linux'), { recursive: true });
      writeFileSync(join(cache, build, 'chrome-linux', 'chrome'), '');
    }
    const cases: NodeJS.ProcessEnv[] = [
      { CODIFY_CHROMIUM: fake },
      { CODIFY_CHROMIUM: join(dir, 'missing'), PLAYWRIGHT_BROWSERS_PATH: cache },
      { PLAYWRIGHT_BROWSERS_PATH: join(dir, 'empty') },
      process.env,
    ];
    for (const env of cases) expect(configSearch(env)).toBe(findChromium(env));
    expect(configSearch({ PLAYWRIGHT_BROWSERS_PATH: cache })).toBe(
      join(cache, 'chromium-1200', 'chrome-linux', 'chrome'),
    );
  });
});
