import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium.ts';
import { traceCommandFor } from './export.ts';

/**
 * The command offered to open a run's trace works as printed from a folder with no Playwright
 * install, on a machine whose only browser is the system Chromium: it serves the trace viewer.
 */
describe('traceCommandFor', { timeout: 90_000 }, () => {
  let dir: string;
  let trace: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'codify-trace-'));
    // A real trace, recorded on the system Chromium.
    const browser = await chromium.launch({
      executablePath: findChromium(),
      args: ['--no-sandbox'],
    });
    const context = await browser.newContext();
    await context.tracing.start({ snapshots: true });
    const page = await context.newPage();
    await page.setContent('<h1>Hello trace</h1>');
    trace = join(dir, 'runs', 'trace.zip');
    await context.tracing.stop({ path: join(dir, 'made.zip') });
    await browser.close();
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(dir, 'runs'));
    await copyFile(join(dir, 'made.zip'), trace);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints a command that serves the trace viewer from any folder', async () => {
    const command = traceCommandFor(trace, dir);
    expect(command).toMatch(/ show-trace --port 0 /);
    expect(command).toContain(trace);
    const child = spawn('sh', ['-c', command ?? 'false'], {
      cwd: dir,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        const onData = (chunk: Buffer) => {
          out += chunk.toString();
          const found = /Listening on (http:\/\/\S+)/.exec(out);
          if (found?.[1]) resolve(found[1]);
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.on('exit', () => reject(new Error(`show-trace ended: ${out}`)));
      });
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<html/i);
    } finally {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    }
  });
});
