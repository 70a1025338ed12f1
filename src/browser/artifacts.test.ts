import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RunArtifacts } from './artifacts.ts';

// Test values, not real keys.
const SECRET = 'sk-test-artifact-0123456789abcdef';
const QUOTED_SECRET = 'tok"with\\quote-42xyz';

let runsDir: string;

beforeEach(async () => {
  runsDir = await mkdtemp(join(tmpdir(), 'codify-artifacts-'));
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(runsDir, { recursive: true, force: true });
});

class Decision {
  readonly reason: string;
  constructor(reason: string) {
    this.reason = reason;
  }
}

describe('RunArtifacts redacts secrets by value', () => {
  it('in JSON files: nested strings, keys, class instances and secrets that need escaping', async () => {
    const artifacts = new RunArtifacts(runsDir, 'run-1', { secrets: [SECRET, QUOTED_SECRET] });
    const data = {
      attempts: [{ decision: new Decision(`echoing Authorization: Bearer ${SECRET}`) }],
      [`header-${SECRET}`]: 'a key named after the secret',
      quoted: `the model said ${QUOTED_SECRET}`,
      kept: 'ordinary text stays',
    };
    const path = await artifacts.writeJson('step-01-exchange.json', data);
    const text = await readFile(path, 'utf8');
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(JSON.stringify(QUOTED_SECRET).slice(1, -1));
    expect(JSON.parse(text)).toEqual({
      attempts: [{ decision: { reason: 'echoing Authorization: Bearer [redacted]' } }],
      'header-[redacted]': 'a key named after the secret',
      quoted: 'the model said [redacted]',
      kept: 'ordinary text stays',
    });
  });

  it('in text files', async () => {
    const artifacts = new RunArtifacts(runsDir, 'run-2', { secrets: [SECRET] });
    const path = await artifacts.writeText('heal.diff', `- fill ${SECRET}\n+ fill {password}\n`);
    expect(await readFile(path, 'utf8')).toBe('- fill [redacted]\n+ fill {password}\n');
  });

  it('by default, the secrets of the environment at the time of writing', async () => {
    const artifacts = new RunArtifacts(runsDir, 'run-3');
    vi.stubEnv('CODIFY_ARTIFACT_TEST_API_KEY', SECRET);
    await artifacts.writeJson('report.json', { reason: `gave up: ${SECRET}` });
    const files = await readdir(artifacts.dir);
    expect(files).toEqual(['report.json']);
    expect(JSON.parse(await readFile(artifacts.path('report.json'), 'utf8'))).toEqual({
      reason: 'gave up: [redacted]',
    });
  });
});
