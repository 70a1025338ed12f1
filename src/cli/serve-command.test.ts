import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../core/errors.ts';
import { untilAborted } from '../server/testing/gate.ts';
import { registerServeCommand, startServe } from './serve-command.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'codify-serve-'));
  dirs.push(dir);
  return dir;
}

describe('codify serve', () => {
  it('starts on loopback, prints the URL, serves the API and stops marking live runs interrupted', async () => {
    const lines: string[] = [];
    const handle = await startServe(
      { port: '0', data: dataDir() },
      { env: {}, print: (line) => lines.push(line) },
    );
    expect(handle.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(lines[0]).toBe(`codify server listening on ${handle.url}`);
    expect(lines.join('\n')).toContain(`${handle.url}/docs`);
    // npm test builds the UI first, so the server says where it is and serves it.
    expect(lines.join('\n')).toContain(`web UI:   ${handle.url}/`);
    const home = await fetch(`${handle.url}/`);
    expect(home.headers.get('content-type')).toMatch(/text\/html/);
    expect(await home.text()).toContain('<div id="root">');
    const health = await fetch(`${handle.url}/api/v1/health`);
    expect(health.status).toBe(200);
    // Both products' routes are served.
    expect((await fetch(`${handle.url}/api/v1/services`)).status).toBe(200);
    expect((await fetch(`${handle.url}/api/v1/browser-tests`)).status).toBe(200);
    const run = handle.server.runs.start({ kind: 'k', job: (ctx) => untilAborted(ctx.signal) });
    expect(await handle.stop()).toBe(1);
    expect(handle.server.store.isOpen).toBe(false);
    await expect(fetch(`${handle.url}/api/v1/health`)).rejects.toThrow();
    // Reopen to check what was written.
    const again = await startServe(
      { port: '0', data: handle.server.config.dataDir },
      { env: {}, print: () => {} },
    );
    expect(again.server.store.requireRun(run.id).status).toBe('interrupted');
    await again.stop();
  });

  it('takes the token from CODIFY_SERVER_TOKEN and then requires it', async () => {
    const token = 'env-token-0123456789abcdef';
    const handle = await startServe(
      { port: '0', data: dataDir() },
      { env: { CODIFY_SERVER_TOKEN: token }, print: () => {} },
    );
    try {
      expect((await fetch(`${handle.url}/api/v1/health`)).status).toBe(401);
      const ok = await fetch(`${handle.url}/api/v1/health`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(ok.status).toBe(200);
    } finally {
      await handle.stop();
    }
  });

  it('refuses bad flags and unsafe bindings with ConfigError', async () => {
    const data = dataDir();
    await expect(startServe({ port: 'eighty', data }, { env: {} })).rejects.toThrow(ConfigError);
    await expect(startServe({ port: '70000', data }, { env: {} })).rejects.toThrow(/--port/);
    await expect(startServe({ port: '0', maxUploadMb: '-1', data }, { env: {} })).rejects.toThrow(
      /--max-upload-mb/,
    );
    await expect(startServe({ port: '0', host: '0.0.0.0', data }, { env: {} })).rejects.toThrow(
      /needs an API token/,
    );
  });

  it('reports a port in use as a ConfigError', async () => {
    const first = await startServe({ port: '0', data: dataDir() }, { env: {}, print: () => {} });
    try {
      const port = new URL(first.url).port;
      await expect(startServe({ port, data: dataDir() }, { env: {}, print: () => {} })).rejects.toThrow(
        /EADDRINUSE/,
      );
    } finally {
      await first.stop();
    }
  });

  it('registers the serve command with its options', () => {
    const program = new Command('codify');
    registerServeCommand(program);
    const serve = program.commands.find((command) => command.name() === 'serve');
    expect(serve?.options.map((option) => option.long)).toEqual([
      '--port',
      '--host',
      '--data',
      '--token',
      '--max-upload-mb',
      '--demo',
      '--demo-jobs',
      '--queue',
      '--verbose',
    ]);
  });

  it('--demo seeds the example services and a browser test against a running demo shop, never over edits', async () => {
    const data = dataDir();
    const lines: string[] = [];
    const handle = await startServe(
      { port: '0', data, demo: true },
      { env: {}, print: (l) => lines.push(l), demoAppPort: 0 },
    );
    let shopUrl: string;
    try {
      const services = (await (await fetch(`${handle.url}/api/v1/services`)).json()) as {
        services: { name: string }[];
      };
      expect(services.services.map((s) => s.name).sort()).toEqual(['dates-iso', 'name-split', 'phone-e164']);
      const test = (await (await fetch(`${handle.url}/api/v1/browser-tests/demo-signup`)).json()) as {
        test: { url: string; variables: Record<string, { secret?: boolean }> };
      };
      shopUrl = test.test.url;
      expect((await fetch(`${shopUrl}signup`)).status).toBe(200);
      expect(test.test.variables['password']?.secret).toBe(true);
      expect(lines.join('\n')).toContain('browser test "demo-signup"');
    } finally {
      await handle.stop();
    }
    await expect(fetch(shopUrl)).rejects.toThrow();

    // A person's edit to a seeded service survives the next start.
    const examples = join(data, 'services', 'phone-e164', 'examples.json');
    writeFileSync(examples, '[]');
    const again = await startServe(
      { port: '0', data, demo: true },
      { env: {}, print: () => {}, demoAppPort: 0 },
    );
    await again.stop();
    expect(readFileSync(examples, 'utf8')).toBe('[]');
  });
});
