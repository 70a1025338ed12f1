import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ScriptedModel } from '../core/models/scripted-model.ts';
import { buildService } from './build-service.ts';
import type { TransformEvent } from './events.ts';
import { loadService } from './service.ts';
import {
  NAME_CODE_ROBUST,
  NAME_EXAMPLES,
  NAME_SCHEMA,
  fenced,
  makeServiceDir,
  removeServiceDirs,
} from './testing/fixtures.ts';

afterAll(removeServiceDirs);

describe('buildService', { timeout: 180_000 }, () => {
  it("builds with the service's engines, publishes its events, and re-checks unchanged code without a model call", async () => {
    const dir = await makeServiceDir({
      'examples.json': NAME_EXAMPLES,
      'schema.json': NAME_SCHEMA,
      'codify.json': { name: 'names', model: 'local', settings: { qaRate: 0, qaMin: 0 } },
    });
    const model = new ScriptedModel([fenced(NAME_CODE_ROBUST)]);
    const service = await loadService(dir, { model });
    const seen: TransformEvent['type'][] = [];
    service.events.subscribe(({ event }) => seen.push(event.type));

    const built = await buildService(service, { modelAnswerRounds: 0 });
    expect(built.status).toBe('passed');
    expect(built.commit).toBeNull();
    expect(built.wrote).toBe(path.join(dir, 'transform.ts'));
    expect(existsSync(path.join(dir, 'transform.ts'))).toBe(true);
    expect(seen).toContain('build-started');
    expect(seen).toContain('build-finished');
    // The service was read again: its state holds the new code.
    expect(service.state.transformSource).toContain('export default function transform');

    // The script has no answer left: a second build that called the model would fail.
    const again = await buildService(service, { modelAnswerRounds: 0 });
    expect(again.status).toBe('up-to-date');
  });
});
