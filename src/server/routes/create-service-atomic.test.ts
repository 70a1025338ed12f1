import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeTestServers, startTestServer, tempDataDir } from '../testing/temp-server.ts';
import type * as ServiceFiles from '../../transform/service/files.ts';
import { transformRoutes } from './transforms.ts';

// Fault injection: writing one of the service's files fails (a full disk, say) partway through
// POST /services. The route must leave no service folder and no staging folder behind.
const failure = vi.hoisted(() => ({ file: null as string | null }));
vi.mock('../../transform/service/files.ts', async (importOriginal) => {
  const original = await importOriginal<typeof ServiceFiles>();
  return {
    ...original,
    writeJsonFile: async (file: string, value: unknown) => {
      if (failure.file !== null && file.endsWith(failure.file)) throw new Error('ENOSPC (injected)');
      return original.writeJsonFile(file, value);
    },
  };
});

afterEach(async () => {
  failure.file = null;
  await closeTestServers();
});

describe('POST /services is all or nothing', () => {
  it('leaves no folder behind when any file fails to write, and works once the fault is gone', async () => {
    const server = await startTestServer({ plugins: [transformRoutes] });
    const services = join(server.config.dataDir, 'services');
    const create = () =>
      server.app.inject({
        method: 'POST',
        url: '/api/v1/services',
        payload: { name: 'atomic', examples: [{ input: 'a', output: 'A' }] },
      });
    for (const file of ['codify.json', 'schema.json', 'examples.json']) {
      failure.file = file;
      const response = await create();
      expect(response.statusCode, file).toBe(500);
      expect(readdirSync(services), file).toEqual([]);
      const list = await server.app.inject({ method: 'GET', url: '/api/v1/services' });
      expect(JSON.parse(list.body), file).toEqual({ services: [] });
    }
    failure.file = null;
    const response = await create();
    expect(response.statusCode).toBe(201);
    expect(readdirSync(services)).toEqual(['atomic']);
    expect(readdirSync(join(services, 'atomic')).sort()).toEqual([
      'codify.json',
      'examples.json',
      'schema.json',
    ]);
  });

  it('removes staging folders a crash left behind when the server starts', async () => {
    const data = tempDataDir();
    const stale = join(data.dir, 'services', '.creating-half-0000');
    mkdirSync(stale, { recursive: true });
    writeFileSync(join(stale, 'codify.json'), '{}');
    await startTestServer({ dataDir: data.dir, plugins: [transformRoutes] });
    expect(existsSync(stale)).toBe(false);
    await closeTestServers();
    data.cleanup();
  });
});
