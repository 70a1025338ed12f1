import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from './main.ts';

// The Quickstart's first command (`npm run demo`) runs this: it must really do the main job.
const dir = mkdtempSync(join(tmpdir(), 'codify-demo-'));
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function lines(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

describe('codify demo', () => {
  it(
    'synthesizes and runs every example service, then records, replays and exports a browser test',
    { timeout: 180_000 },
    async () => {
      const out: string[] = [];
      const original = console.log;
      console.log = (...parts: unknown[]) => void out.push(parts.join(' '));
      let code: number;
      try {
        code = await main(['node', 'codify', 'demo', '--dir', dir]);
      } finally {
        console.log = original;
      }
      expect(code, out.join('\n')).toBe(0);
      for (const name of ['phone-e164', 'name-split', 'dates-iso']) {
        const service = join(dir, 'transforms', name);
        // The code was synthesized here (the copy left out the repository's transform.ts).
        expect(readFileSync(join(service, 'transform.ts'), 'utf8')).toContain('@codify model=local');
        const input = existsSync(join(service, 'sample-input.csv'))
          ? lines(join(service, 'sample-input.csv')).length - 1
          : lines(join(service, 'sample-input.jsonl')).length;
        const accounted =
          lines(join(service, 'output.jsonl')).length + lines(join(service, 'errors.jsonl')).length;
        expect(accounted, name).toBe(input);
      }
      expect(existsSync(join(dir, 'browser', 'signup.spec.json'))).toBe(true);
      expect(readFileSync(join(dir, 'browser', 'signup.spec.ts'), 'utf8')).toContain('getByRole');
      expect(out.join('\n')).toMatch(/✓ replay with no planner/);
    },
  );
});
